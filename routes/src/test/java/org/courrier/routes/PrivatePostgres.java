package org.courrier.routes;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the test's own, made with {@code initdb} in a temporary folder and run with {@code pg_ctl}
 * on a free port of 127.0.0.1 (trust authentication, user {@code postgres}), so that a test may kill it and start it
 * again without touching anyone else's server. As root, the server runs as the {@code postgres} user (PostgreSQL
 * refuses root). Where the binaries are not installed the test is skipped, saying so.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final boolean asPostgres;
    private final Thread cleanUp;

    private PrivatePostgres(Path bin, Path dir, int port, boolean asPostgres) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.asPostgres = asPostgres;
        this.cleanUp = new Thread(this::stopQuietly, "private-postgres-stop");
        Runtime.getRuntime().addShutdownHook(cleanUp);
    }

    /** Makes a cluster and starts it; skips the test when PostgreSQL's server binaries are not installed. */
    static PrivatePostgres start() throws Exception {
        Optional<Path> bin = binaries();
        Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL server binaries (initdb, pg_ctl) are not installed");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("courrier-pg-");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), "chown");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PrivatePostgres pg = new PrivatePostgres(bin.get(), dir, port, root);
        pg.as(List.of(
                pg.tool("initdb"),
                "-D",
                pg.data.toString(),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync"));
        pg.up();
        return pg;
    }

    /** The JDBC URL of the server's {@code postgres} database. */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Starts the server (again) and waits until it accepts connections. */
    void up() throws Exception {
        as(List.of(
                tool("pg_ctl"),
                "-D",
                data.toString(),
                "-l",
                dir.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start"));
    }

    /**
     * Kills the server as a crash would: {@code pg_ctl stop -m immediate} ends every backend at once, without a
     * checkpoint, and the next start recovers from the write-ahead log.
     */
    void kill() throws Exception {
        as(List.of(tool("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    private void stopQuietly() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                as(List.of(tool("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
            }
        } catch (Exception e) {
            // already stopped
        }
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    private void as(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, Path.of(command.get(0)).getFileName().toString());
    }

    private static void run(List<String> command, String what) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(what + " failed: " + out.strip());
        }
    }

    /** The folder holding initdb and pg_ctl: Debian's versioned folders, newest first, then the usual places. */
    private static Optional<Path> binaries() throws IOException {
        List<Path> candidates = new ArrayList<>();
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin"))
                        .sorted(Comparator.reverseOrder())
                        .forEach(candidates::add);
            }
        }
        candidates.add(Path.of("/usr/local/bin"));
        candidates.add(Path.of("/usr/local/pgsql/bin"));
        candidates.add(Path.of("/usr/bin"));
        return candidates.stream()
                .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                .findFirst();
    }
}
