package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** File names at the file system's limits, and names that would break a log line. */
@Timeout(120)
class HostileNamesTest {

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

    private void start() throws Exception {
        service = CourrierService.start(TestService.properties(root, Map.of()), TestService::textIntake);
    }

    private void dropAndAwait(Map<String, String> files) throws Exception {
        NotifyBuilder done = new NotifyBuilder(service.context())
                .fromRoute(LetterRoute.ROUTE_ID)
                .whenDone(files.size())
                .create();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(root.resolve("inbox").resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        assertThat(done.matches(30, TimeUnit.SECONDS)).as("letters finished").isTrue();
    }

    private static List<Path> all(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(ServiceLocks.LOCK_FILE))
                    .toList();
        }
    }

    /** A name of exactly {@code bytes} bytes of UTF-8 (two-byte letters, then ASCII), ending in {@code ext}. */
    private static String nameOf(int bytes, String ext) {
        StringBuilder b = new StringBuilder();
        while (ArchiveNames.bytes(b + "é" + ext) <= bytes - 40) {
            b.append("é");
        }
        while (ArchiveNames.bytes(b + ext) < bytes) {
            b.append('x');
        }
        return b + ext;
    }

    @Test
    void aNameOf250BytesGivesARecordAnArchivedSourceAndAnErrorFileWithShortenedNames() throws Exception {
        start();
        String good = nameOf(250, ".txt");
        String bad = nameOf(251, ".pdf");
        assertThat(ArchiveNames.bytes(good)).isEqualTo(250);
        dropAndAwait(Map.of(good, "Subject: a letter with a long name", bad, "FAIL: CORRUPT\n"));

        List<Path> records = ValidRecords.in(root.resolve("outbox"));
        assertThat(records).hasSize(1);
        JsonNode record = JSON.readTree(records.get(0).toFile());
        assertThat(record.get("source").get("fileName").asText()).isEqualTo(good);
        Path archived = Path.of(record.get("source").get("archivedAs").asText());
        assertThat(archived).hasContent("Subject: a letter with a long name");
        assertThat(ArchiveNames.bytes(archived.getFileName().toString())).isLessThanOrEqualTo(255);

        List<Path> failed = all(root.resolve("data/failed"));
        assertThat(failed).as("the source and its error file, no .tmp").hasSize(2);
        Path error = failed.stream()
                .filter(p -> p.toString().endsWith(ArchiveNames.ERROR_SUFFIX))
                .findFirst()
                .orElseThrow();
        JsonNode e = JSON.readTree(error.toFile());
        assertThat(e.get("file").asText()).isEqualTo(bad);
        assertThat(e.get("code").asText()).isEqualTo("CORRUPT");
        assertThat(all(root.resolve("inbox"))).isEmpty();
    }

    @Test
    void twoLongNamesAlikeInTheirFirst200BytesStayApart() throws Exception {
        start();
        String common = nameOf(240, "");
        dropAndAwait(Map.of(common + "-one.txt", "Subject: one", common + "-two.txt", "Subject: two"));
        assertThat(ValidRecords.in(root.resolve("outbox"))).hasSize(2);
        assertThat(all(root.resolve("data/done"))).hasSize(2);
    }

    private static boolean chattr(String flag, Path file) throws Exception {
        Process p = new ProcessBuilder("chattr", flag, file.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Test
    void aFileThatCannotBeRemovedFromTheInboxIsArchivedOnceAndSaidOnce() throws Exception {
        Files.createDirectories(root.resolve("inbox"));
        Path stuck = Files.writeString(root.resolve("inbox/stuck.txt"), "Subject: a letter that cannot be moved");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                chattr("+i", stuck), "chattr +i is not possible here (needs root and a file system that has it)");
        try (LogLines log = LogLines.of("org.courrier.letters")) {
            start();
            log.await("the error", l -> l.contains("cannot be removed from the inbox"));
            Thread.sleep(2000); // some 40 polls
            assertThat(stuck).exists();
            assertThat(all(root.resolve("data/done"))).hasSize(1);
            assertThat(all(root.resolve("data")))
                    .filteredOn(p -> p.startsWith(root.resolve("data/duplicates")))
                    .isEmpty();
            assertThat(ValidRecords.in(root.resolve("outbox"))).hasSize(1);
            assertThat(log.drain()).filteredOn(l -> l.contains("stuck.txt")).hasSize(2); // the letter, the error
        } finally {
            chattr("-i", stuck);
        }
    }
}
