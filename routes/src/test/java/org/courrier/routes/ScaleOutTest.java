package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.courrier.fixtures.GeneratedLetter;
import org.courrier.fixtures.LetterCorpus;
import org.courrier.fixtures.Rendering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out roles as they run in production: a real Artemis broker (embedded in this JVM), the local PostgreSQL
 * server (a database made for each test and dropped after it), one intake and two workers each in its own JVM. Each
 * test asserts where every file ended and that the outbox holds exactly one record per letter.
 */
class ScaleOutTest {

    /** What a worker logs (at debug level) when it starts on a page. */
    private static final String READING = "worker - reading page ";

    private static final String ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres";

    @TempDir
    Path root;

    private final List<Child> started = new ArrayList<>();
    private EmbeddedBroker broker;
    private String database;

    /** A running role and its output lines so far. */
    private record Child(String name, Process process, List<String> lines) {

        /** Waits until a line contains {@code text}; fails when the process ends first or the time is up. */
        String await(String text, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                for (String line : lines) {
                    if (line.contains(text)) {
                        return line;
                    }
                }
                assertThat(process.isAlive())
                        .as(name + " ended before saying '" + text + "'")
                        .isTrue();
                Thread.sleep(50);
            }
            throw new AssertionError(name + " did not say '" + text + "' within " + seconds + " s");
        }

