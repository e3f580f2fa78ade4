package org.courrier.extract.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Whether a person needs to look at the record, and why. */
public record Review(Status status, List<String> reasons) {

    public enum Status {
        AUTO_ACCEPTED,
        NEEDS_REVIEW
    }

    public Review {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        if (status == Status.AUTO_ACCEPTED && !reasons.isEmpty()) {
            throw new IllegalArgumentException("an auto-accepted record has no review reasons");
        }
        if (status == Status.NEEDS_REVIEW && reasons.isEmpty()) {
            throw new IllegalArgumentException("a record that needs review says why");
        }
    }

    /**
     * Auto-accepted only when every mission field is at or above the threshold (for a field not found: when the
     * extractor is that sure the letter has none); otherwise one reason per doubtful field.
     */
    public static Review of(LetterFields fields, double autoAcceptThreshold) {
        List<String> reasons = new ArrayList<>();
        for (FieldName name : FieldName.MISSION) {
            Field<?> f = fields.get(name);
            if (!f.found() && f.confidence() < autoAcceptThreshold) {
                reasons.add(name + ": not found");
            } else if (f.confidence() < autoAcceptThreshold) {
                reasons.add(String.format(Locale.ROOT, "%s: low confidence (%.2f)", name, f.confidence()));
            }
        }
        return reasons.isEmpty()
                ? new Review(Status.AUTO_ACCEPTED, List.of())
                : new Review(Status.NEEDS_REVIEW, reasons);
    }
}
