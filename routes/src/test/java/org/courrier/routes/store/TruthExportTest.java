package org.courrier.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.courrier.document.Box;
import org.courrier.document.SourceFile;
import org.courrier.extract.record.Evidence;
import org.courrier.extract.record.Field;
import org.courrier.extract.record.LetterFields;
import org.courrier.extract.record.LetterRecord;
import org.courrier.extract.record.RecordJson;
import org.courrier.extract.record.Review;
import org.courrier.routes.TruthExport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link TruthExport} on both state databases: reviewed letters only, their approved values, skipped letters named
 * with their reason, nothing in DIR overwritten, no DIR inside the inbox.
 */
class TruthExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private RecordStore store;

    private Path done() {
        return root.resolve("data/done");
    }

    private Path inbox() {
        return root.resolve("inbox");
    }

    /** Archives {@code bytes} under done/ as {@code name} and stores the record read from it; returns it. */
    private String read(String name, String mediaType, String language, byte[] bytes, String subject) throws Exception {
        String id = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        Path archived = done().resolve("2026/11/30").resolve(name.replace(".", "." + id.substring(0, 8) + "."));
        Files.createDirectories(archived.getParent());
        Files.write(archived, bytes);
        List<Evidence> here = List.of(new Evidence(1, new Box(100, 80, 600, 40), "evidence"));
        LetterFields fields = new LetterFields(
                Field.of("Ministère de la Culture", 0.8, here),
                Field.missing(),
                Field.of("0042/DG", 0.9, here),
                Field.missing(),
                Field.of(LocalDate.of(2026, 3, 3), 0.95, here),
                Field.of("Paris", 0.9, here),
                Field.missing(),
                Field.of(subject, 0.4, here),
                Field.of(List.of("Cabinet du ministre"), 0.7, List.of()));
        LetterRecord record = new LetterRecord(
                new SourceFile(name, mediaType, bytes.length, 1, id),
                language,
                fields,
                "the letter's text",
                new LetterRecord.OcrInfo(
                        "tesseract 5.3.0", "fra+eng", List.of(new LetterRecord.PageInfo(1, "ocr", 91.5, 0, 0.2))),
                new Review(Review.Status.NEEDS_REVIEW, List.of("SUBJECT: low confidence")),
                Instant.parse("2026-11-30T09:15:00Z"),
                1200);
        String json = RecordJson.toJson(record, archived.toString());
        store.save(json, Instant.parse("2026-11-30T09:14:00Z"));
        return json;
    }

    /** Revision 2 of the record: the subject corrected, and the letter approved when {@code status} says so. */
    private void review(String json, String subject, String status) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        ((ObjectNode) root.path("fields").path("subject")).put("value", subject).put("confidence", 1);
        ((ObjectNode) root.path("review")).put("status", status);
        root.put("schema", "courrier.letter/2").put("revision", 2);
        store.revise(root.get("id").asText(), 1, root.toString(), "alice", List.of());
    }

    private static Map<String, String> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return Map.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> {
                try {
                    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void writesEachApprovedLetterAndItsApprovedValuesAndNothingElse(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.empty(kind, root);
                StateDatabase state = db.open()) {
            store = new RecordStore(state.dataSource(), Clock.systemUTC());
            String approved = read("lettre.jpg", "image/jpeg", "fr", bytes("approved"), "Budget 2026");
            review(approved, "Crédits des musées nationaux", "REVIEWED");
            String drafted = read("brouillon.png", "image/png", "fr", bytes("drafted"), "Travaux");
            review(drafted, "Travaux du musée", "NEEDS_REVIEW");
            read("waiting.pdf", "application/pdf", "en", bytes("waiting"), "Budget");

            Path dir = root.resolve("truth");
            TruthExport.Result result = new TruthExport(store, done(), inbox()).export(dir);

            String id = JSON.readTree(approved).get("id").asText();
            String stem = "lettre." + id.substring(0, 8);
            assertThat(result.skipped()).isEmpty();
            assertThat(result.exported()).extracting(TruthExport.Exported::id).containsExactly(id);
            assertThat(files(dir)).containsOnlyKeys(stem + ".jpg", stem + ".truth.json");
            assertThat(Files.readAllBytes(dir.resolve(stem + ".jpg"))).isEqualTo(bytes("approved"));
            JsonNode truth = JSON.readTree(dir.resolve(stem + ".truth.json").toFile());
            assertThat(truth.get("language").asText()).isEqualTo("fr");
            assertThat(truth.get("pageCount").asInt()).isEqualTo(1);
            assertThat(truth.get("rendering").asText()).isEqualTo("scan");
            JsonNode f = truth.get("fields");
            assertThat(f.get("subject").asText()).isEqualTo("Crédits des musées nationaux");
            assertThat(f.get("sender").asText()).isEqualTo("Ministère de la Culture");
            assertThat(f.get("reference").asText()).isEqualTo("0042/DG");
            assertThat(f.get("date").asText()).isEqualTo("2026-03-03");
            assertThat(f.get("place").asText()).isEqualTo("Paris");
            assertThat(f.get("recipient").isNull()).isTrue();
            assertThat(f.get("signatory").isNull()).isTrue();
            assertThat(f.get("theirReference").isNull()).isTrue();
            assertThat(f.get("copies")).hasSize(1);
            assertThat(truth.get("pages")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void namesEveryLetterLeftOutWithItsReason(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.empty(kind, root);
                StateDatabase state = db.open()) {
            store = new RecordStore(state.dataSource(), Clock.systemUTC());
            String gone = read("gone.jpg", "image/jpeg", "fr", bytes("gone"), "A");
            review(gone, "A corrigé", "REVIEWED");
            String changed = read("changed.jpg", "image/jpeg", "fr", bytes("changed"), "B");
            review(changed, "B corrigé", "REVIEWED");
            String german = read("brief.jpg", "image/jpeg", "de", bytes("german"), "C");
            review(german, "C korrigiert", "REVIEWED");
            String good = read("good.jpg", "image/jpeg", "en", bytes("good"), "D");
            review(good, "D corrected", "REVIEWED");
            Files.delete(archived(gone));
            Files.writeString(archived(changed), "someone edited the archived scan");

            Path dir = root.resolve("truth");
            TruthExport.Result result = new TruthExport(store, done(), inbox()).export(dir);

            assertThat(result.skipped())
                    .extracting(s -> s.fileName() + " " + s.reason())
                    .containsExactlyInAnyOrder(
                            "gone.jpg SOURCE_MISSING", "changed.jpg SOURCE_CHANGED", "brief.jpg NOT_SCORABLE");
            assertThat(result.skipped())
                    .filteredOn(s -> s.fileName().equals("brief.jpg"))
                    .extracting(TruthExport.Skipped::message)
                    .singleElement()
                    .asString()
                    .contains("language de");
            assertThat(result.exported()).hasSize(1);
            assertThat(files(dir).keySet())
                    .as("no copy of a changed source is left behind")
                    .allMatch(name -> name.startsWith("good."))
                    .hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void refusesToOverwriteAFileInTheFolderAndWritesNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.empty(kind, root);
                StateDatabase state = db.open()) {
            store = new RecordStore(state.dataSource(), Clock.systemUTC());
            String first = read("first.jpg", "image/jpeg", "fr", bytes("first"), "A");
            review(first, "A corrigé", "REVIEWED");
            String second = read("second.jpg", "image/jpeg", "fr", bytes("second"), "B");
            review(second, "B corrigé", "REVIEWED");
            Path dir = Files.createDirectories(root.resolve("truth"));
            String id = JSON.readTree(second).get("id").asText();
            Path mine = dir.resolve("second." + id.substring(0, 8) + ".truth.json");
            Files.writeString(mine, "the office's own truth");

            TruthExport export = new TruthExport(store, done(), inbox());
            assertThatThrownBy(() -> export.export(dir))
                    .isInstanceOfSatisfying(TruthExport.Refused.class, e -> {
                        assertThat(e.problem()).isEqualTo(TruthExport.Problem.TARGET_EXISTS);
                        assertThat(e.file()).isEqualTo(mine);
                    })
                    .hasMessageContaining(mine.toString());
            assertThat(files(dir)).isEqualTo(Map.of(mine.getFileName().toString(), "the office's own truth"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void refusesAFolderInsideTheInboxEvenThroughALink(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.empty(kind, root);
                StateDatabase state = db.open()) {
            store = new RecordStore(state.dataSource(), Clock.systemUTC());
            String json = read("lettre.jpg", "image/jpeg", "fr", bytes("letter"), "A");
            review(json, "A corrigé", "REVIEWED");
            Files.createDirectories(inbox());
            Path link = Files.createSymbolicLink(root.resolve("looks-elsewhere"), inbox());
            TruthExport export = new TruthExport(store, done(), inbox());
            for (Path dir : List.of(inbox(), inbox().resolve("truth"), link.resolve("truth"))) {
                assertThatThrownBy(() -> export.export(dir))
                        .as(dir.toString())
                        .isInstanceOfSatisfying(
                                TruthExport.Refused.class,
                                e -> assertThat(e.problem()).isEqualTo(TruthExport.Problem.INSIDE_INBOX))
                        .hasMessageContaining("inside the inbox");
            }
            try (Stream<Path> s = Files.list(inbox())) {
                assertThat(s).as("nothing written into the inbox").isEmpty();
            }
        }
    }

    private Path archived(String json) throws Exception {
        return Path.of(JSON.readTree(json).at("/source/archivedAs").asText());
    }

    private static byte[] bytes(String content) {
        return ("letter file: " + content).getBytes(StandardCharsets.UTF_8);
    }
}
