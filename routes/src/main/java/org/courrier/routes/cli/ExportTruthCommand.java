package org.courrier.routes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.courrier.routes.ServiceSettings;
import org.courrier.routes.TruthExport;
import org.courrier.routes.store.RecordStore;
import org.courrier.routes.store.StateDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code courrier export-truth DIR}: the reviewed letters of the state database the service uses (the same settings:
 * {@code --data}, {@code --config}, {@code courrier.state.url}) as an evaluation folder for {@code ./courrier eval
 * DIR} ({@link TruthExport}).
 */
@Command(
        name = "export-truth",
        header = "Write the reviewed letters and their approved fields as an evaluation folder.",
        description = "Copies the source file of each letter a reviewer approved (from the done folder) into DIR, "
                + "with NAME.truth.json beside it holding the approved fields; './courrier eval DIR' then scores "
                + "Courrier on these letters. Letters whose source is gone or changed are named on stderr and left "
                + "out. Nothing in DIR is overwritten; DIR may not be inside the inbox.",
        footerHeading = "%n",
        footer = "Exit status 0 when every reviewed letter was written, 1 when one was left out or the export was "
                + "refused (a file already in DIR, DIR inside the inbox).")
final class ExportTruthCommand extends SettingsCommand {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the folder to write into (created when missing)")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        ServiceSettings settings = ServiceSettings.from(mergedSettings());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = courrier().callerDirectory().resolve(dir);
        TruthExport.Result result;
        try (StateDatabase db =
                StateDatabase.open(settings.stateUrl(), settings.stateUser(), settings.statePassword())) {
            TruthExport export = new TruthExport(
                    new RecordStore(db.dataSource(), Clock.systemUTC()), settings.done(), settings.inbox());
            result = export.export(target);
        } catch (TruthExport.Refused e) {
            err.println("courrier export-truth: " + e.problem() + ": " + e.getMessage());
            return 1;
        }
        for (TruthExport.Skipped s : result.skipped()) {
            err.println("courrier export-truth: skipped " + s.fileName() + " (letter " + s.id() + "): " + s.reason()
                    + ": " + s.message());
        }
        for (TruthExport.Exported e : result.exported()) {
            out.println(
                    "exported " + e.letter().getFileName() + " and " + e.truth().getFileName());
        }
        out.println(result.exported().size() + " reviewed letter(s) written to " + target
                + (result.skipped().isEmpty() ? "" : ", " + result.skipped().size() + " left out (see above)")
                + "; score them with ./courrier eval " + target);
        return result.skipped().isEmpty() ? 0 : 1;
    }
}