        List<String> saying(String text) {
            return lines.stream().filter(l -> l.contains(text)).toList();
        }
    }

    @BeforeEach
    void brokerAndDatabase() throws Exception {
        String name = "courrier_scale_"
                + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(ADMIN, "postgres", "");
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            Assumptions.abort(
                    "no PostgreSQL server on 127.0.0.1:5432 (trust authentication, user postgres): " + e.getMessage());
        }
        database = name;
        broker = EmbeddedBroker.start("tcp://127.0.0.1:" + freePort(), root.resolve("broker"), 3, 200);
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (Child c : started) {
            c.process().destroyForcibly();
            c.process().waitFor(30, TimeUnit.SECONDS);
        }
        if (broker != null) {
            broker.close();
        }
        if (database != null) {
            try (Connection c = DriverManager.getConnection(ADMIN, "postgres", "");
                    java.sql.Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Child start(String name, String role, String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ScaleOutProcess.class.getName(),
                role,
                root.toString(),
                "courrier.broker.url=" + broker.url(),
                "courrier.state.url=jdbc:postgresql://127.0.0.1:5432/" + database,
                "courrier.state.user=postgres",
                "courrier.workers=1"));
        command.addAll(List.of(settings));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            lines.add(line);
                            System.err.println("  " + name + "| " + line);
                        }
                    } catch (IOException e) {
                        // the process died
                    }
                },
                name + "-output");
        reader.setDaemon(true);
        reader.start();
        Child child = new Child(name, process, lines);
        started.add(child);
        return child;
    }

    /** An intake with these settings and one worker, both started, then the letters dropped in the inbox. */
    private Child[] intakeAndWorkerGiven(List<GeneratedLetter> letters, String... intakeSettings) throws Exception {
        Child intake = start("intake", "intake", intakeSettings);
        Child worker = start("worker-1", "worker");
        intake.await("scale-out intake started", 120);
        worker.await("scale-out worker started", 120);
        drop(letters);
        return new Child[] {intake, worker};
    }

    /** Letters made once for the class: two-page image-only PDFs (every page OCR'd) and born-digital PDFs. */
    private static List<GeneratedLetter> scannedMade;

    private static List<GeneratedLetter> bornMade;

    @BeforeAll
    static void makeLetters(@TempDir Path made) throws IOException {
        scannedMade = LetterCorpus.generate(41, 24, Set.of(Rendering.IMAGE_PDF), made).stream()
                .limit(3)
                .toList();
        assertThat(scannedMade).as("two-page scanned letters made").hasSize(3);
        bornMade = LetterCorpus.generate(97, 3, Set.of(Rendering.PDF), made.resolve("born"));
    }

    /** {@code scanned} two-page scanned letters and {@code born} text PDFs. */
    private static List<GeneratedLetter> letters(int scanned, int born) {
        List<GeneratedLetter> out = new ArrayList<>(scannedMade.subList(0, scanned));
        out.addAll(bornMade.subList(0, born));
        return out;
    }

    private void drop(List<GeneratedLetter> letters) throws IOException {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        for (GeneratedLetter l : letters) {
            Path staged = inbox.resolve(".part-" + l.file().getFileName());
            Files.copy(l.file(), staged);
            Files.move(staged, inbox.resolve(l.file().getFileName()));
        }
    }

    private List<Path> files(String folder) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(ServiceLocks.LOCK_FILE))
                    .sorted()
                    .toList();
        }
    }

    private void awaitArchived(int letters, int seconds, Child... alive) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (files("data/done").size() + files("data/failed").size() / 2 < letters) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not every letter archived within " + seconds + " s: done "
                        + files("data/done") + ", failed " + files("data/failed") + ", pending "
                        + files("data/pending") + "; page jobs queued " + broker.depth(BrokerSettings.PAGES)
                        + ", results queued " + broker.depth(BrokerSettings.RESULTS) + ", dead pages "
                        + broker.depth(BrokerSettings.DEAD_PAGES));
            }
            for (Child c : alive) {
                assertThat(c.process().isAlive()).as(c.name() + " alive").isTrue();
            }
            Thread.sleep(200);
        }
        Thread.sleep(500); // anything doubled would show now
    }

    /** Exactly one record per letter, with every page; every source in done/, nothing anywhere else. */
    private void assertOneRecordPerLetter(List<GeneratedLetter> letters) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Long> recordsPerLetter = files("outbox").stream()
                .map(f -> f.getFileName().toString())
                .map(n -> n.substring(0, n.lastIndexOf('.', n.length() - ".json".length() - 1)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, GeneratedLetter> byName = letters.stream()
                .collect(Collectors.toMap(
                        l -> {
                            String n = l.file().getFileName().toString();
                            return n.substring(0, n.lastIndexOf('.'));
                        },
                        Function.identity()));
        assertThat(recordsPerLetter).containsOnlyKeys(byName.keySet());
        assertThat(recordsPerLetter)
                .allSatisfy((letter, n) -> assertThat(n).as(letter).isEqualTo(1));
        for (Path record : files("outbox")) {
            JsonNode r = json.readTree(record.toFile());
            String n = record.getFileName().toString();
            GeneratedLetter letter = byName.get(n.substring(0, n.lastIndexOf('.', n.length() - ".json".length() - 1)));
            assertThat(r.at("/ocr/pages").size()).as(n).isEqualTo(letter.truth().pageCount());
            assertThat(Path.of(r.at("/source/archivedAs").asText())).as(n).exists();
        }
        assertThat(files("data/done")).hasSize(letters.size());
        assertThat(files("inbox")).isEmpty();
        assertThat(files("data/pending")).isEmpty();
        assertThat(files("data/failed")).isEmpty();
        assertThat(files("data/duplicates")).isEmpty();
        assertThat(broker.depth(BrokerSettings.PAGES)).as("page jobs left").isZero();
        assertThat(broker.depth(BrokerSettings.DEAD_PAGES))
                .as("dead-lettered pages")
                .isZero();
    }

    @Test
    void anIntakeAndTwoWorkersTurnEachLetterIntoOneRecord() throws Exception {
        List<GeneratedLetter> letters = letters(3, 2);
        Child intake = start("intake", "intake", "courrier.http.port=0");
        Child one = start("worker-1", "worker");
        Child two = start("worker-2", "worker");
        intake.await("scale-out intake started", 120);
        one.await("scale-out worker started", 120);
        two.await("scale-out worker started", 120);

        drop(letters);
        awaitArchived(letters.size(), 150, intake, one, two);

        assertOneRecordPerLetter(letters);
        try (Connection c =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM courrier_page_assembly), "
                        + "(SELECT COUNT(*) FROM courrier_page_assembly_completed)")) {
            rs.next();
            assertThat(rs.getInt(1)).as("letters still being gathered").isZero();
            assertThat(rs.getInt(2)).as("completed letters left to recover").isZero();
        }
        assertThat(intake.saying(" ERROR ")).as("errors the intake logged").isEmpty();
        int pages = letters.stream().mapToInt(l -> l.truth().pageCount()).sum();
        int readByOne = one.saying(" read in ").size();
        int readByTwo = two.saying(" read in ").size();
        assertThat(readByOne + readByTwo).as("pages read, each once").isEqualTo(pages);
        assertThat(readByOne).as("worker 1 read pages").isPositive();
        assertThat(readByTwo).as("worker 2 read pages").isPositive();

        String watching = intake.await("HTTP on 127.0.0.1:", 1);
        int port = Integer.parseInt(
                watching.substring(watching.lastIndexOf(':') + 1).trim());
        var health = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + port + "/health"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(new ObjectMapper().readTree(health.body()).get("workers").asInt())
                .as("workers seen in the last minute, on /health: " + health.body())
                .isEqualTo(2);
    }

    @Test
    void aPageThatKillsEveryWorkerIsDeadLetteredAndItsLetterFailsNamingIt() throws Exception {
        List<GeneratedLetter> letters = letters(1, 0);
        Child intake = start("intake", "intake");
        intake.await("scale-out intake started", 120);
        drop(letters);
        // each worker dies as it starts page 2; a supervisor (here, the test) starts another
        int deaths = 0;
        while (files("data/failed").size() < 2) {
            assertThat(deaths)
                    .as("worker deaths before the page is dead-lettered")
                    .isLessThanOrEqualTo(3);
            Child worker = start("worker-" + (deaths + 1), "worker", "halt-on-page=2");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (worker.process().isAlive() && files("data/failed").size() < 2) {
                assertThat(System.nanoTime())
                        .as("worker dies or the letter fails")
                        .isLessThan(deadline);
                Thread.sleep(100);
            }
            if (!worker.process().isAlive()) {
                assertThat(worker.process().exitValue()).isEqualTo(137);
                deaths++;
            }
        }
        assertThat(deaths).as("deliveries of the poison page").isEqualTo(3);
        Path failed = Archived.named(
                root.resolve("data/failed"), letters.get(0).file().getFileName().toString());
        JsonNode error = new ObjectMapper().readTree(Archived.errorFile(failed).toFile());
        assertThat(error.get("code").asText()).isEqualTo("OCR_FAILED");
        assertThat(error.get("page").asInt()).isEqualTo(2);
        assertThat(error.get("message").asText())
                .contains("page 2 of " + letters.get(0).file().getFileName());
        assertThat(files("outbox")).isEmpty();
        assertThat(files("data/pending")).isEmpty();
        assertThat(files("inbox")).isEmpty();
        assertThat(broker.depth(BrokerSettings.PAGES)).isZero();
    }

    @Test
    void theBrokerRestartedWhileLettersAreInFlightLosesAndDoublesNothing() throws Exception {
        List<GeneratedLetter> letters = letters(2, 1);
        // the restarted broker may come back without the job a worker held (seen in about a third of the runs):
        // the intake sends a page that went missing again after the page timeout
        Child[] roles = intakeAndWorkerGiven(letters, "courrier.broker.page-timeout=PT20S");
        Child intake = roles[0];
        Child worker = roles[1];
        while (intake.saying("page job(s) sent").size() < letters.size()) {
            assertThat(intake.process().isAlive()).isTrue();
            Thread.sleep(20);
        }
        worker.await(" read in ", 120);
        String url = broker.url();
        broker.close(); // jobs and results in flight: in its journal, or in an open transaction that is undone
        Thread.sleep(2000);
        broker = EmbeddedBroker.start(url, root.resolve("broker"), 3, 200);

        awaitArchived(letters.size(), 150, intake, worker);
        assertOneRecordPerLetter(letters);
    }

    @Test
    void aPageJobTheBrokerLostIsSentAgainAfterThePageTimeout() throws Exception {
        List<GeneratedLetter> letters = letters(1, 1);
        Child[] roles = intakeAndWorkerGiven(letters, "courrier.broker.page-timeout=PT15S");
        Child intake = roles[0];
        Child worker = roles[1];
        // a consumer takes page 2 of the scanned letter (the worker has one page at a time) and goes away without a
        // result: for the intake, a lost job
        try (jakarta.jms.Connection c = new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(
                                broker.url())
                        .createConnection();
                jakarta.jms.Session s = c.createSession(false, jakarta.jms.Session.AUTO_ACKNOWLEDGE)) {
            c.start();
            jakarta.jms.Message taken = s.createConsumer(s.createQueue(BrokerSettings.PAGES), PageJobs.PAGE + " = 2")
                    .receive(60_000);
            assertThat(taken).as("page 2's job").isNotNull();
        }
        awaitArchived(letters.size(), 150, intake, worker);
        assertOneRecordPerLetter(letters);
        String scanned = letters.get(0).file().getFileName().toString();
        assertThat(intake.saying("sent again"))
                .as("the lost page, and only it, sent again")
                .isNotEmpty()
                .allSatisfy(line ->
                        assertThat(line).contains("letter " + scanned + ":").endsWith("page(s) [2] sent again"));
        assertThat(worker.saying("page 2 of " + scanned + " read in")).hasSize(1);
    }

    @Test
    void pageBytesThroughASharedFolderMakeOneRecordPerLetterAndLeaveTheFolderEmpty() throws Exception {
        List<GeneratedLetter> letters = letters(1, 2);
        String folder = "courrier.broker.shared-folder=" + root.resolve("shared");
        Child intake = start("intake", "intake", folder);
        intake.await("scale-out intake started", 120); // the intake makes the folder; a worker needs it there
        Child worker = start("worker-1", "worker", folder);
        worker.await("letters from the shared folder " + root.resolve("shared"), 120);
        drop(letters);
        awaitArchived(letters.size(), 150, intake, worker);

        assertOneRecordPerLetter(letters);
        assertThat(files("shared")).as("copies left in the shared folder").isEmpty();
        int pages = letters.stream().mapToInt(l -> l.truth().pageCount()).sum();
        assertThat(worker.saying(" read in ")).as("pages read, each once").hasSize(pages);

        // a job whose letter has left the folder (it ended) is consumed without an answer
        String id = "ab".repeat(32);
        try (jakarta.jms.Connection c = new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(
                                broker.url())
                        .createConnection();
                jakarta.jms.Session s = c.createSession(false, jakarta.jms.Session.AUTO_ACKNOWLEDGE)) {
            jakarta.jms.BytesMessage job = s.createBytesMessage();
            job.setStringProperty(PageJobs.LETTER, id);
            job.setStringProperty(PageJobs.SHARED, SharedLetters.nameOf(id));
            job.setStringProperty(PageJobs.FILE, "ended.pdf");
            job.setIntProperty(PageJobs.PAGE, 1);
            job.setIntProperty(PageJobs.PAGES, 1);
            s.createProducer(s.createQueue(BrokerSettings.PAGES)).send(job);
        }
        worker.await("page 1 of ended.pdf: the letter is no longer in the shared folder", 60);
        Thread.sleep(1000);
        assertThat(broker.depth(BrokerSettings.PAGES)).as("page jobs left").isZero();
        assertThat(broker.depth(BrokerSettings.DEAD_PAGES))
                .as("dead-lettered pages")
                .isZero();
        assertThat(files("data/failed"))
                .as("nothing failed for the dropped job")
                .isEmpty();
        assertThat(files("outbox")).hasSize(letters.size());
    }

    @Test
    void anIntakeKilledMidLetterCompletesItOnceWhenStartedAgain() throws Exception {
        List<GeneratedLetter> letters = letters(2, 0);
        Child intake = start("intake-1", "intake");
        Child worker = start("worker-1", "worker");
        intake.await("scale-out intake started", 120);
        worker.await("scale-out worker started", 120);
        drop(letters);
        // every letter split, one page read, no record out yet: the intake dies between pages
        while (intake.saying("page job(s) sent").size() < letters.size()) {
            assertThat(intake.process().isAlive()).isTrue();
            Thread.sleep(20);
        }
        worker.await(" read in ", 120);
        intake.process().destroyForcibly();
        assertThat(intake.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(intake.saying("page(s) from the workers"))
                .as("no record before the kill")
                .isEmpty();
        assertThat(files("data/pending")).as("letters waiting for their pages").hasSize(letters.size());

        Child again = start("intake-2", "intake");
        awaitArchived(letters.size(), 150, again, worker);
        assertOneRecordPerLetter(letters);
        int pages = letters.stream().mapToInt(l -> l.truth().pageCount()).sum();
        assertThat(worker.saying(" read in "))
                .as("each page read once, across the restart")
                .hasSize(pages);
    }

    @Test
    void aWorkerKilledMidPageLeavesThatPageToTheOtherWorker() throws Exception {
        List<GeneratedLetter> letters = letters(2, 0);
        Child intake = start("intake", "intake");
        Child doomed = start("worker-1", "worker");
        intake.await("scale-out intake started", 120);
        doomed.await("scale-out worker started", 120);

        drop(letters);
        // the first page done, the worker takes the next job at once: killed while reading it
        doomed.await(" read in ", 120);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (doomed.saying(READING).size() < 2) {
            assertThat(System.nanoTime()).as("the worker takes its second page").isLessThan(deadline);
            Thread.sleep(20);
        }
        String held = doomed.saying(READING).get(1);
        doomed.process().destroyForcibly(); // SIGKILL
        assertThat(doomed.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(doomed.process().exitValue()).isEqualTo(137);
        String page = held.substring(held.indexOf(READING) + READING.length());
        assertThat(doomed.saying(page.replaceFirst("^(\\d+) of ", "page $1 of ") + " read in"))
                .as("the killed worker did not finish " + page)
                .isEmpty();

        Child other = start("worker-2", "worker");
        awaitArchived(letters.size(), 150, intake, other);

        assertOneRecordPerLetter(letters);
        assertThat(other.saying(page.replaceFirst("^(\\d+) of ", "page $1 of ") + " read in"))
                .as("the page the killed worker held, read by the other")
                .hasSize(1);
    }
}
