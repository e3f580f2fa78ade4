package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service as a separate process, killed with SIGKILL and started again: no letter lost, none twice. */
class CrashTest {

    private static final String EOF = "\u0000end of output";

    @TempDir
    Path root;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    /** A running child and its stderr lines, read as they come. */
    private record Child(Process process, BlockingQueue<String> lines) {

        /** Waits for the next line containing the text; fails when the process ends or a minute passes. */
        String await(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(line).as("waiting for '" + text + "'").isNotNull().isNotEqualTo(EOF);
                if (line.contains(text)) {
                    return line;
                }
            }
        }
    }

    private Child start(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                CrashableService.class.getName(),
                root.toString(),
                mode);
        pb.redirectErrorStream(true);
        Process process = pb.start();
        started.add(process);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            lines.add(line);
                            System.err.println("  child| " + line);
                        }
                    } catch (IOException e) {
                        // the process died: the end marker below says so
                    }
                    lines.add(EOF);
                },
                "child-output");
        reader.setDaemon(true);
        reader.start();
        return new Child(process, lines);
    }

    private List<Path> files(String folder) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    // the service's lock (ServiceLocks), not a letter
                    .filter(f -> !f.getFileName().toString().equals(ServiceLocks.LOCK_FILE))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void killedMidBatchAndRestartedEveryLetterEndsAsExactlyOneRecord() throws Exception {
        List<Path> letters = Letters.write(root.resolve("inbox"), 20);

        // up to three letters are read at once (two letter threads and the poller), fairly sharing the page
        // workers: before any letter finishes, at most 3 x 2 pages are read, so a 7th page read proves one finished
        // whatever order the files were taken in; pages after the 7th hang, so the batch is stuck midway
        Child first = start("hang-after:7");
        first.await("letter letter-");
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(files("outbox").size())
                .as("mid-batch: some records out, not all")
                .isBetween(1, 19);
        // a letter whose record was out but whose file had not moved yet is still in the inbox: the restart
        // finishes it with its own 'letter letter-NN' line, so the lines to wait for are the files not yet moved
        int movedBeforeKill = files("data/done").size();

        Child second = start("normal");
        second.await("crashable service started");
        for (int i = 0; i < 20 - movedBeforeKill; i++) {
            second.await("letter letter-");
        }
        second.process().destroy();
        assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();

        Map<String, Long> recordsPerLetter = files("outbox").stream()
                .map(f -> f.getFileName().toString().substring(0, "letter-00".length()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(recordsPerLetter)
                .hasSize(20)
                .allSatisfy((letter, count) -> assertThat(count).as(letter).isEqualTo(1));
        assertThat(files("outbox"))
                .allSatisfy(f -> assertThat(f.getFileName().toString()).doesNotStartWith("."));
        assertThat(files("inbox")).isEmpty();
        assertThat(files("data/done")).hasSize(letters.size());
        assertThat(files("data/failed")).isEmpty();
    }

    @Test
    void sigtermLetsLettersInFlightFinishAndLeavesTheRestInTheInbox() throws Exception {
        List<Path> letters = Letters.write(root.resolve("inbox"), 12);
        Path fifo = root.resolve("gate");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();

        // letters 1-3 have 2 + 3 + 1 pages: the first of them to be read all finish, later pages wait at the gate
        Child child = start("gate-after:6:" + fifo);
        child.await("letter letter-");
        child.process().toHandle().destroy(); // SIGTERM, keeping our end of its output open
        child.await("courrier stopping");
        try (var gate = Files.newBufferedWriter(fifo)) {
            gate.write("go\n".repeat(50));
        }
        child.await("letter letter-"); // a letter in flight at SIGTERM finishes
        assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.process().exitValue()).as("stopped by SIGTERM").isEqualTo(143);

        List<Path> records = files("outbox");
        List<Path> done = files("data/done");
        List<Path> waiting = files("inbox");
        assertThat(files("data/failed")).isEmpty();
        assertThat(done.size()).as("letters in flight at SIGTERM finished").isGreaterThan(1);
        assertThat(records).hasSameSizeAs(done);
        assertThat(done.size() + waiting.size()).isEqualTo(letters.size());
        for (Path d : done) {
            String letter = d.getFileName().toString().replace(".txt", "");
            assertThat(records)
                    .filteredOn(r -> r.getFileName().toString().startsWith(letter + "."))
                    .hasSize(1);
        }
    }

    @Test
    void aFileThatKilledTheServiceThreeTimesGoesToFailedAsCrashed() throws Exception {
        Files.createDirectories(root.resolve("inbox"));
        Files.writeString(root.resolve("inbox/poison.txt"), "A letter whose reading kills the reader: POISON\n");
        for (int crash = 1; crash <= 3; crash++) {
            Child child = start("halt-on-poison");
            assertThat(child.process().waitFor(60, TimeUnit.SECONDS))
                    .as("crash " + crash)
                    .isTrue();
            assertThat(child.process().exitValue()).isEqualTo(137);
            assertThat(root.resolve("inbox/poison.txt")).exists();
        }
        Child fourth = start("halt-on-poison");
        fourth.await("failed poison.txt");
        fourth.process().destroy();
        assertThat(fourth.process().waitFor(60, TimeUnit.SECONDS)).isTrue();

        Path poison = Archived.named(root.resolve("data/failed"), "poison.txt");
        JsonNode error = new ObjectMapper().readTree(Archived.errorFile(poison).toFile());
        assertThat(error.get("code").asText()).isEqualTo("CRASHED");
        assertThat(error.get("attempts").asInt()).isEqualTo(3);
        assertThat(files("outbox")).isEmpty();
    }
}
