package org.courrier.routes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.courrier.routes.ArchiveNames;
import org.courrier.routes.ServiceSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code courrier replay [FILE...]}: moves failed files back into the inbox and removes their {@code .error.json}.
 * A file gets back the name it had in the inbox (the error file's {@code file}), or keeps its name in
 * {@code failed/} when the inbox already has a file of that name. A FILE names a file by its name in
 * {@code failed/} or by its original name (then every failed file of that name is replayed). The running service
 * (or the next start) takes them like any new file.
 */
@Command(
        name = "replay",
        header = "Move failed files (all, or those named) back into the inbox.",
        description = "Moves each failed file (all of them when none is named) back into the inbox and removes "
                + "its NAME.error.json; the service takes them like any new file.",
        footerHeading = "%n",
        footer = "Exit status 0 when every file was moved, 1 when one was not in failed/ or already in the inbox.")
final class ReplayCommand extends SettingsCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "names of files in the failed folder")
    private List<String> names = List.of();

    @Override
    public Integer call() throws IOException {
        ServiceSettings settings = ServiceSettings.from(mergedSettings());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> failed = new ArrayList<>();
        if (Files.isDirectory(settings.failed())) {
            try (Stream<Path> all = Files.list(settings.failed())) {
                all.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().endsWith(ArchiveNames.ERROR_SUFFIX))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(failed::add);
            }
        }
        List<Path> files = new ArrayList<>();
        int status = 0;
        if (names.isEmpty()) {
            files.addAll(failed);
        } else {
            for (String name : names) {
                String wanted = Path.of(name).getFileName().toString();
                List<Path> matching = failed.stream()
                        .filter(f -> f.getFileName().toString().equals(wanted)
                                || originalName(f).equals(wanted))
                        .filter(f -> !files.contains(f))
                        .toList();
                if (matching.isEmpty()) {
                    err.println("courrier: not in " + settings.failed() + ": " + name);
                    status = 1;
                }
                files.addAll(matching);
            }
        }
        Files.createDirectories(settings.inbox());
        for (Path f : files) {
            Path target = settings.inbox().resolve(originalName(f));
            if (Files.exists(target)) {
                target = settings.inbox().resolve(f.getFileName());
            }
            if (Files.exists(target)) {
                err.println("courrier: " + target + " already exists; " + f.getFileName() + " left in failed/");
                status = 1;
                continue;
            }
            Path error = errorFile(f);
            Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(error);
            out.println("replayed " + f.getFileName() + " as " + target.getFileName());
        }
        out.println(files.size() + " file(s) moved back to " + settings.inbox());
        return status;
    }

    private static Path errorFile(Path failed) {
        return failed.resolveSibling(failed.getFileName() + ArchiveNames.ERROR_SUFFIX);
    }

    /** The name the file had in the inbox, from its error file; its name in failed/ when that does not say. */
    private static String originalName(Path failed) {
        try {
            JsonNode file = JSON.readTree(errorFile(failed).toFile()).get("file");
            if (file != null && file.isTextual() && !file.asText().isBlank()) {
                return Path.of(file.asText()).getFileName().toString();
            }
        } catch (IOException | RuntimeException e) {
            // no error file, or not one this service wrote: the name in failed/ is all there is
        }
        return failed.getFileName().toString();
    }
}
