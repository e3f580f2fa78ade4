package org.courrier.extract.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one letter. Every field is present; a field not found is {@link Field#missing()}.
 * {@code theirReference} holds a second reference ({@code V/Réf.}, {@code Your Ref:}), never the letter's own.
 */
public record LetterFields(Field<String> sender, Field<Signatory> signatory, Field<String> reference,
                           Field<String> theirReference, Field<LocalDate> date, Field<String> place,
                           Field<Recipient> recipient, Field<String> subject, Field<List<String>> copies) {

    /** The six fields a mail-office clerk registers; review and whole-letter accuracy are judged on them. */
    public static final List<String> MISSION_FIELDS =
            List.of("sender", "reference", "date", "recipient", "subject", "copies");

    public LetterFields {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(theirReference, "theirReference");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(copies, "copies");
        if (copies.value() == null) {
            copies = new Field<>(List.of(), copies.raw(), copies.confidence(), copies.evidence());
        }
    }

    /** The field of the given record name, e.g. {@code "subject"}. */
    public Field<?> get(String name) {
        return switch (name) {
            case "sender" -> sender;
            case "signatory" -> signatory;
            case "reference" -> reference;
            case "theirReference" -> theirReference;
            case "date" -> date;
            case "place" -> place;
            case "recipient" -> recipient;
            case "subject" -> subject;
            case "copies" -> copies;
            default -> throw new IllegalArgumentException("no such field: " + name);
        };
    }
}
