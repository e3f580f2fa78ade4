package org.courrier.extract.engine;

import java.util.Objects;
import org.courrier.document.Document;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.FieldName;
import org.courrier.extract.record.LetterFields;

/**
 * The rules' extraction with every confidence replaced by its {@link Calibration}: values and evidence are the
 * rules' own, only how sure the record says it is changes. Thread-safe when the wrapped extractor is.
 *
 * <p>A field read from a phone photo (its evidence on a page whose sheet was flattened; a field without evidence
 * when any page was) is calibrated by its own {@code FIELD.STATE.photo} table when the calibration has one; until
 * then it gets the OCR table's confidence times {@link #UNCALIBRATED_PHOTO}: on the simulated photos of issue 15,
 * six of the eight letters auto-accepted before flattening carried a wrong field, and no independent photo has
 * measured how far flattening repairs that, so no field of a photo reaches the default auto-accept threshold (0.9).
 */
final class CalibratedExtractor implements FieldExtractor {

    /** The share of its OCR confidence a field read from a flattened photo keeps while photos have no table. */
    static final double UNCALIBRATED_PHOTO = 0.85;

    private final FieldExtractor rules;
    private final Calibration calibration;

    CalibratedExtractor(FieldExtractor rules, Calibration calibration) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
    }

    @Override
    public Extraction extract(Document document) {
        Extraction raw = rules.extract(document);
        boolean ocr = read(document);
        java.util.Set<Integer> photos = flattenedPages(document);
        LetterFields f = raw.fields();
        return new Extraction(
                raw.language(),
                new LetterFields(
                        calibrate(FieldName.SENDER, f.sender(), ocr, photos, raw),
                        calibrate(FieldName.SIGNATORY, f.signatory(), ocr, photos, raw),
                        calibrate(FieldName.REFERENCE, f.reference(), ocr, photos, raw),
                        calibrate(FieldName.THEIR_REFERENCE, f.theirReference(), ocr, photos, raw),
                        calibrate(FieldName.DATE, f.date(), ocr, photos, raw),
                        calibrate(FieldName.PLACE, f.place(), ocr, photos, raw),
                        calibrate(FieldName.RECIPIENT, f.recipient(), ocr, photos, raw),
                        calibrate(FieldName.SUBJECT, f.subject(), ocr, photos, raw),
                        calibrate(FieldName.COPIES, f.copies(), ocr, photos, raw)),
                raw.agreement());
    }

    /** The numbers of the pages that were phone photos, flattened before they were read. */
    static java.util.Set<Integer> flattenedPages(Document document) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (Page p : document.pages()) {
            if (p.flattened()) {
                out.add(p.number());
            }
        }
        return out;
    }

    /** Whether a field was read from a flattened photo: its evidence on one, or no evidence and a photo in the letter. */
    static boolean fromPhoto(Field<?> field, java.util.Set<Integer> photos) {
        if (photos.isEmpty()) {
            return false;
        }
        if (field.evidence().isEmpty()) {
            return true;
        }
        return field.evidence().stream().anyMatch(e -> photos.contains(e.page()));
    }

    /** Whether any page of the letter was read by OCR (the calibration's {@code ocr} source). */
    static boolean read(Document document) {
        for (Page p : document.pages()) {
            if (p.method() == PageMethod.OCR) {
                return true;
            }
        }
        return false;
    }

    private <T> Field<T> calibrate(
            FieldName name, Field<T> field, boolean ocr, java.util.Set<Integer> photos, Extraction raw) {
        if (field.confidence() == 0) {
            return field;
        }
        boolean found = field.holdsValue();
        double c;
        if (fromPhoto(field, photos)) {
            String key = Calibration.photoKey(name, found);
            c = calibration.has(key)
                    ? calibration.apply(key, field.confidence())
                    : UNCALIBRATED_PHOTO * calibration.apply(Calibration.key(name, found, true), field.confidence());
        } else {
            c = calibration.apply(
                    Calibration.key(name, found, ocr, raw.agreement().get(name)), field.confidence());
        }
        return new Field<>(field.value(), field.raw(), c, field.evidence());
    }
}
