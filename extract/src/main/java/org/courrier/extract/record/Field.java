package org.courrier.extract.record;

import java.util.List;

/**
 * One extracted field: its value (null when not found), the text it was normalised from where that differs,
 * a confidence in [0, 1] and the evidence it was read from.
 *
 * <p>For a field not found, the confidence says how sure the extractor is that the letter has none (a letter
 * without a reference or a subject line); 0 when it may simply have been missed. The record keeps its published
 * contract (a field not found has confidence 0) and carries this as {@code absentConfidence}.
 */
public record Field<T>(T value, String raw, double confidence, List<Evidence> evidence) {

    public Field {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static <T> Field<T> missing() {
        return new Field<>(null, null, 0, List.of());
    }

    /** A field the letter has none of, with how sure the extractor is of that. */
    public static <T> Field<T> absent(double confidence) {
        return new Field<>(null, null, confidence, List.of());
    }

    public static <T> Field<T> of(T value, double confidence, List<Evidence> evidence) {
        return new Field<>(value, null, confidence, evidence);
    }

    public boolean found() {
        return value != null;
    }

    /** Whether the field holds something: a value, and for a list (the copy list) a non-empty one. */
    public boolean holdsValue() {
        return value instanceof List<?> list ? !list.isEmpty() : found();
    }
}
