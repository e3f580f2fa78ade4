package org.courrier.extract.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one letter. Every field is present; a field not found is {@link Field#missing()}.
 * {@code theirReference} holds a second reference ({@code V/Réf.}, {@code Your Ref:}), never the letter's own.
 */
public record LetterFields(
        Field<String> sender,
        Field<Signatory> signatory,
        Field<String> reference,
        Field<String> theirReference,
        Field<LocalDate> date,
        Field<String> place,
        Field<Recipient> recipient,
        Field<String> subject,
        Field<List<String>> copies) {

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

    /** The field of the given name. */
    public Field<?> get(FieldName name) {
        return switch (name) {
            case SENDER -> sender;
            case SIGNATORY -> signatory;
            case REFERENCE -> reference;
            case THEIR_REFERENCE -> theirReference;
            case DATE -> date;
            case PLACE -> place;
            case RECIPIENT -> recipient;
            case SUBJECT -> subject;
            case COPIES -> copies;
        };
    }
}
