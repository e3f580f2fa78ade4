package org.courrier.routes.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.courrier.document.Box;
import org.courrier.document.SourceFile;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.LetterFields;
import org.courrier.extract.record.LetterRecord;
import org.courrier.extract.record.RecordJson;
import org.courrier.extract.record.Review;

/** Records as the service writes them (LetterRecord through RecordJson), and revisions of them, for store tests. */
final class Records {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Records() {}

    static String randomId() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /**
     * A one-page letter's record with a fresh id, auto-accepted when {@code confidence} is at least 0.9, else
     * needing review; {@code date} null: no date found.
     */
    static String letter(String sender, LocalDate date, String subject, String text, double confidence) {
        String id = randomId();
        List<Evidence> here = List.of(new Evidence(1, new Box(100, 80, 600, 40), "evidence"));
        Field<LocalDate> dateField = date == null ? Field.missing() : Field.of(date, confidence, here);
        LetterFields fields = new LetterFields(
                Field.of(sender, confidence, here),
                Field.missing(),
                Field.of("REF/" + id.substring(0, 4), confidence, here),
                Field.missing(),
                dateField,
                Field.missing(),
                Field.missing(),
                Field.of(subject, confidence, here),
                Field.of(List.of(), confidence, List.of()));
        LetterRecord record = new LetterRecord(
                new SourceFile("scan-" + id.substring(0, 6) + ".png", "image/png", 1234, 1, id),
                "fr",
                fields,
                text,
                new LetterRecord.OcrInfo(
                        "tesseract 5.3.0", "fra+eng", List.of(new LetterRecord.PageInfo(1, "ocr", 91.5, 0, 0.2))),
                review(confidence),
                Instant.parse("2026-11-30T09:15:00Z"),
                1200);
        return RecordJson.toJson(
                record, "/srv/courrier/data/done/2026/11/30/" + record.source().fileName());
    }

    /** Auto-accepted at 0.9 and above, as the service's default threshold. */
    private static Review review(double confidence) {
        return confidence >= 0.9
                ? new Review(Review.Status.AUTO_ACCEPTED, List.of())
                : new Review(Review.Status.NEEDS_REVIEW, List.of("SUBJECT: low confidence"));
    }

    static String id(String json) {
        return tree(json).get("id").asText();
    }

    /** The record with its subject set to {@code subject} and its review status set to {@code status}. */
    static String revised(String json, String subject, String status) {
        ObjectNode root = tree(json);
        ((ObjectNode) root.path("fields").path("subject")).put("value", subject);
        ((ObjectNode) root.path("review")).put("status", status);
        return root.toString();
    }

    static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
