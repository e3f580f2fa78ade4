package org.courrier.routes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.courrier.document.CourrierException;
import org.courrier.extract.pipeline.CourrierSettings;
import org.courrier.extract.pipeline.LetterPipeline;
import org.courrier.extract.pipeline.SettingValues;
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
                    + "code and a message. Files are read courrier.letters-in-flight at a time; relative paths are "
                    + "taken from the directory ./courrier was called in. A FILE starting with '-' follows '--'."
        },
        footerHeading = "%n",
        footer = "Exit status 0 when every file produced a record, 1 when any failed, 2 on a usage error.")
final class ExtractCommand extends SettingsCommand {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "letter files: PDF, TIFF, PNG, JPEG, DOCX, ...")
    private List<Path> files;

    /**
     * Reads the files {@code courrier.letters-in-flight} at a time (their pages share the OCR workers) and prints
     * each file's line in the order of the arguments, as soon as it and the ones before it are done. Returns 0 when
     * every file produced a record, 1 otherwise.
     */
    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Properties merged = mergedSettings();
        int atOnce = new SettingValues(merged).whole("courrier.letters-in-flight", 1, 64);
        Path caller = courrier().callerDirectory();
        boolean allRead = true;
        ExecutorService readers = Executors.newFixedThreadPool(Math.min(atOnce, files.size()), r -> {
            Thread t = new Thread(r, "courrier-extract");
            t.setDaemon(true);
            return t;
        });
        try (LetterPipeline pipeline = courrier()
                .parts()
                .apply(LetterPipeline.builder(CourrierSettings.from(merged)))
                .build()) {
            List<Future<Line>> lines = new ArrayList<>();
            for (Path named : files) {
                Path file = caller.resolve(named);
                lines.add(readers.submit(() -> read(pipeline, named, file)));
            }
            for (Future<Line> line : lines) {
                Line l;
                try {
                    l = line.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
                allRead &= l.read();
                out.println(l.json());
                out.flush();
            }
        } finally {
            readers.shutdownNow();
        }
        return allRead ? 0 : 1;
    }

    /** One file's output line, and whether it is a record. */
    private record Line(String json, boolean read) {}

    private static Line read(LetterPipeline pipeline, Path named, Path file) {
        try {
            return new Line(RecordJson.toJson(pipeline.process(file)), true);
        } catch (CourrierException e) {
            LoggerFactory.getLogger(ExtractCommand.class).warn("{}: {} {}", named, e.reason(), e.getMessage());
            return new Line(
                    RecordJson.errorLine(
                            file.getFileName().toString(), null, e.reason().name(), e.getMessage()),
                    false);
        }
    }
}
