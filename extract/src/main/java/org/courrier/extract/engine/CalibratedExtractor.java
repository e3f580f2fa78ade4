package org.courrier.extract.engine;

import java.util.List;
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
 */
final class CalibratedExtractor implements FieldExtractor {

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
        LetterFields f = raw.fields();
        return new Extraction(
                raw.language(),
                new LetterFields(
                        calibrate(FieldName.SENDER, f.sender(), ocr),
                        calibrate(FieldName.SIGNATORY, f.signatory(), ocr),
                        calibrate(FieldName.REFERENCE, f.reference(), ocr),
                        calibrate(FieldName.THEIR_REFERENCE, f.theirReference(), ocr),
                        calibrate(FieldName.DATE, f.date(), ocr),
                        calibrate(FieldName.PLACE, f.place(), ocr),
                        calibrate(FieldName.RECIPIENT, f.recipient(), ocr),
                        calibrate(FieldName.SUBJECT, f.subject(), ocr),
                        calibrate(FieldName.COPIES, f.copies(), ocr)));
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

    /** Whether the field holds something: a value, and for copies a non-empty list. */
    static boolean found(Field<?> field) {
        return field.value() instanceof List<?> list ? !list.isEmpty() : field.found();
    }

    private <T> Field<T> calibrate(FieldName name, Field<T> field, boolean ocr) {
        if (field.confidence() == 0) {
            return field;
        }
        double c = calibration.apply(Calibration.key(name, found(field), ocr), field.confidence());
        return new Field<>(field.value(), field.raw(), c, field.evidence());
    }
}
