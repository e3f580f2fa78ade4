package org.courrier.routes;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.courrier.document.CourrierException;
import org.courrier.extract.pipeline.CourrierSettings;
import org.courrier.extract.pipeline.LetterPipeline;
import org.courrier.extract.record.RecordJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code courrier extract FILE...}: one JSON line per file on stdout, in input order; logs on stderr. */
final class ExtractCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractCommand.class);

    private ExtractCommand() {
    }

    /** Returns 0 when every file produced a record, 1 otherwise. */
    static int run(Properties merged, List<String> files, PrintStream out) {
        boolean allRead = true;
        try (LetterPipeline pipeline = LetterPipeline.start(CourrierSettings.from(merged))) {
            for (String name : files) {
                Path file = Path.of(name);
                try {
                    out.println(RecordJson.toJson(pipeline.process(file)));
                } catch (CourrierException e) {
                    allRead = false;
                    LOG.warn("{}: {} {}", name, e.reason(), e.getMessage());
                    out.println(RecordJson.errorLine(file.getFileName().toString(), null, e.reason().name(),
                            e.getMessage()));
                }
                out.flush();
            }
        }
        return allRead ? 0 : 1;
    }
}
