package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<String> all = new ArrayList<>(List.of("run", "--port", "-1"));
        all.addAll(List.of(args));
        int status = CourrierCommand.commandLine(
                        java.util.Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(err, true))
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
                root,
                java.util.Map.of(
                        "courrier.outbox", root.resolve("inbox/records").toString())));
        assertThat(settings.outbox()).isEqualTo(root.resolve("inbox/records"));
    }
}
