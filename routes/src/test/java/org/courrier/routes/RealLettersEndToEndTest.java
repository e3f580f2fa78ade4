package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.courrier.fixtures.GeneratedLetter;
import org.courrier.fixtures.LetterCorpus;
import org.courrier.fixtures.Rendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real service with the real intake, OCR and extractor on generated letters: 18 born-digital PDFs (one of them
 * written slowly by a simulated scanner), 2 fax TIFFs read by OCR, an empty file and a truncated PDF.
 */
class RealLettersEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNKS = 10;

    @TempDir
    Path root;

    @Test
    void generatedLettersBecomeRecordsAndBrokenFilesFailWithTheReasonsTheIntakeGives() throws Exception {
        Path generated = root.resolve("generated");
        List<GeneratedLetter> pdfs = LetterCorpus.generate(7, 18, EnumSet.of(Rendering.PDF), generated.resolve("pdf"));
        List<GeneratedLetter> faxes = LetterCorpus.generate(11, 2, EnumSet.of(Rendering.FAX), generated.resolve("fax"));
        Properties p = TestService.properties(
                root, Map.of("courrier.pickup.stable-for", "PT1S", "courrier.pickup.poll-interval", "PT0.1S"));
        Path inbox = Files.createDirectories(TestService.inbox(root));
        CourrierService service = CourrierService.start(p);
        SlowScanner scanner = new SlowScanner();
        try {
            NotifyBuilder all = new NotifyBuilder(service.context())
                    .fromRoute(LetterRoute.ROUTE_ID)
                    .whenDone(22)
                    .create();
            byte[] slowBytes = Files.readAllBytes(pdfs.get(0).file());
            Path slow = inbox.resolve("slow-" + pdfs.get(0).file().getFileName());
            SlowScanner.Writing writing = scanner.write(slow, slowBytes, CHUNKS, Duration.ofMillis(150));
            List<Path> letters = new ArrayList<>();
            for (GeneratedLetter g : pdfs.subList(1, pdfs.size())) {
                letters.add(Files.copy(g.file(), inbox.resolve(g.file().getFileName())));
            }
            for (GeneratedLetter g : faxes.subList(0, 2)) {
                letters.add(Files.copy(g.file(), inbox.resolve(g.file().getFileName())));
            }
            Files.createFile(inbox.resolve("blank.pdf"));
            byte[] whole = Files.readAllBytes(pdfs.get(1).file());
            Files.write(inbox.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 3));

            Instant slowComplete = writing.written().get(30, TimeUnit.SECONDS);
            assertThat(all.matches(180, TimeUnit.SECONDS))
                    .as("22 files finished")
                    .isTrue();

            List<JsonNode> records = ValidRecords.in(root.resolve("outbox")).stream()
                    .map(ValidRecords::read)
                    .toList();
            assertThat(records).hasSize(20);
            assertThat(records).extracting(r -> r.get("schema").asText()).containsOnly("courrier.letter/1");
            JsonNode slowRecord = records.stream()
                    .filter(r -> r.get("source")
                            .get("fileName")
                            .asText()
                            .equals(slow.getFileName().toString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(slowRecord.get("source").get("sizeBytes").asLong()).isEqualTo(slowBytes.length);
            assertThat(Instant.parse(slowRecord.get("processedAt").asText())).isAfterOrEqualTo(slowComplete);
            assertThat(records)
                    .filteredOn(r -> r.get("source").get("fileName").asText().endsWith(".fax.tif"))
                    .hasSize(2)
                    .allSatisfy(r -> assertThat(r.get("ocr")
                                    .get("pages")
                                    .get(0)
                                    .get("method")
                                    .asText())
                            .isEqualTo("ocr"));

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
        } finally {
            scanner.close();
            service.close();
        }
    }
}
