package org.courrier.extract;

import java.util.List;

/**
 * One extracted field: its value (null when not found), the text it was normalised from where that differs,
 * a confidence in [0, 1] and the evidence it was read from.
 */
public record Field<T>(T value, String raw, double confidence, List<Evidence> evidence) {

    public Field {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        if (value == null && confidence != 0) {
            throw new IllegalArgumentException("a field not found has confidence 0");
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static <T> Field<T> missing() {
        return new Field<>(null, null, 0, List.of());
    }

    public static <T> Field<T> of(T value, double confidence, List<Evidence> evidence) {
        return new Field<>(value, null, confidence, evidence);
    }

    public boolean found() {
        return value != null;
    }
}
