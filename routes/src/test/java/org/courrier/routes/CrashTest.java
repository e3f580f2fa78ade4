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

        /** Waits for the next line containing the text; fails when the process ends or stays silent too long. */
        String await(String text) throws InterruptedException {
            while (true) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertThat(line).as("waiting for '" + text + "'").isNotNull().isNotEqualTo(EOF);
                if (line.contains(text)) {
                    return line;
                }
            }
        }
    }

    private Child start(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashableService.class.getName(), root.toString(), mode);
        pb.redirectErrorStream(true);
        Process process = pb.start();
        started.add(process);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process died: the end marker below says so
            }
            lines.add(EOF);
        }, "child-output");
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
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void killedMidBatchAndRestartedEveryLetterEndsAsExactlyOneRecord() throws Exception {
        List<Path> letters = Letters.write(root.resolve("inbox"), 20);

        Child first = start("hang-after:6");
        for (int i = 0; i < 3; i++) {
            first.await("letter letter-");
        }
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).as("killed by SIGKILL").isEqualTo(137);
        int doneBeforeKill = files("outbox").size();
        assertThat(doneBeforeKill).as("mid-batch: some records out, not all").isBetween(3, 19);

        Child second = start("normal");
        second.await("crashable service started");
        for (int i = 0; i < 20 - doneBeforeKill; i++) {
            second.await("letter letter-");
        }
        second.process().destroy();
        assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();

        Map<String, Long> recordsPerLetter = files("outbox").stream()
                .map(f -> f.getFileName().toString().substring(0, "letter-00".length()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(recordsPerLetter).hasSize(20).allSatisfy((letter, count) -> assertThat(count).as(letter).isEqualTo(1));
        assertThat(files("outbox")).allSatisfy(f -> assertThat(f.getFileName().toString()).doesNotStartWith("."));
        assertThat(files("inbox")).isEmpty();
        assertThat(files("data/done")).hasSize(letters.size());
        assertThat(files("data/failed")).isEmpty();
    }

    @Test
    void aFileThatKilledTheServiceThreeTimesGoesToFailedAsCrashed() throws Exception {
        Files.createDirectories(root.resolve("inbox"));
        Files.writeString(root.resolve("inbox/poison.txt"), "A letter whose reading kills the reader: POISON\n");
        for (int crash = 1; crash <= 3; crash++) {
            Child child = start("halt-on-poison");
            assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).as("crash " + crash).isTrue();
            assertThat(child.process().exitValue()).isEqualTo(137);
            assertThat(root.resolve("inbox/poison.txt")).exists();
        }
        Child fourth = start("halt-on-poison");
        fourth.await("failed poison.txt");
        fourth.process().destroy();
        assertThat(fourth.process().waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(root.resolve("data/failed/poison.txt")).exists();
        JsonNode error = new ObjectMapper().readTree(root.resolve("data/failed/poison.txt.error.json").toFile());
        assertThat(error.get("code").asText()).isEqualTo("CRASHED");
        assertThat(error.get("attempts").asInt()).isEqualTo(3);
        assertThat(files("outbox")).isEmpty();
    }
}
