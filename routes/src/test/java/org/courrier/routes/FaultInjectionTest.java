package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.courrier.extract.pipeline.LetterPipeline;
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
    private PrivatePostgres postgres;
    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        for (Path m : mounts) {
            new ProcessBuilder("umount", "-l", m.toString()).inheritIO().start().waitFor();
        }
    }

    private CourrierService start(Map<String, String> extra, ToLongFunction<Path> space) throws Exception {
        return start(extra, TestService::textIntake, space, Clock.systemUTC());
    }

    private CourrierService start(
            Map<String, String> extra,
            UnaryOperator<LetterPipeline.Builder> parts,
            ToLongFunction<Path> space,
            Clock clock)
            throws Exception {
        service = CourrierService.start(properties(extra), parts, space, clock);
        return service;
    }

    private Properties properties(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("courrier.http.port", "0"));
        settings.putAll(extra);
        return TestService.properties(root, settings);
    }

    /** Mounts the file system at {@code mount} again, read-only ({@code ro}) or writable ({@code rw}). */
    private static void remount(Path mount, String mode) throws Exception {
        Process p = new ProcessBuilder("mount", "-o", "remount," + mode, mount.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("remount " + mode + ": " + out).isZero();
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

    @Test
    void anOutboxRemountedReadOnlyPausesPickupSendsNoLetterToFailedAndResumesWhenWritable() throws Exception {
        Path outbox = smallFileSystem("outbox-fs", 8);
        Path inbox = root.resolve("inbox");
        GatedIntake gated = new GatedIntake();
        start(
                Map.of("courrier.outbox", outbox.toString(), "courrier.disk.min-free-mb", "0"),
                parts -> parts.withIntake(gated),
                DiskSpace::usableSpace,
                Clock.systemUTC());
        List<Path> letters = new ArrayList<>(Letters.write(inbox, 2));
        await("first letters done", () -> count(root.resolve("data/done")) == 2);
        letters.add(Files.writeString(
                inbox.resolve("held.txt"), "A letter in flight as the outbox turns read-only\nGATE\n"));
        await("a letter in flight", () -> gated.held() == 1);

        // root writes through permissions, not through a read-only mount
        remount(outbox, "ro");
        for (int n = 3; n <= 4; n++) {
            letters.add(Files.writeString(inbox.resolve(String.format("letter-%02d.txt", n)), Letters.letter(n)));
        }
        gated.open();
        await("pickup paused", () -> service.telemetry().pausedReason() != null);
        assertThat(health())
                .startsWith("503")
                .contains("FOLDER_UNWRITABLE")
                .contains("courrier.outbox")
                .contains("Read-only file system");
        await(
                "no letter in flight",
                () -> service.context().getInflightRepository().size() == 0);
        Thread.sleep(1000); // polls while paused take nothing
        assertThat(files(inbox))
                .as("the letter in flight went back; the later ones wait")
                .hasSize(3);
        assertThat(files(root.resolve("data/failed"))).as("nothing failed").isEmpty();
        assertThat(files(root.resolve("data/done"))).hasSize(2);
        assertThat(ValidRecords.in(outbox)).hasSize(2);

        remount(outbox, "rw");
        await("all letters done", () -> count(root.resolve("data/done")) == 5);
        await("pickup resumed", () -> service.telemetry().pausedReason() == null);
        assertThat(health()).startsWith("200");
        assertEachLetterOnce(letters, outbox);
    }

    @Test
    void postgresqlKilledMidBatchPausesPickupAndEveryLetterEndsOnceWhenItIsBack() throws Exception {
        postgres = PrivatePostgres.start();
        Path inbox = root.resolve("inbox");
        GatedIntake gated = new GatedIntake();
        start(
                Map.of("courrier.state.url", postgres.url(), "courrier.state.user", "postgres"),
                parts -> parts.withIntake(gated),
                DiskSpace::usableSpace,
                Clock.systemUTC());
        List<Path> letters = new ArrayList<>(Letters.write(inbox, 6));
        letters.add(Files.writeString(inbox.resolve("held.txt"), "A letter in flight as the database dies\nGATE\n"));
        await("a letter in flight", () -> gated.held() == 1);
        await("some letters done", () -> count(root.resolve("data/done")) >= 2);

        postgres.kill();
        for (int n = 7; n <= 9; n++) {
            letters.add(Files.writeString(inbox.resolve(String.format("letter-%02d.txt", n)), Letters.letter(n)));
        }
        gated.open();
        await("pickup paused", () -> service.telemetry().pausedReason() != null);
        assertThat(health())
                .startsWith("503")
                .contains("STATE_DATABASE_UNREACHABLE")
                .contains("courrier.state.url");
        await(
                "no letter in flight",
                () -> service.context().getInflightRepository().size() == 0);
        Thread.sleep(1000);
        assertThat(files(root.resolve("data/failed")))
                .as("an outage is not the letters' fault")
                .isEmpty();
        assertThat(ValidRecords.in(root.resolve("outbox"))).hasSameSizeAs(files(root.resolve("data/done")));
        assertThat(files(inbox).size() + count(root.resolve("data/done"))).isEqualTo(letters.size());

        postgres.up();
        await("all letters done", () -> count(root.resolve("data/done")) == letters.size());
        await("pickup resumed", () -> service.telemetry().pausedReason() == null);
        assertThat(health()).startsWith("200");
        assertEachLetterOnce(letters, root.resolve("outbox"));
    }

    /** A copy of the installed language data in the test's folder, which the test may damage. */
    private Path tessdataCopy() throws IOException {
        Path installed = org.courrier.extract.pipeline.CourrierSettings.from(properties(Map.of()))
                .ocr()
                .tessdata();
        Path copy = Files.createDirectories(root.resolve("tessdata"));
        for (String language : List.of("fra", "eng", "osd")) {
            Path file = installed.resolve(language + ".traineddata");
            Assumptions.assumeTrue(Files.isReadable(file), "no Tesseract language data " + file);
            Files.copy(file, copy.resolve(file.getFileName()));
        }
        return copy;
    }

    /** Cuts a language file to its first 100 kB, as an interrupted copy or a full disk leaves it. */
    private static void truncate(Path traineddata) throws IOException {
        byte[] whole = Files.readAllBytes(traineddata);
        Files.write(traineddata, java.util.Arrays.copyOf(whole, 100_000));
    }

    @Test
    void damagedLanguageDataStopsTheStartWithExit2NamingTheSettingAndTheFile() throws Exception {
        Path tessdata = tessdataCopy();
        truncate(tessdata.resolve("fra.traineddata"));
        List<Path> letters = Letters.write(root.resolve("inbox"), 2);

        assertThatThrownBy(() -> start(
                        Map.of("courrier.ocr.tessdata", tessdata.toString()),
                        TestService::textIntake,
                        DiskSpace::usableSpace,
                        Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("courrier.ocr.tessdata")
                .hasMessageContaining(tessdata.resolve("fra.traineddata").toString())
                .hasMessageContaining("100000 bytes");
        service = null;

        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = org.courrier.routes.cli.CourrierCommand.commandLine(
                        Map.of(), new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true))
                .execute(
                        "run",
                        "--inbox",
                        root.resolve("inbox").toString(),
                        "--outbox",
                        root.resolve("outbox").toString(),
                        "--data",
                        root.resolve("data").toString(),
                        "--set",
                        "courrier.http.port=-1",
                        "--set",
                        "courrier.ocr.tessdata=" + tessdata);
        assertThat(status).as(err.toString()).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("courrier: configuration: ")
                .contains("fra.traineddata")
                .contains("courrier.ocr.tessdata");
        assertThat(files(root.resolve("inbox"))).as("no letter taken").isEqualTo(letters);
        assertThat(files(root.resolve("outbox"))).isEmpty();
        assertThat(files(root.resolve("data/done"))).isEmpty();
        assertThat(files(root.resolve("data/failed"))).isEmpty();
    }

    @Test
    void languageDataDamagedWhileRunningStopsPickupAndTheLetterIsReplayedOnceFixed() throws Exception {
        Path tessdata = tessdataCopy();
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Map<String, String> settings = Map.of("courrier.ocr.tessdata", tessdata.toString(), "courrier.workers", "1");
        start(settings, UnaryOperator.identity(), DiskSpace::usableSpace, Clock.systemUTC());
        PdfLetter.write(inbox.resolve("typed-1.pdf"), typedLetter(1));
        await("the born-digital letter done", () -> count(root.resolve("data/done")) == 1);

        Path fra = tessdata.resolve("fra.traineddata");
        byte[] sound = Files.readAllBytes(fra);
        truncate(fra);
        Path scans = Files.createDirectories(root.resolve("scans"));
        Path scan = org.courrier.fixtures.LetterCorpus.generate(
                        2, 1, java.util.EnumSet.of(org.courrier.fixtures.Rendering.PNG), scans)
                .get(0)
                .file();
        Files.copy(scan, inbox.resolve("scan.png"));
        await("the scanned letter failed", () -> count(root.resolve("data/failed")) == 2);
        Path failed = Archived.named(root.resolve("data/failed"), "scan.png");
        com.fasterxml.jackson.databind.JsonNode error = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Archived.errorFile(failed).toFile());
        assertThat(error.get("code").asText()).isEqualTo("ENVIRONMENT");
        assertThat(error.get("action").asText()).isEqualTo("STOP");
        assertThat(error.get("message").asText()).contains(fra.toString()).contains("courrier.ocr.tessdata");
        assertThat(health()).startsWith("503").contains("ENVIRONMENT").contains("fra.traineddata");

        PdfLetter.write(inbox.resolve("typed-2.pdf"), typedLetter(2));
        Thread.sleep(1000);
        assertThat(files(inbox)).as("pickup stopped: later letters wait").hasSize(1);
        assertThat(ValidRecords.in(root.resolve("outbox"))).hasSize(1);

        // fixed: restart, replay the failed letter
        Files.write(fra, sound);
        service.close();
        start(settings, UnaryOperator.identity(), DiskSpace::usableSpace, Clock.systemUTC());
        java.io.StringWriter err = new java.io.StringWriter();
        int replayed = org.courrier.routes.cli.CourrierCommand.commandLine(
                        Map.of(), new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err))
                .execute(
                        "replay",
                        "--inbox",
                        inbox.toString(),
                        "--data",
                        root.resolve("data").toString());
        assertThat(replayed).as(err.toString()).isZero();
        await("every letter done", () -> count(root.resolve("data/done")) == 3);
        assertThat(files(inbox)).isEmpty();
        assertThat(files(root.resolve("data/failed"))).isEmpty();
        List<Path> records = ValidRecords.in(root.resolve("outbox"));
        assertThat(records).hasSize(3);
        for (String name : List.of("typed-1.", "typed-2.", "scan.")) {
            assertThat(records)
                    .filteredOn(r -> r.getFileName().toString().startsWith(name))
                    .as(name)
                    .hasSize(1);
        }
    }

    private static List<String> typedLetter(int n) {
        return List.of(
                "Agence des Essais",
                "12 rue de l'Exemple, 75000 Paris",
                "Paris, le " + n + " mars 2026",
                "Objet : lettre tapée numéro " + n,
                "Madame, Monsieur,",
                "Cette lettre née numérique porte son texte dans le PDF lui-même.",
                "Veuillez agréer nos salutations distinguées.");
    }

    /** A wall clock the test sets back or forward; time itself passes as usual. */
    private static final class JumpingClock extends Clock {
        private final java.util.concurrent.atomic.AtomicReference<java.time.Duration> offset =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Duration.ZERO);

        void jump(java.time.Duration by) {
            offset.updateAndGet(o -> o.plus(by));
        }

        @Override
        public java.time.Instant instant() {
            return Clock.systemUTC().instant().plus(offset.get());
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void futureModificationTimesAndAJumpingClockNeitherHoldNorDoubleALetter() throws Exception {
        JumpingClock clock = new JumpingClock();
        start(
                Map.of(
                        "courrier.pickup.stable-for", "PT0.3S",
                        "courrier.pickup.min-age", "PT0.5S",
                        "courrier.retry.delay", "PT0.2S"),
                TestService::textIntake,
                DiskSpace::usableSpace,
                clock);
        Path inbox = root.resolve("inbox");
        // the service's clock is set back an hour: every new file's modification time lies ahead of it
        clock.jump(java.time.Duration.ofHours(-1));
        List<Path> letters = new ArrayList<>(Letters.write(inbox, 6));
        // three written by a machine whose clock runs a day ahead
        for (Path ahead : letters.subList(0, 3)) {
            Files.setLastModifiedTime(
                    ahead,
                    java.nio.file.attribute.FileTime.from(
                            java.time.Instant.now().plus(java.time.Duration.ofDays(1))));
        }
        // read only on its third attempt: its retries run while the clock jumps
        letters.add(Files.writeString(inbox.resolve("flaky.txt"), "Une lettre lue au troisième essai\nFLAKY: 2\n"));
        long t0 = System.nanoTime();
        await("a first letter done", () -> count(root.resolve("data/done")) >= 1);
        clock.jump(java.time.Duration.ofHours(3)); // and now two hours ahead
        await("all letters done", () -> count(root.resolve("data/done")) == letters.size());
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0))
                .as("taken in bounded time, not when the clock catches up")
                .isLessThan(20);
        Thread.sleep(1000); // a doubled letter would show now
        assertEachLetterOnce(letters, root.resolve("outbox"));
    }
}
