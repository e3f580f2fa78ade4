package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real service on temporary folders: 19 letters, one letter written slowly by a simulated scanner, an empty
 * file and a truncated PDF. Routing is asserted, not extraction quality.
 */
class EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNKS = 12;

    @TempDir
    Path root;

    @Test
    void twentyLettersBecomeTwentyRecordsBrokenFilesFailWithTheirReasonsAndTheSlowFileWaitsUntilComplete()
            throws Exception {
        Properties p = TestService.properties(
                root,
                Map.of(
                        "courrier.pickup.stable-for",
                        "PT1S",
                        "courrier.pickup.poll-interval",
                        "PT0.1S",
                        "courrier.letters-in-flight",
                        "2"));
        Path inbox = TestService.inbox(root);
        Files.createDirectories(inbox);
        CourrierService service = CourrierService.start(p, TestService::textIntake);
        SlowScanner scanner = new SlowScanner();
        try {
            NotifyBuilder all = new NotifyBuilder(service.context())
                    .fromRoute(LetterRoute.ROUTE_ID)
                    .whenDone(22)
                    .create();
            // a scanner writing a letter in chunks, one every 150 ms: far inside the 1 s stability window
            String slowLetter = "%PDF-1.7 slow scan\n" + Letters.letter(20) + "%%EOF\n";
            byte[] slowBytes = slowLetter.getBytes(StandardCharsets.UTF_8);
            Path slow = inbox.resolve("letter-20.pdf");
            SlowScanner.Writing writing = scanner.write(slow, slowBytes, CHUNKS, Duration.ofMillis(150));

            Letters.write(inbox, 19);
            Files.createFile(inbox.resolve("blank.pdf"));
            Files.writeString(
                    inbox.resolve("cut.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nstream\n");

            Instant slowComplete = writing.written().get(30, TimeUnit.SECONDS);
            // the writer stops itself after its last chunk; wait for that rather than race it
            assertThatThrownBy(() -> writing.task().get(5, TimeUnit.SECONDS)).hasRootCauseMessage("done writing");
            assertThat(all.matches(60, TimeUnit.SECONDS))
                    .as("22 files finished")
                    .isTrue();

            List<JsonNode> records = records();
            assertThat(records).hasSize(20);
            assertThat(records)
                    .extracting(r -> r.get("source").get("fileName").asText())
                    .doesNotHaveDuplicates();
            JsonNode slowRecord = records.stream()
                    .filter(r -> r.get("source").get("fileName").asText().equals("letter-20.pdf"))
                    .findFirst()
                    .orElseThrow();
            assertThat(slowRecord.get("source").get("sizeBytes").asLong()).isEqualTo(slowBytes.length);
            assertThat(slowRecord.get("id").asText()).isEqualTo(TextIntake.sha256(slowBytes));
            assertThat(Instant.parse(slowRecord.get("processedAt").asText())).isAfterOrEqualTo(slowComplete);

            try (Stream<Path> failed = Files.list(root.resolve("data/failed"))) {
                assertThat(failed).hasSize(4);
            }
            Path failed = root.resolve("data/failed");
            assertThat(JSON.readTree(Archived.errorFile(Archived.named(failed, "blank.pdf"))
                                    .toFile())
                            .get("code")
                            .asText())
                    .isEqualTo("EMPTY");
            assertThat(JSON.readTree(Archived.errorFile(Archived.named(failed, "cut.pdf"))
                                    .toFile())
                            .get("code")
                            .asText())
                    .isEqualTo("CORRUPT");
            try (Stream<Path> left = Files.list(inbox)) {
                // the service's lock file (ServiceLocks) stays; no letter does
                assertThat(left.filter(f -> !f.getFileName().toString().equals(ServiceLocks.LOCK_FILE)))
                        .isEmpty();
            }
            try (Stream<Path> done = Files.walk(root.resolve("data/done"))) {
                assertThat(done.filter(Files::isRegularFile)).hasSize(20);
            }
        } finally {
            scanner.close();
            service.close();
        }
    }

    private List<JsonNode> records() throws IOException {
        return ValidRecords.in(root.resolve("outbox")).stream()
                .map(ValidRecords::read)
                .toList();
    }
}
