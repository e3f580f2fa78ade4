package org.courrier.extract.engine;

import org.courrier.document.Document;
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
     * The standard extractor for the languages that have cue files: the rules, with confidences calibrated on the
     * authored corpus's dev half ({@link Calibration#standard()}).
     */
    static FieldExtractor create() {
        return new CalibratedExtractor(rules(), Calibration.standard());
    }

    /** The rules alone: each confidence is the rule's own signal, before calibration ({@code ./courrier calibrate}). */
    static FieldExtractor rules() {
        return new LetterExtractor();
    }

    /** The rules with these calibration tables. */
    static FieldExtractor calibrated(Calibration calibration) {
        return new CalibratedExtractor(rules(), calibration);
    }

    /** The extracted fields and the detected language (ISO 639-1, e.g. {@code fr}, {@code en}). */
    record Extraction(String language, LetterFields fields) {}
}
