package org.courrier.routes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.courrier.document.CourrierException;
import org.courrier.extract.pipeline.CourrierSettings;
import org.courrier.extract.pipeline.LetterPipeline;
import org.courrier.extract.record.RecordJson;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code courrier extract FILE...}: one JSON line per file on stdout, in input order; logs on stderr. */
@Command(
        name = "extract",
        header = "Print one JSON record per file on stdout (JSON Lines); exit 1 when any file failed.",
        description = {
            "Print one JSON record per file on stdout (JSON Lines, in the order of the arguments); logs go "
                    + "to stderr. A file that gives no record still gets its line, carrying \"error\" with a reason "
                    + "code and a message."
        },
        footerHeading = "%n",
        footer = "Exit status 0 when every file produced a record, 1 when any failed, 2 on a usage error.")
final class ExtractCommand extends SettingsCommand {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "letter files: PDF, TIFF, PNG, JPEG, DOCX, ...")
    private List<Path> files;

    /** Returns 0 when every file produced a record, 1 otherwise. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean allRead = true;
        try (LetterPipeline pipeline = LetterPipeline.start(CourrierSettings.from(mergedSettings()))) {
            for (Path file : files) {
                try {
                    out.println(RecordJson.toJson(pipeline.process(file)));
                } catch (CourrierException e) {
                    allRead = false;
                    LoggerFactory.getLogger(ExtractCommand.class).warn("{}: {} {}", file, e.reason(), e.getMessage());
                    out.println(RecordJson.errorLine(
                            file.getFileName().toString(), null, e.reason().name(), e.getMessage()));
                }
                out.flush();
            }
        }
        return allRead ? 0 : 1;
    }
}
