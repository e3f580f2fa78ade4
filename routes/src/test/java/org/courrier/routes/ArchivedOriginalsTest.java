package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the service was given is ever replaced: files with the same name end side by side in {@code done/},
 * {@code failed/} (each with its own error file) and {@code duplicates/}, and the record says where its source went.
 */
class ArchivedOriginalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private CourrierService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private void start(Map<String, String> extra) throws Exception {
        service = CourrierService.start(TestService.properties(root, extra), TestService::textIntake);
    }

    /**
     * Writes one file (relative to the inbox) and waits until the letter route has finished one more exchange and
     * the file has left the inbox (a builder may see a late event of the exchange before).
     */
    private void dropAndAwait(String relative, String content) throws Exception {
        NotifyBuilder done = new NotifyBuilder(service.context())
                .fromRoute(LetterRoute.ROUTE_ID)
                .whenDone(1)
                .create();
        Path file = root.resolve("inbox").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThat(done.matches(20, TimeUnit.SECONDS))
                .as(relative + " finished")
                .isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(file).as(relative + " taken from the inbox").doesNotExist();
    }

    private List<String> contents(String folder) throws IOException {
        Path dir = root.resolve(folder);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".error.json"))
                    .map(ArchivedOriginalsTest::read)
                    .toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void secondFileWithTheSameNameAndOtherContentDoesNotReplaceTheFirstInDone() throws Exception {
        start(Map.of());
        dropAndAwait("scan.txt", "First letter named scan");
        dropAndAwait("scan.txt", "Second letter named scan");

        assertThat(contents("data/done"))
                .containsExactlyInAnyOrder("First letter named scan", "Second letter named scan");
        List<Path> records = ValidRecords.in(root.resolve("outbox"));
        assertThat(records).hasSize(2);
        for (Path record : records) {
            JsonNode json = ValidRecords.read(record);
            Path archived = Path.of(json.get("source").get("archivedAs").asText());
            assertThat(archived)
                    .as("where the record says its source went")
                    .startsWith(root.resolve("data/done"))
                    .hasContent(json.get("text").asText());
        }
    }

    @Test
    void secondFailedFileWithTheSameNameKeepsTheFirstAndItsErrorFile() throws Exception {
        start(Map.of());
        dropAndAwait("bad.pdf", "FAIL: CORRUPT\nfirst bad file");
        dropAndAwait("bad.pdf", "FAIL: UNSUPPORTED_TYPE\nsecond bad file");

        assertThat(contents("data/failed"))
                .containsExactlyInAnyOrder("FAIL: CORRUPT\nfirst bad file", "FAIL: UNSUPPORTED_TYPE\nsecond bad file");
        try (Stream<Path> s = Files.list(root.resolve("data/failed"))) {
            List<Path> errors = s.filter(p -> p.getFileName().toString().endsWith(".error.json"))
                    .toList();
            assertThat(errors).hasSize(2);
            for (Path error : errors) {
                JsonNode json = JSON.readTree(error.toFile());
                assertThat(json.get("file").asText()).isEqualTo("bad.pdf");
                String beside = error.getFileName().toString().replaceFirst("\\.error\\.json$", "");
                String content = read(error.resolveSibling(beside));
                assertThat(content)
                        .as("the error file beside its own source")
                        .startsWith("FAIL: " + json.get("code").asText());
            }
        }
    }

    @Test
    void sameNameInTwoSubfoldersAreBothKeptInDone() throws Exception {
        start(Map.of("courrier.pickup.recursive", "true"));
        dropAndAwait("a/letter-1.txt", Letters.letter(1));
        dropAndAwait("b/letter-1.txt", Letters.letter(2));

        assertThat(ValidRecords.in(root.resolve("outbox"))).hasSize(2);
        assertThat(contents("data/done")).containsExactlyInAnyOrder(Letters.letter(1), Letters.letter(2));
    }

    @Test
    void duplicatesWithTheSameNameAreAllKept() throws Exception {
        start(Map.of());
        dropAndAwait("first.txt", "One letter scanned three times");
        dropAndAwait("again.txt", "One letter scanned three times");
        dropAndAwait("again.txt", "One letter scanned three times");

        assertThat(contents("data/duplicates")).hasSize(2);
        assertThat(ValidRecords.in(root.resolve("outbox"))).hasSize(1);
    }
}
