package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults from outside the service — a full disk, an unwritable outbox, a database killed mid-batch, broken OCR
 * data, a port taken, the clock jumping — each ending with every letter accounted for: in the outbox with its
 * source in {@code done/}, in {@code failed/} with an error file, or still in the inbox; none lost, none twice.
 */
@Timeout(180)
class FaultInjectionTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path root;

    private CourrierService service;
    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        if (service != null) {
            service.close();
        }
        for (Path m : mounts) {
            new ProcessBuilder("umount", "-l", m.toString()).inheritIO().start().waitFor();
        }
    }

    private CourrierService start(Map<String, String> extra, ToLongFunction<Path> space) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("courrier.http.port", "0"));
        settings.putAll(extra);
        Properties p = TestService.properties(root, settings);
        service = CourrierService.start(p, TestService::textIntake, space);
        return service;
    }

    /** A small file system of its own (tmpfs), or the test is skipped where mounting is not allowed. */
    private Path smallFileSystem(String name, int mib) throws Exception {
        Path mount = Files.createDirectories(root.resolve(name));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + mib + "m", "tmpfs", mount.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        Assumptions.assumeTrue(p.waitFor() == 0, "cannot mount a tmpfs here (needs root): " + out.strip());
        mounts.add(mount);
        return mount;
    }

    /** Fills the file system holding {@code folder} to the last byte; returns the filler file. */
    private static Path fill(Path folder) throws IOException {
        Path filler = folder.resolve("filler.bin");
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // no space left: what the test wants
        }
        // the last bytes too
        try (OutputStream out = Files.newOutputStream(folder.resolve("filler-tail.bin"))) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // full
        }
        return filler;
    }

    private String health() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.statusPort() + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().startsWith("filler"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(Path dir) {
        return files(dir).size();
    }

    /** Every letter ended exactly once: one record and one archived source each, nothing failed, inbox empty. */
    private void assertEachLetterOnce(List<Path> letters, Path outbox) throws IOException {
        assertThat(files(root.resolve("inbox"))).isEmpty();
        assertThat(files(root.resolve("data/failed"))).isEmpty();
        assertThat(files(root.resolve("data/done"))).hasSize(letters.size());
        List<Path> records = ValidRecords.in(outbox);
        assertThat(records).hasSize(letters.size());
        for (Path letter : letters) {
            String base = letter.getFileName().toString().replace(".txt", ".");
            assertThat(records)
                    .filteredOn(r -> r.getFileName().toString().startsWith(base))
                    .as(letter.getFileName().toString())
                    .hasSize(1);
        }
    }

    @Test
    void aFullOutboxPausesPickupLeavesLettersInTheInboxAndResumesWhenSpaceIsBack() throws Exception {
        Path outbox = smallFileSystem("outbox-fs", 1);
        Path filler = fill(outbox);
        start(Map.of("courrier.outbox", outbox.toString(), "courrier.disk.min-free-mb", "0"), DiskSpace::usableSpace);
        List<Path> letters = Letters.write(root.resolve("inbox"), 3);

        await("pickup paused", () -> service.telemetry().pausedReason() != null);
        assertThat(health()).startsWith("503").contains("DISK_FULL").contains("courrier.outbox");
        Thread.sleep(1000); // polls while paused take nothing
        assertThat(files(root.resolve("inbox")))
                .as("every letter waits in the inbox")
                .hasSize(3);
        assertThat(files(root.resolve("data/failed"))).as("nothing failed").isEmpty();
        assertThat(files(root.resolve("data/done"))).isEmpty();

        Files.delete(filler);
        Files.deleteIfExists(outbox.resolve("filler-tail.bin"));
        await("all letters done", () -> count(root.resolve("data/done")) == 3);
        await("pickup resumed", () -> service.telemetry().pausedReason() == null);
        assertThat(health()).startsWith("200");
        assertEachLetterOnce(letters, outbox);
    }

    @Test
    void freeSpaceUnderTheMinimumPausesPickupBeforeAnyLetterIsTaken() throws Exception {
        AtomicLong free = new AtomicLong(10 * MIB);
        start(Map.of("courrier.disk.min-free-mb", "100"), folder -> free.get());
        List<Path> letters = Letters.write(root.resolve("inbox"), 2);

        await("pickup paused", () -> service.telemetry().pausedReason() != null);
        assertThat(health())
                .startsWith("503")
                .contains("DISK_FULL")
                .contains("courrier.disk.min-free")
                .contains("10.0 MiB");
        Thread.sleep(500);
        assertThat(files(root.resolve("inbox"))).hasSize(2);

        free.set(1024 * MIB);
        await("all letters done", () -> count(root.resolve("data/done")) == 2);
        assertThat(health()).startsWith("200");
        assertEachLetterOnce(letters, root.resolve("outbox"));
    }
}
