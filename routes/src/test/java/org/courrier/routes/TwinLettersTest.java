package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two files with the same content in flight at once: the first to start claims the record id, the other is set
 * aside as a duplicate without being read. On embedded H2 and on a real PostgreSQL server.
 */
class TwinLettersTest {

    @TempDir
    Path root;

    private CourrierService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void identicalFilesInFlightTogetherGiveOneRecordAndOneDuplicateOnH2() throws Exception {
        twinsGiveOneRecord(Map.of());
    }

    @Test
    void identicalFilesInFlightTogetherGiveOneRecordAndOneDuplicateOnPostgresql() throws Exception {
        PostgresState.Server pg = PostgresState.server();
        twinsGiveOneRecord(Map.of(
                "courrier.state.url",
                pg.url(),
                "courrier.state.user",
                pg.user(),
                "courrier.state.password",
                pg.password()));
    }

    private void twinsGiveOneRecord(Map<String, String> state) throws Exception {
        Properties p = TestService.properties(root, state);
        GatedIntake intake = new GatedIntake();
        service = CourrierService.start(p, parts -> parts.withIntake(intake));
        NotifyBuilder first = new NotifyBuilder(service.context())
                .fromRoute(LetterRoute.ROUTE_ID)
                .whenDone(1)
                .create();
        NotifyBuilder both = new NotifyBuilder(service.context())
                .fromRoute(LetterRoute.ROUTE_ID)
                .whenDone(2)
                .create();
        String letter = "GATE\nOne letter dropped twice at once " + UUID.randomUUID();
        Files.writeString(root.resolve("inbox/twin-a.txt"), letter, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("inbox/twin-b.txt"), letter, StandardCharsets.UTF_8);

        // whichever file started first is held at the gate, in flight: the other can only finish by being set aside
        assertThat(first.matches(30, TimeUnit.SECONDS))
                .as("the twin set aside while the first is in flight")
                .isTrue();
        intake.open();
        assertThat(both.matches(30, TimeUnit.SECONDS))
                .as("the held letter finished")
                .isTrue();
        assertThat(intake.held()).as("letters that reached the reader").isEqualTo(1);

        assertThat(ValidRecords.in(root.resolve("outbox"))).hasSize(1);
        List<Path> duplicates = files(root.resolve("data/duplicates"));
        List<Path> done = files(root.resolve("data/done"));
        assertThat(duplicates).hasSize(1);
        assertThat(done).hasSize(1);
        assertThat(duplicates.get(0)).hasContent(letter);
        String tag =
                "." + TextIntake.sha256(letter.getBytes(StandardCharsets.UTF_8)).substring(0, 8) + ".txt";
        assertThat(List.of(
                        duplicates.get(0).getFileName().toString(),
                        done.get(0).getFileName().toString()))
                .containsExactlyInAnyOrder("twin-a" + tag, "twin-b" + tag);
        assertThat(files(root.resolve("inbox"))).isEmpty();
        assertThat(files(root.resolve("data/failed"))).isEmpty();
    }

    private static List<Path> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    // the service's lock (ServiceLocks), not a letter
                    .filter(f -> !f.getFileName().toString().equals(ServiceLocks.LOCK_FILE))
                    .toList();
        }
    }
}
