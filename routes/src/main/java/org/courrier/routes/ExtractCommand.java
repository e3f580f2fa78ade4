package org.courrier.routes;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;
import org.courrier.extract.CourrierSettings;
import org.courrier.extract.LetterPipeline;
import org.courrier.extract.RecordJson;
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
                    refuseMissingOrEmpty(file);
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

    /** Gives a missing and an empty file their own reasons before any engine sees them. */
    private static void refuseMissingOrEmpty(Path file) throws CourrierException {
        if (!Files.exists(file)) {
            throw new CourrierException(Reason.NOT_FOUND, file + ": no such file");
        }
        if (Files.isRegularFile(file)) {
            try {
                if (Files.size(file) == 0) {
                    throw new CourrierException(Reason.EMPTY, file + ": the file is empty (0 bytes)");
                }
            } catch (java.io.IOException e) {
                throw new CourrierException(Reason.IO_ERROR, file + ": cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
