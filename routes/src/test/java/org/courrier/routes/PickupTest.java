package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.camel.builder.NotifyBuilder;
import org.courrier.extract.pipeline.LetterPipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files are taken (subfolders with and without recursive watching) and what the service says meanwhile. */
class PickupTest {

    @TempDir
    Path root;

    private CourrierService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private void start(Map<String, String> extra, UnaryOperator<LetterPipeline.Builder> parts) throws Exception {
        Properties p = TestService.properties(root, extra);
        service = CourrierService.start(p, parts == null ? TestService::textIntake : parts);
    }

    private NotifyBuilder whenDone(int letters) {
        return new NotifyBuilder(service.context())
                .fromRoute(LetterRoute.ROUTE_ID)
                .whenDone(letters)
                .create();
    }

    @Test
    void withRecursiveWatchingALetterInASubfolderIsRead() throws Exception {
        start(Map.of("courrier.pickup.recursive", "true"), null);
        NotifyBuilder done = whenDone(1);
        Files.createDirectories(root.resolve("inbox/desk-2"));
        Files.writeString(root.resolve("inbox/desk-2/deep.txt"), Letters.letter(7), StandardCharsets.UTF_8);

        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        List<Path> records = ValidRecords.in(root.resolve("outbox"));
        assertThat(records).hasSize(1);
        JsonNode record = ValidRecords.read(records.get(0));
        assertThat(record.get("source").get("fileName").asText()).isEqualTo("deep.txt");
        assertThat(record.get("text").asText()).contains("Objet : lettre d'essai numéro 7");
        assertThat(root.resolve("inbox/desk-2/deep.txt")).doesNotExist();
        assertThat(root.resolve("inbox/desk-2")).isEmptyDirectory();
    }

    @Test
    void withoutRecursiveWatchingALetterInASubfolderIsLeftAlone() throws Exception {
        start(Map.of(), null);
        NotifyBuilder done = whenDone(1);
        Files.createDirectories(root.resolve("inbox/desk-2"));
        Files.writeString(root.resolve("inbox/desk-2/deep.txt"), Letters.letter(7), StandardCharsets.UTF_8);
        Files.writeString(root.resolve("inbox/top.txt"), Letters.letter(8), StandardCharsets.UTF_8);

        // every poll that took top.txt listed the inbox with deep.txt already in its subfolder
        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        List<Path> records = ValidRecords.in(root.resolve("outbox"));
        assertThat(records).hasSize(1);
        assertThat(ValidRecords.read(records.get(0))
                        .get("source")
                        .get("fileName")
                        .asText())
                .isEqualTo("top.txt");
        assertThat(root.resolve("inbox/desk-2/deep.txt")).hasContent(Letters.letter(7));
    }

    @Test
    void progressIsLoggedWhileABacklogIsWorkedThrough() throws Exception {
        Pattern line = Pattern.compile(
                "progress: (\\d+) waiting, (\\d+) in flight, (\\d+) done \\(\\+(\\d+)\\), 0 failed \\(\\+0\\)");
        for (int i = 1; i <= 6; i++) {
            Files.createDirectories(root.resolve("inbox"));
            Files.writeString(
                    root.resolve("inbox/backlog-" + i + ".txt"), "GATE\n" + Letters.letter(i), StandardCharsets.UTF_8);
        }
        try (LogLines progress = LogLines.of("org.courrier.progress")) {
            GatedIntake intake = new GatedIntake();
            start(Map.of("courrier.progress.interval", "PT0.05S"), parts -> parts.withIntake(intake));
            NotifyBuilder all = whenDone(6);

            // held at the gate: the whole backlog waits, some of it in flight, nothing done
            String busy = progress.await("a backlog with letters in flight", l -> l.matches(".* [1-9] in flight, .*"));
            assertThat(busy).matches(line).contains("progress: 6 waiting, ").contains(" 0 done (+0)");
            intake.open();
            assertThat(all.matches(30, TimeUnit.SECONDS)).isTrue();
            String finished = progress.await("all six done", l -> l.contains(" 6 done (+"));
            assertThat(finished).matches(line);
            List<Long> doneCounts = progress.seen().stream()
                    .map(line::matcher)
                    .filter(java.util.regex.Matcher::matches)
                    .map(m -> Long.parseLong(m.group(3)))
                    .toList();
            assertThat(doneCounts).isSorted().endsWith(6L);
        }
        assertThat(ValidRecords.in(root.resolve("outbox"))).hasSize(6);
    }
}
