package org.courrier.extract.engine;

import org.courrier.document.Document;
import org.courrier.extract.record.FieldName;
import org.courrier.extract.record.LetterFields;

/**
 * Extracts the letter's fields from positioned text, each with a confidence and its evidence.
 *
 * <p>Implementations are thread-safe: models are shared, per-call state stays on the stack.
 */
public interface FieldExtractor {

    /** Extracts fields; never throws for odd text, a field that cannot be found is missing. */
    Extraction extract(Document document);

    /**
     * The standard extractor for the languages that have cue files: in the mode {@link Mode#DEFAULT} (or the system
     * property's), with confidences calibrated on the authored corpus's dev half ({@link Calibration#standard()}).
     */
    static FieldExtractor create() {
        return create(Mode.fromProperty());
    }

    /** The standard extractor in this mode, with the committed layout model, calibrated. */
    static FieldExtractor create(Mode mode) {
        return new CalibratedExtractor(new LetterExtractor(mode, LayoutModel.standard()), Calibration.standard());
    }

    /** The extractor in this mode with this layout model (e.g. one trained on part of dev), calibrated. */
    static FieldExtractor create(Mode mode, LayoutModel model) {
        return new CalibratedExtractor(new LetterExtractor(mode, model), Calibration.standard());
    }

    /** The extractor in this mode with the committed layout model, confidences uncalibrated (their own signals). */
    static FieldExtractor uncalibrated(Mode mode) {
        return new LetterExtractor(mode, LayoutModel.standard());
    }

    /** The extractor in this mode with this layout model, confidences uncalibrated (the rules' own signals). */
    static FieldExtractor uncalibrated(Mode mode, LayoutModel model) {
        return new LetterExtractor(mode, model);
    }

    /** The rules alone: each confidence is the rule's own signal, before calibration ({@code ./courrier calibrate}). */
    static FieldExtractor rules() {
        return new LetterExtractor();
    }

    /**
     * Where the sender, recipient, subject, copies, reference and date come from: the hand rules, the trained
     * {@link LayoutModel}'s line labels, or the rules with the model taking over a field the rules are unsure of or
     * miss. The other fields always come from the rules.
     */
    enum Mode {
        RULES,
        MODEL,
        COMBINED;

        /** The system property that selects the mode ({@code rules}, {@code model}, {@code combined}). */
        public static final String PROPERTY = "courrier.extractor";

        /**
         * The mode the default extractor uses: combined, which beat the rules on the authored test half and on
         * letters-dev (closing note of issue 12, 2026-12-02); its confidences are calibrated for it.
         */
        public static final Mode DEFAULT = COMBINED;

        /** The mode named (case-insensitive); a typed error naming the choices otherwise. */
        public static Mode parse(String name) {
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(name.strip())) {
                    return m;
                }
            }
            throw new IllegalArgumentException("no extractor mode " + name + ": rules, model or combined");
        }

        static Mode fromProperty() {
            String v = System.getProperty(PROPERTY);
            return v == null || v.isBlank() ? DEFAULT : parse(v);
        }
    }

    /** The rules with these calibration tables. */
    static FieldExtractor calibrated(Calibration calibration) {
        return new CalibratedExtractor(rules(), calibration);
    }

    /**
     * The extracted fields, the detected language (ISO 639-1, e.g. {@code fr}, {@code en}) and, for the fields both
     * the rules and the layout model read (combined mode), whether they agreed; empty when only one reader ran.
     */
    record Extraction(String language, LetterFields fields, java.util.Map<FieldName, Agreement> agreement) {

        public Extraction {
            agreement = java.util.Map.copyOf(agreement);
        }

        /** An extraction by one reader alone: no agreement to tell. */
        public Extraction(String language, LetterFields fields) {
            this(language, fields, java.util.Map.of());
        }
    }
}
