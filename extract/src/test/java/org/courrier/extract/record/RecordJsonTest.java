package org.courrier.extract.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.courrier.document.Box;
import org.courrier.document.SourceFile;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

    private static final String SHA = "a".repeat(64);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static LetterRecord record(LetterFields fields) {
        SourceFile source = new SourceFile("lettre-0001.png", "image/png", 1234, 1, SHA);
        LetterRecord.OcrInfo ocr = new LetterRecord.OcrInfo(
                "tesseract 5.3.0", "fra+eng", List.of(new LetterRecord.PageInfo(1, "ocr", 88.14, 0, 0.6)));
        return new LetterRecord(
                source,
                "fr",
                fields,
                "Objet : essai\fAmpliation :",
                ocr,
                Review.of(fields, 0.9),
                Instant.parse("2026-11-28T10:15:30Z"),
                2140);
    }

    private static LetterFields allFound() {
        Evidence ev = new Evidence(1, new Box(210, 180, 1300, 60), "N° 0012/MEF-SG");
        return new LetterFields(
                Field.of("Ministère de l'Économie et des Finances", 0.94, List.of(ev)),
                Field.of(new Signatory("Awa KONATÉ", "La Ministre"), 0.9, List.of()),
                Field.of("0012/MEF-SG", 0.97, List.of(ev)),
                Field.missing(),
                new Field<>(LocalDate.of(2022, 3, 1), "1er mars 2022", 0.98, List.of()),
                Field.of("Dakar", 0.95, List.of()),
                Field.of(
                        new Recipient(
                                "Jean DIOP",
                                "Directeur Général",
                                "Office National des Ports",
                                "Monsieur Jean DIOP Directeur Général de l'Office National des Ports"),
                        0.92,
                        List.of()),
                Field.of("Demande de financement", 0.93, List.of()),
                Field.of(List.of("Primature", "SGG"), 0.9, List.of()));
    }

    @Test
    void writesEveryFieldOfARecordInTheSchemaShape() throws Exception {
        String json = RecordJson.toJson(record(allFound()));

        assertThat(RecordSchema.violations(json)).isEmpty();
        JsonNode root = MAPPER.readTree(json);
        assertThat(root.path("schema").asText()).isEqualTo("courrier.letter/1");
        assertThat(root.path("id").asText()).isEqualTo(SHA);
        assertThat(root.at("/fields/date/value").asText()).isEqualTo("2022-03-01");
        assertThat(root.at("/fields/date/raw").asText()).isEqualTo("1er mars 2022");
        assertThat(root.at("/fields/reference/evidence/0/box/w").asInt()).isEqualTo(1300);
        assertThat(root.at("/fields/recipient/value/title").asText()).isEqualTo("Directeur Général");
        assertThat(root.at("/fields/copies/value/1").asText()).isEqualTo("SGG");
        assertThat(root.at("/ocr/pages/0/method").asText()).isEqualTo("ocr");
        assertThat(root.at("/review/status").asText()).isEqualTo("AUTO_ACCEPTED");
        assertThat(root.path("text").asText()).contains("\f");
    }

    @Test
    void aFlattenedPhotoPageKeepsItsCornersAndTheTransformOntoThePhoto() throws Exception {
        org.courrier.document.Flattening flattening = new org.courrier.document.Flattening(
                3080, 4108, 2480, 3508, List.of(310.0, 280.0, 2790.0, 330.0, 2760.0, 3800.0, 290.0, 3760.0), true);
        LetterRecord plain = record(allFound());
        LetterRecord photo = new LetterRecord(
                plain.source(),
                plain.language(),
                plain.fields(),
                plain.text(),
                new LetterRecord.OcrInfo(
                        "tesseract 5.3.0",
                        "fra+eng",
                        List.of(new LetterRecord.PageInfo(1, "ocr", 88.14, 0, 0.6, flattening, 2480, 3508))),
                plain.review(),
                plain.processedAt(),
                plain.durationMs());
        String json = RecordJson.toJson(photo);

        assertThat(RecordSchema.violations(json)).isEmpty();
        JsonNode f = MAPPER.readTree(json).at("/ocr/pages/0/flattening");
        assertThat(f.at("/photo/width").asInt()).isEqualTo(3080);
        assertThat(f.at("/flat/height").asInt()).isEqualTo(3508);
        assertThat(f.at("/corners/2/0").asDouble()).isEqualTo(2760.0);
        assertThat(f.path("unevenLight").asBoolean()).isTrue();
        // the size of the image the boxes are in: the flattened page, as read
        assertThat(MAPPER.readTree(json).at("/ocr/pages/0/width").asInt()).isEqualTo(2480);
        assertThat(MAPPER.readTree(json).at("/ocr/pages/0/height").asInt()).isEqualTo(3508);
        // the transform as written takes the flat page's bottom-right corner onto the photo's third corner
        double[] m = new double[9];
        for (int i = 0; i < 9; i++) {
            m[i] = f.path("toPhoto").get(i).asDouble();
        }
        double w = m[6] * 2480 + m[7] * 3508 + m[8];
        assertThat((m[0] * 2480 + m[1] * 3508 + m[2]) / w).isCloseTo(2760.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat((m[3] * 2480 + m[4] * 3508 + m[5]) / w).isCloseTo(3800.0, org.assertj.core.data.Offset.offset(0.01));
        // a page read as it came says nothing of flattening
        assertThat(MAPPER.readTree(RecordJson.toJson(plain)).at("/ocr/pages/0").has("flattening"))
                .isFalse();
    }

    @Test
    void writesAFieldNotFoundAsNullWithConfidenceZero() throws Exception {
        LetterFields f = allFound();
        LetterFields noSubject = new LetterFields(
                f.sender(),
                f.signatory(),
                f.reference(),
                f.theirReference(),
                f.date(),
                f.place(),
                f.recipient(),
                Field.missing(),
                f.copies());

        String json = RecordJson.toJson(record(noSubject));

        assertThat(RecordSchema.violations(json)).isEmpty();
        JsonNode subject = MAPPER.readTree(json).at("/fields/subject");
        assertThat(subject.path("value").isNull()).isTrue();
        assertThat(subject.path("confidence").asDouble()).isZero();
        JsonNode review = MAPPER.readTree(json).path("review");
        assertThat(review.path("status").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(review.path("reasons")).extracting(JsonNode::asText).containsExactly("subject: not found");
    }

    @Test
    void aFieldSurelyAbsentKeepsConfidenceZeroAndSaysHowSureItIsThatTheLetterHasNone() throws Exception {
        LetterFields f = allFound();
        LetterFields noReference = new LetterFields(
                f.sender(),
                f.signatory(),
                Field.absent(0.92),
                f.theirReference(),
                f.date(),
                f.place(),
                f.recipient(),
                f.subject(),
                f.copies());

        String json = RecordJson.toJson(record(noReference));

        assertThat(RecordSchema.violations(json)).isEmpty();
        JsonNode reference = MAPPER.readTree(json).at("/fields/reference");
        assertThat(reference.path("value").isNull()).isTrue();
        assertThat(reference.path("confidence").asDouble()).isZero();
        assertThat(reference.path("absentConfidence").asDouble()).isEqualTo(0.92);
        assertThat(MAPPER.readTree(json).at("/review/status").asText()).isEqualTo("AUTO_ACCEPTED");
        assertThat(MAPPER.readTree(json).at("/fields/subject").has("absentConfidence"))
                .isFalse();
    }

    @Test
    void schemaRejectsANotFoundFieldWithAConfidence() throws Exception {
        var tree = RecordJson.toTree(record(allFound()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/fields/subject")).putNull("value");

        assertThat(RecordSchema.violations(MAPPER.writeValueAsString(tree))).isNotEmpty();
    }

    @Test
    void schemaRejectsARecordMissingAFieldOrWithAConfidenceOutOfRange() throws Exception {
        var tree = RecordJson.toTree(record(allFound()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("fields")).remove("copies");
        assertThat(RecordSchema.violations(MAPPER.writeValueAsString(tree))).anyMatch(m -> m.contains("copies"));

        var tree2 = RecordJson.toTree(record(allFound()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree2.at("/fields/sender")).put("confidence", 1.5);
        assertThat(RecordSchema.violations(MAPPER.writeValueAsString(tree2))).isNotEmpty();
    }

    @Test
    void reviewGivesOneReasonPerDoubtfulMissionField() {
        LetterFields f = allFound();
        LetterFields doubtful = new LetterFields(
                Field.of("Ministère", 0.5, List.of()),
                f.signatory(),
                Field.missing(),
                f.theirReference(),
                f.date(),
                f.place(),
                f.recipient(),
                f.subject(),
                f.copies());

        Review review = Review.of(doubtful, 0.9);

        assertThat(review.status()).isEqualTo(Review.Status.NEEDS_REVIEW);
        assertThat(review.reasons()).containsExactly("sender: low confidence (0.50)", "reference: not found");
    }

    @Test
    void errorLineNamesTheFileAndTheCode() throws Exception {
        JsonNode line =
                MAPPER.readTree(RecordJson.errorLine("missing.pdf", null, "NOT_FOUND", "missing.pdf: no such file"));

        assertThat(line.at("/source/fileName").asText()).isEqualTo("missing.pdf");
        assertThat(line.at("/error/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(line.at("/error/message").asText()).contains("missing.pdf");
    }

    @Test
    void schemaNamesExactlyTheFieldsOfFieldName() throws Exception {
        JsonNode fields;
        try (var in = RecordSchema.class.getResourceAsStream(RecordSchema.RESOURCE)) {
            fields = MAPPER.readTree(in).path("properties").path("fields");
        }
        List<String> inSchema = new java.util.ArrayList<>();
        fields.path("properties").fieldNames().forEachRemaining(inSchema::add);

        assertThat(inSchema)
                .containsExactly(java.util.Arrays.stream(FieldName.values())
                        .map(FieldName::jsonName)
                        .toArray(String[]::new));
        List<String> required = new java.util.ArrayList<>();
        fields.path("required").forEach(n -> required.add(n.asText()));
        assertThat(required)
                .containsAll(FieldName.MISSION.stream().map(FieldName::jsonName).toList());
    }

    @Test
    void aRevisionIsVersion2AndVersion1RecordsStayValid() throws Exception {
        String v1 = RecordJson.toJson(record(allFound()));
        assertThat(RecordSchema.violations(v1)).as("version 1 unchanged").isEmpty();

        var revision = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(v1);
        revision.put("schema", RecordSchema.VERSION_2);
        assertThat(RecordSchema.violations(revision.toString()))
                .as("a revision says its number")
                .anyMatch(m -> m.contains("revision"));
        revision.put("revision", 2);
        var review = (com.fasterxml.jackson.databind.node.ObjectNode) revision.get("review");
        review.put("status", "REVIEWED");
        assertThat(RecordSchema.violations(revision.toString()))
                .as("an approval says who, when and what changed")
                .anyMatch(m -> m.contains("reviewedBy"));
        review.put("reviewedBy", "alice").put("reviewedAt", "2026-12-01T10:00:00Z");
        var c = review.putArray("corrections").addObject();
        c.put("field", "subject").put("before", "Budjet").put("after", "Budget");
        c.put("by", "alice").put("at", "2026-12-01T10:00:00Z");
        assertThat(RecordSchema.violations(revision.toString())).isEmpty();

        review.put("status", "REJECTED");
        assertThat(RecordSchema.violations(revision.toString())).anyMatch(m -> m.contains("rejection"));
        review.putObject("rejection").put("reason", "not a letter");
        assertThat(RecordSchema.violations(revision.toString())).isEmpty();

        revision.put("schema", "courrier.letter/1");
        assertThat(RecordSchema.violations(revision.toString()))
                .as("version 1 knows no REJECTED")
                .isNotEmpty();
    }
}
