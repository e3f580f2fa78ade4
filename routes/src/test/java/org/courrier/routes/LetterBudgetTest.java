package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.courrier.document.CourrierException;
import org.courrier.document.Page;
import org.courrier.extract.engine.FieldExtractor;
import org.courrier.ingest.PageSource;
import org.courrier.ocr.PageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter over its budget, in time (field extraction that never returns) or in memory (OutOfMemoryError while its
 * pages are read), ends in {@code failed/} after one attempt with reason OVER_BUDGET, and the letters beside it
 * flow on.
 */
class LetterBudgetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private CourrierService service;
    private volatile boolean released;

    @AfterEach
    void stop() {
        released = true;
        if (service != null) {
            service.close();
        }
    }

    /** Spins, deaf to interruption, on a letter holding HANG, until the test ends. */
    private final class NeverReturns implements FieldExtractor {
        private final FieldExtractor real = FieldExtractor.create();

        @Override
        public Extraction extract(org.courrier.document.Document document) {
            while (document.text().contains("HANG") && !released) {
                Thread.onSpinWait();
            }
            return real.extract(document);
        }
    }

    /** Passes ready pages through; a page holding OOM runs out of memory. */
    private static final class Exhausting implements PageReader {
        @Override
        public Page read(PageSource page) throws CourrierException {
            Page ready = ((PageSource.Ready) page).page();
            if (ready.lines().stream().anyMatch(l -> l.text().contains("OOM"))) {
                throw new OutOfMemoryError("Java heap space");
            }
            return ready;
        }

        @Override
        public String engine() {
            return "test";
        }

        @Override
        public String languages() {
            return "fra+eng";
        }

        @Override
        public void close() {}
    }

    @Test
    void lettersOverTheirTimeOrMemoryBudgetFailOnceAndTheOthersFlow() throws Exception {
        service = CourrierService.start(
                TestService.properties(
                        root,
                        Map.of(
                                // long enough for an ordinary letter's first extraction on a loaded machine (the
                                // layout model's classes load then), short enough to keep the test quick
                                "courrier.extract.budget",
                                "PT3S",
                                "courrier.retry.attempts",
                                "2",
                                "courrier.letters-in-flight",
                                "2")),
                parts -> parts.withIntake(new TextIntake())
                        .withExtractor(new NeverReturns())
                        .withPageReader(new Exhausting()));
        NotifyBuilder all = new NotifyBuilder(service.context())
                .fromRoute(LetterRoute.ROUTE_ID)
                .whenDone(6)
                .create();
        Files.writeString(root.resolve("inbox/hang.txt"), "HANG\nA letter no engine finishes", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("inbox/oom.txt"), "OOM\nA letter too big for the heap", StandardCharsets.UTF_8);
        Letters.write(root.resolve("inbox"), 4);

        assertThat(all.matches(60, TimeUnit.SECONDS))
                .as("all six letters finished")
                .isTrue();
        assertThat(ValidRecords.in(root.resolve("outbox"))).hasSize(4);
        for (String name : new String[] {"hang.txt", "oom.txt"}) {
            JsonNode error = JSON.readTree(Archived.errorFile(Archived.named(root.resolve("data/failed"), name))
                    .toFile());
            assertThat(error.get("code").asText()).as(name).isEqualTo("OVER_BUDGET");
            assertThat(error.get("action").asText()).as(name).isEqualTo("QUARANTINE");
            assertThat(error.get("attempts").asInt()).as(name + ": not retried").isEqualTo(1);
            assertThat(error.get("message").asText()).as(name).contains(name);
        }
        assertThat(JSON.readTree(Archived.errorFile(Archived.named(root.resolve("data/failed"), "hang.txt"))
                                .toFile())
                        .get("message")
                        .asText())
                .contains("courrier.extract.budget");
    }
}
