package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.courrier.routes.store.RecordStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service keeps every record it writes to the outbox in the record store, and a store that fails loses no
 * letter: the letter fails, is kept in {@code failed/} with its error file, no record goes out, and a replay once
 * the store works again brings the record out and into the store.
 */
class RecordKeepingTest {

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

    private Properties start(Map<String, String> extra) throws Exception {
        Properties p = TestService.properties(root, extra);
        service = CourrierService.start(p, TestService::textIntake);
        return p;
    }

    private void dropAndAwait(String name, String content) throws Exception {
        NotifyBuilder done = new NotifyBuilder(service.context())
                .fromRoute(LetterRoute.ROUTE_ID)
                .filter(e -> name.equals(e.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class)))
                .whenDone(1)
                .create();
        Files.writeString(root.resolve("inbox").resolve(name), content, StandardCharsets.UTF_8);
        assertThat(done.matches(20, TimeUnit.SECONDS)).as(name + " finished").isTrue();
    }

    @Test
    void eachRecordWrittenToTheOutboxIsInTheStoreAsRevisionOne() throws Exception {
        start(Map.of());
        String letter = "Ministry of Examples\nSubject: a letter to keep\fsecond page";
        dropAndAwait("keep-me.txt", letter);

        List<Path> out = ValidRecords.in(root.resolve("outbox"));
        assertThat(out).hasSize(1);
        String written = Files.readString(out.get(0), StandardCharsets.UTF_8);
        JsonNode record = JSON.readTree(written);
        String id = TextIntake.sha256(letter.getBytes(StandardCharsets.UTF_8));

        RecordStore.StoredRecord kept = service.records().load(id).orElseThrow();
        assertThat(JSON.readTree(kept.json())).isEqualTo(record);
        assertThat(kept.summary().revision()).isEqualTo(1);
        assertThat(kept.summary().status())
                .isEqualTo(record.path("review").path("status").asText());
        assertThat(kept.summary().fileName()).isEqualTo("keep-me.txt");
        assertThat(kept.summary().archivedAs())
                .isEqualTo(record.path("source").path("archivedAs").asText());
        assertThat(Path.of(kept.summary().archivedAs())).hasContent(letter);
        assertThat(service.records()
                        .list(new RecordStore.Filter(null, null, null, null, null, null, "a letter to keep", 0, 10))
                        .items())
                .extracting(RecordStore.Summary::id)
                .containsExactly(id);
    }

    @Test
    void aFailingStoreFailsTheLetterKeepsItAndAReplayBringsItOut() throws Exception {
        Properties p = start(Map.of("courrier.retry.attempts", "1"));
        String url = ServiceSettings.from(p).stateUrl();
        try (Connection c = DriverManager.getConnection(url, "", "");
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE courrier_record RENAME TO courrier_record_away");
        }
        String letter = "Ministry of Examples\nSubject: stored later";
        dropAndAwait("unkept.txt", letter);

        Path failed = Archived.named(root.resolve("data/failed"), "unkept.txt");
        assertThat(failed).hasContent(letter);
        JsonNode error = JSON.readTree(Archived.errorFile(failed).toFile());
        assertThat(error.get("code").asText()).isEqualTo("IO_ERROR");
        assertThat(error.get("attempts").asInt()).isEqualTo(2);
        assertThat(error.get("message").asText()).contains("unkept.txt", "could not be kept in the state database");
        assertThat(ValidRecords.in(root.resolve("outbox")))
                .as("no record out that the store lacks")
                .isEmpty();

        try (Connection c = DriverManager.getConnection(url, "", "");
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE courrier_record_away RENAME TO courrier_record");
        }
        Files.delete(Archived.errorFile(failed));
        NotifyBuilder done = new NotifyBuilder(service.context())
                .fromRoute(LetterRoute.ROUTE_ID)
                .whenDone(1)
                .create();
        Files.move(failed, root.resolve("inbox/unkept.txt"));
        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();

        assertThat(ValidRecords.in(root.resolve("outbox"))).hasSize(1);
        String id = TextIntake.sha256(letter.getBytes(StandardCharsets.UTF_8));
        assertThat(service.records().load(id)).isPresent();
    }
}
