package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courrier.routes.cli.CourrierCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code courrier run} checks its folders, port, state database and locks before it takes the first letter; each
 * problem stops it with exit 2 and one line naming the setting, never a stack trace.
 */
@Timeout(60)
class StartupChecksTest {

    @TempDir
    Path root;

    /** What {@code courrier run ARGS} printed on stderr and its exit status. */
    record Run(int status, String err) {}

    private Run run(String... args) {
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(List.of(args));
        if (!all.contains("--port")) {
            all.addAll(List.of("--port", "-1"));
        }
        int status = CourrierCommand.commandLine(
                        Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
        return new Run(status, err.toString());
    }

    private static void assertRefused(Run run, String setting, String why) {
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("courrier: configuration: " + setting)
                .contains(why)
                .doesNotContain("\tat ")
                .doesNotContain("Exception:");
        assertThat(run.err().strip().lines()).as("one line").hasSize(1);
    }

    @Test
    void anInboxThatIsAFileIsNamedWithoutAStackTrace() throws Exception {
        Path file = Files.writeString(root.resolve("inbox"), "not a folder");
        Run run = run(
                "--inbox",
                file.toString(),
                "--outbox",
                root.resolve("out").toString(),
                "--data",
                root.resolve("data").toString());
        assertRefused(run, "courrier.inbox", "is a file, not a folder");
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void anOutboxThatIsAFileIsNamedWithoutAStackTrace() throws Exception {
        Path file = Files.writeString(root.resolve("outbox"), "not a folder");
        Run run = run(
                "--inbox",
                root.resolve("in").toString(),
                "--outbox",
                file.toString(),
                "--data",
                root.resolve("data").toString());
        assertRefused(run, "courrier.outbox", "is a file, not a folder");
    }

    @Test
    void aFileWhereTheFailedFolderGoesIsNamed() throws Exception {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/failed"), "not a folder");
        Run run = run(
                "--inbox",
                root.resolve("in").toString(),
                "--outbox",
                root.resolve("out").toString(),
                "--data",
                root.resolve("data").toString());
        assertRefused(run, "courrier.failed", "is a file, not a folder");
    }

    @Test
    void anOutboxInsideARecursivelyWatchedInboxIsRefused() {
        Run run = run(
                "--recursive",
                "--inbox",
                root.resolve("in").toString(),
                "--outbox",
                root.resolve("in/records").toString(),
                "--data",
                root.resolve("data").toString());
        assertRefused(run, "courrier.outbox", "inside courrier.inbox");
        assertThat(root.resolve("in/records")).doesNotExist();
    }

    @Test
    void aDataFolderInsideARecursivelyWatchedInboxIsRefused() {
        Run run = run(
                "--recursive",
                "--inbox",
                root.resolve("in").toString(),
                "--outbox",
                root.resolve("out").toString(),
                "--data",
                root.resolve("in/state").toString());
        assertRefused(run, "courrier.data", "inside courrier.inbox");
    }

    @Test
    void anOutboxInsideAnInboxWatchedWithoutSubfoldersIsAllowed() {
        ServiceSettings settings = ServiceSettings.from(TestService.properties(
                root, Map.of("courrier.outbox", root.resolve("inbox/records").toString())));
        assertThat(settings.outbox()).isEqualTo(root.resolve("inbox/records"));
    }

    private final List<CourrierService> services = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void stopServices() {
        services.forEach(CourrierService::close);
    }

    private CourrierService service(Path under, Map<String, String> extra) throws Exception {
        CourrierService service = CourrierService.start(TestService.properties(under, extra), TestService::textIntake);
        services.add(service);
        return service;
    }

    /** A letter waiting in the inbox of a service that must not start: it must stay there, unread. */
    private Path waitingLetter(Path under) throws Exception {
        Files.createDirectories(under.resolve("inbox"));
        return Files.writeString(under.resolve("inbox/waiting.txt"), "Subject: must not be taken");
    }

    private static void assertNothingTaken(Path under, Path letter) throws Exception {
        assertThat(letter).hasContent("Subject: must not be taken");
        assertThat(ValidRecords.in(under.resolve("outbox"))).isEmpty();
        assertThat(under.resolve("data/done"))
                .satisfiesAnyOf(
                        d -> assertThat(d).doesNotExist(), d -> assertThat(d).isEmptyDirectory());
    }

    @Test
    void aPortInUseStopsTheServiceBeforeItTakesALetter() throws Exception {
        Path letter = waitingLetter(root);
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            long t0 = System.nanoTime();
            Run run = run(
                    "--inbox", root.resolve("inbox").toString(),
                    "--outbox", root.resolve("outbox").toString(),
                    "--data", root.resolve("data").toString(),
                    "--port", Integer.toString(busy.getLocalPort()),
                    "--set", "courrier.http.host=127.0.0.1",
                    "--set", "courrier.pickup.stable-for=PT0S",
                    "--set", "courrier.pickup.min-age=PT0S");
            assertRefused(run, "courrier.http.port", "in use");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        }
        assertNothingTaken(root, letter);
    }

    @Test
    void aHostThatIsNotThisMachinesStopsTheServiceNamingTheHost() throws Exception {
        Path letter = waitingLetter(root);
        // TEST-NET-1: a valid address no machine here has
        assertThatThrownBy(() -> service(root, Map.of("courrier.http.host", "192.0.2.1", "courrier.http.port", "0")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("courrier.http.host: cannot listen on 192.0.2.1");
        assertNothingTaken(root, letter);
    }

    @Test
    void aSecondServiceOnTheSameInboxIsRefusedNamingTheInbox() throws Exception {
        service(root, Map.of());
        Path other = root.resolve("other");
        assertThatThrownBy(() -> service(
                        other, Map.of("courrier.inbox", root.resolve("inbox").toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("courrier.inbox: another courrier service is working " + root.resolve("inbox"));
        services.remove(0).close();
        assertThat(service(other, Map.of("courrier.inbox", root.resolve("inbox").toString())))
                .as("the inbox is free once the first service stopped")
                .isNotNull();
    }

    @Test
    void aSecondServiceOnTheSameDataFolderIsRefusedNamingIt() throws Exception {
        service(root, Map.of());
        Path other = root.resolve("other");
        assertThatThrownBy(() -> service(
                        other, Map.of("courrier.data", root.resolve("data").toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("courrier.data: another courrier service is working");
    }

    @Test
    void aSecondServiceOnTheSamePostgresqlStateIsRefusedNamingTheStateUrl() throws Exception {
        PostgresState.Server pg = PostgresState.server();
        Map<String, String> state = Map.of(
                "courrier.state.url",
                pg.url(),
                "courrier.state.user",
                pg.user(),
                "courrier.state.password",
                pg.password());
        service(root.resolve("a"), state);
        Path b = root.resolve("b");
        Path letter = waitingLetter(b);
        assertThatThrownBy(() -> service(b, state))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("courrier.state.url: another courrier service is working the state database");
        assertNothingTaken(b, letter);
        services.remove(0).close();
        assertThat(service(b, state)).as("free once the first service stopped").isNotNull();
    }
}
