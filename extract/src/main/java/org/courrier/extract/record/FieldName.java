package org.courrier.extract.record;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of a letter record, by the names the record's JSON and schema use. The six mission fields are the
 * ones a mail-office clerk registers; review and whole-letter accuracy are judged on them.
 */
public enum FieldName {
    SENDER("sender", true),
    SIGNATORY("signatory", false),
    REFERENCE("reference", true),
    THEIR_REFERENCE("theirReference", false),
    DATE("date", true),
    PLACE("place", false),
    RECIPIENT("recipient", true),
    SUBJECT("subject", true),
    COPIES("copies", true);

    /** The six mission fields, in register order. */
    public static final List<FieldName> MISSION =
            Arrays.stream(values()).filter(FieldName::mission).toList();

    private final String jsonName;
    private final boolean mission;

    FieldName(String jsonName, boolean mission) {
        this.jsonName = jsonName;
        this.mission = mission;
    }

    /** The name in the record's JSON, e.g. {@code theirReference}. */
    public String jsonName() {
        return jsonName;
    }

    /** Whether a clerk registers this field (sender, reference, date, recipient, subject, copies). */
    public boolean mission() {
        return mission;
    }

    /** The field of a JSON name; fails naming the unknown name. */
    public static FieldName ofJson(String name) {
        for (FieldName f : values()) {
            if (f.jsonName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no such field: " + name);
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
