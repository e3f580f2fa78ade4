package org.courrier.routes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.courrier.routes.Replay;
import org.courrier.routes.ServiceSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code courrier replay [FILE...]}: moves failed files back into the inbox and removes their {@code .error.json}
 * ({@link Replay}, which the admins' {@code POST /api/replay} uses too).
 */
@Command(
        name = "replay",
        header = "Move failed files (all, or those named) back into the inbox.",
        description = "Moves each failed file (all of them when none is named) back into the inbox and removes "
                + "its NAME.error.json; the service takes them like any new file.",
        footerHeading = "%n",
        footer = "Exit status 0 when every file was moved, 1 when one was not in failed/ or already in the inbox.")
final class ReplayCommand extends SettingsCommand {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "names of files in the failed folder")
    private List<String> names = List.of();

    @Override
    public Integer call() throws IOException {
        ServiceSettings settings = ServiceSettings.from(mergedSettings());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Replay.Result result = new Replay(settings.failed(), settings.inbox()).replay(names);
        for (Replay.NotMoved n : result.notMoved()) {
            err.println("courrier: " + n.reason());
        }
        for (Replay.Moved m : result.moved()) {
            out.println("replayed " + m.file() + " as " + m.as());
        }
        out.println(result.moved().size() + " file(s) moved back to " + settings.inbox());
        return result.notMoved().isEmpty() ? 0 : 1;
    }
}
