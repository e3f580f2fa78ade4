package org.courrier.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.courrier.ingest.ContentHash;
import org.courrier.routes.store.RecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./courrier bench review}: the review API's answer times with many letters in the store. Fills a fresh state
 * database (H2 under a temporary folder, or a database of its own made on the PostgreSQL server given and dropped
 * afterwards) with synthetic records, a few of them with a real PDF archived under done, starts the service on it,
 * signs in as a clerk as the review screen does, and times, through HTTP: the queue page, a filtered queue, the
 * letter view, and page images the first time and cached. It prints the machine's load average before and after:
 * on a shared machine the numbers are only as good as the quiet around them.
 */
@Command(name = "review", header = "Review API: queue page, letter view and page images with N letters in the store.")
public final class ReviewBench implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SENDERS = {
        "Ministère de la Culture", "Ambassade de Suède", "Université de Lyon", "Ministry of Health",
        "Direction générale des Finances", "Embassy of Canada", "Préfecture du Rhône", "World Food Programme"
    };

    @Option(names = "--letters", defaultValue = "10000", description = "letters in the store (default 10000)")
    int letters;

    @Option(names = "--runs", defaultValue = "50", description = "requests timed per measure (default 50)")
    int runs;

    @Option(
            names = {"--state", "--state-url"},
            defaultValue = "",
            description = {
                "a PostgreSQL server (jdbc:postgresql://HOST:PORT/DB, DB any database the user may connect to): the "
                        + "bench makes a database of its own there and drops it at the end; blank: embedded H2"
            })
    String stateUrl;

    @Option(
            names = "--state-user",
            defaultValue = "",
            description = "the PostgreSQL user (one that may create databases)")
    String stateUser;

    @Option(names = "--state-password", defaultValue = "", description = "its password")
    String statePassword;

    private static final String USER = "bench";
    private static final String PASSWORD = "the bench's own password";

    @Override
    public Integer call() throws Exception {
        Path root = Files.createTempDirectory("courrier-bench-review");
        BenchDatabase database = stateUrl.isBlank() ? null : BenchDatabase.create(stateUrl, stateUser, statePassword);
        try {
            return run(root, database);
        } finally {
            if (database != null) {
                database.drop();
            }
            deleteTree(root);
        }
    }

    private int run(Path root, BenchDatabase database) throws Exception {
        System.out.println("load average before: " + loadAverage());
        Map<String, String> flags = new HashMap<>();
        flags.put("courrier.inbox", root.resolve("inbox").toString());
        flags.put("courrier.outbox", root.resolve("outbox").toString());
        flags.put("courrier.data", root.resolve("data").toString());
        flags.put("courrier.http.port", "0");
        // H2 without WRITE_DELAY=0: filling commits one record at a time, and the bench needs no crash safety
        flags.put(
                "courrier.state.url",
                database == null ? "jdbc:h2:file:" + root.resolve("data/state/courrier") : database.url());
        flags.put("courrier.state.user", stateUser);
        flags.put("courrier.state.password", statePassword);
        java.util.Properties props = ConfigLayers.merge(null, Map.of(), flags);
        ServiceSettings settings = ServiceSettings.from(props);
        Files.createDirectories(settings.done());
        List<String> ids = new ArrayList<>();
        List<String> withPages = new ArrayList<>();
        long t0 = System.nanoTime();
        try (StateStore state = new StateStore(settings.stateUrl(), settings.stateUser(), settings.statePassword())) {
            state.open();
            RecordStore store = new RecordStore(state.dataSource(), Clock.systemUTC());
            Random random = new Random(42);
            Instant start = Instant.parse("2026-01-01T08:00:00Z");
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < letters; i++) {
                String archived = null;
                String id;
                if (i % (Math.max(1, letters / 5)) == 0) {
                    Path pdf = pdf(settings.done(), i);
                    id = ContentHash.sha256(pdf);
                    Path named = pdf.resolveSibling("letter-" + i + "." + id.substring(0, 8) + ".pdf");
                    Files.move(pdf, named);
                    archived = named.toString();
                    withPages.add(id);
                } else {
                    id = String.format(Locale.ROOT, "%064x", new java.math.BigInteger(1, sha(i)));
                }
                rows.add(new String[] {
                    record(id, i, random, archived), start.plusSeconds(60L * i).toString()
                });
                ids.add(id);
            }
            java.util.concurrent.ExecutorService fill = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<?>> saved = new ArrayList<>();
            for (String[] row : rows) {
                saved.add(fill.submit(() -> store.save(row[0], Instant.parse(row[1]))));
            }
            for (var f : saved) {
                f.get();
            }
            fill.shutdown();
            new org.courrier.routes.security.Users(
                            new org.courrier.routes.store.UserStore(state.dataSource(), Clock.systemUTC()),
                            new org.courrier.routes.security.PasswordHasher())
                    .add(USER, org.courrier.routes.security.Role.CLERK, PASSWORD.toCharArray());
        }
        double fillSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "store: %d letters filled in %.1f s (%s)%n",
                letters,
                fillSeconds,
                database == null ? "H2" : "PostgreSQL, database " + database.url());
        try (CourrierService service = CourrierService.start(props)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + service.statusPort();
            cookie = signIn(http, base);
            Random random = new Random(7);
            System.out.println("| request | median ms | p95 ms | max ms |");
            System.out.println("| --- | --- | --- | --- |");
            report("queue page (50, doubtful first)", time(http, base, runs, r -> "/api/letters?limit=50"));
            report(
                    "queue page 100 of " + letters / 50,
                    time(http, base, runs, r -> "/api/letters?limit=50&offset=" + Math.min(letters - 1, 4950)));
            report("queue filtered by sender", time(http, base, runs, r -> "/api/letters?sender=su%C3%A8de"));
            report("queue, free text", time(http, base, runs, r -> "/api/letters?q=zebre"));
            report("letter view", time(http, base, runs, r -> "/api/letters/" + ids.get(random.nextInt(ids.size()))));
            List<String> firsts = new ArrayList<>();
            for (String id : withPages) {
                firsts.add("/api/letters/" + id + "/pages/1");
            }
            int[] next = {0};
            report("page image, first time", time(http, base, firsts.size(), r -> firsts.get(next[0]++)));
            report("page image, cached", time(http, base, runs, r -> firsts.get(r % firsts.size())));
        }
        System.out.println("load average after: " + loadAverage());
        return 0;
    }

    /** The session cookie the requests carry, as the review screen's. */
    private String cookie;

    private static String signIn(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                                .put("name", USER)
                                .put("password", PASSWORD)
                                .toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("signing in answered " + r.statusCode() + ": " + r.body());
        }
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** The 1, 5 and 15 minute load averages and the number of cores, from /proc/loadavg when there is one. */
    static String loadAverage() {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2] + " (" + cores + " cores)";
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown (" + cores + " cores)";
        }
    }

    private static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            all.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("courrier bench review: could not remove " + root + ": " + e.getMessage());
        }
    }

    /** A database of the bench's own on a PostgreSQL server: made before the bench, dropped after it. */
    private record BenchDatabase(String serverUrl, String user, String password, String name) {

        static BenchDatabase create(String url, String user, String password) throws java.sql.SQLException {
            if (!url.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("--state must be a jdbc:postgresql:// URL: " + url);
            }
            String name = "courrier_bench_"
                    + java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(6));
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password);
                    java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return new BenchDatabase(url, user, password, name);
        }

        /** The URL of the bench's database: the server's, with the database name replaced. */
        String url() {
            int hostStart = "jdbc:postgresql://".length();
            int slash = serverUrl.indexOf('/', hostStart);
            int query = serverUrl.indexOf('?', hostStart);
            String server = serverUrl.substring(0, slash < 0 ? (query < 0 ? serverUrl.length() : query) : slash);
            return server + "/" + name + (query < 0 ? "" : serverUrl.substring(query));
        }

        void drop() {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(serverUrl, user, password);
                    java.sql.Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (java.sql.SQLException e) {
                System.err.println("courrier bench review: could not drop database " + name + ": " + e.getMessage());
            }
        }
    }

    @FunctionalInterface
    private interface Path4 {
        String path(int run);
    }

    private long[] time(HttpClient http, String base, int runs, Path4 path) throws Exception {
        long[] ms = new long[runs];
        for (int r = 0; r < runs; r++) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + path.path(r)))
                    .timeout(Duration.ofSeconds(60))
                    .header("Cookie", cookie)
                    .build();
            long t = System.nanoTime();
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            ms[r] = (System.nanoTime() - t) / 1_000_000;
            if (res.statusCode() != 200) {
                throw new IllegalStateException(req.uri() + " answered " + res.statusCode() + ": "
                        + new String(res.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return ms;
    }

    private static void report(String what, long[] ms) {
        long[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %d | %d |%n",
                what,
                s[s.length / 2],
                s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)],
                s[s.length - 1]);
    }

    private static byte[] sha(int i) throws Exception {
        return java.security.MessageDigest.getInstance("SHA-256")
                .digest(("bench letter " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String record(String id, int i, Random random, String archived) {
        ObjectNode r = JSON.createObjectNode();
        String sender = SENDERS[i % SENDERS.length];
        String subject = "Objet numéro " + i + (i % 97 == 0 ? " zèbre" : "");
        boolean doubtful = random.nextInt(10) < 3;
        r.put("schema", "courrier.letter/1");
        r.put("id", id);
        ObjectNode source = r.putObject("source");
        source.put("fileName", "letter-" + i + ".pdf");
        source.put("mediaType", "application/pdf");
        source.put("sizeBytes", 50_000);
        source.put("pageCount", 1);
        if (archived != null) {
            source.put("archivedAs", archived);
        }
        r.put("language", "fr");
        ObjectNode fields = r.putObject("fields");
        text(fields, "sender", sender, 0.95);
        ObjectNode signatory = field(fields, "signatory", 0.9);
        signatory.putObject("value").put("name", "Jean Dupont").put("title", "Le Directeur");
        text(fields, "reference", "N° " + i + "/DG", 0.97);
        text(fields, "theirReference", null, 0);
        ObjectNode date = text(fields, "date", "2026-0" + (1 + i % 9) + "-1" + (i % 9), 0.98);
        date.put("raw", "1" + (i % 9) + " mars 2026");
        text(fields, "place", "Paris", 0.95);
        ObjectNode recipient = field(fields, "recipient", 0.9);
        recipient
                .putObject("value")
                .put("name", "Monsieur le Directeur")
                .putNull("title")
                .putNull("organisation")
                .put("block", "Monsieur le Directeur");
        text(fields, "subject", subject, doubtful ? 0.6 : 0.93);
        ObjectNode copies = field(fields, "copies", 0.9);
        copies.putArray("value");
        r.put(
                "text",
                sender + "\n\nParis, le 12 mars 2026\n\n" + subject + "\n\nMonsieur le Directeur,\n"
                        + "Nous avons l'honneur de vous faire part du dossier " + i + ".\n");
        ObjectNode ocr = r.putObject("ocr");
        ocr.put("engine", "tesseract 5.3.0");
        ocr.put("languages", "fra+eng");
        ObjectNode page = ocr.putArray("pages").addObject();
        page.put("page", 1)
                .put("method", "text-layer")
                .put("meanConfidence", 100)
                .put("rotation", 0);
        page.put("skewDegrees", 0);
        ObjectNode review = r.putObject("review");
        review.put("status", doubtful ? "NEEDS_REVIEW" : "AUTO_ACCEPTED");
        var reasons = review.putArray("reasons");
        if (doubtful) {
            reasons.add("subject: low confidence (0.60)");
        }
        r.put(
                "processedAt",
                Instant.parse("2026-01-01T08:00:00Z").plusSeconds(60L * i).toString());
        r.put("durationMs", 1200);
        return r.toString();
    }

    private static ObjectNode field(ObjectNode fields, String name, double confidence) {
        ObjectNode f = fields.putObject(name);
        f.put("confidence", confidence);
        ObjectNode ev = f.putArray("evidence").addObject();
        ev.put("page", 1);
        ev.putObject("box").put("x", 200).put("y", 300).put("w", 900).put("h", 50);
        ev.put("text", "…");
        return f;
    }

    private static ObjectNode text(ObjectNode fields, String name, String value, double confidence) {
        if (value == null) {
            ObjectNode f = fields.putObject(name);
            f.putNull("value");
            f.put("confidence", 0);
            f.putArray("evidence");
            return f;
        }
        ObjectNode f = field(fields, name, confidence);
        f.put("value", value);
        return f;
    }

    /** A one-page A4 PDF with a text layer, under done/2026/01/01. */
    private static Path pdf(Path done, int i) throws Exception {
        Path dir = Files.createDirectories(done.resolve("2026/01/01"));
        Path file = dir.resolve("letter-" + i + ".tmp");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 770);
                String[] lines = {
                    "Ministere de la Culture",
                    "Paris, le 12 mars 2026",
                    "N " + i + "/DG",
                    "",
                    "Objet : Budget des musees",
                    "",
                    "Monsieur le Directeur,",
                    "Nous avons l'honneur de vous faire part du dossier " + i + ".",
                    "Veuillez agreer l'expression de notre consideration distinguee.",
                    "",
                    "Le Directeur"
                };
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -18);
                }
                text.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
