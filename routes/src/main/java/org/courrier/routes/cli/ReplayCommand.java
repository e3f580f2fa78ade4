package org.courrier.routes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.courrier.routes.ServiceSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code courrier replay [FILE...]}: moves failed files back into the inbox and removes their {@code .error.json}.
 * The running service (or the next start) takes them like any new file.
 */
@Command(name = "replay",
        header = "Move failed files (all, or those named) back into the inbox.",
        description = "Moves each failed file (all of them when none is named) back into the inbox and removes "
                + "its NAME.error.json; the service takes them like any new file.",
        footerHeading = "%n",
        footer = "Exit status 0 when every file was moved, 1 when one was not in failed/ or already in the inbox.")
final class ReplayCommand extends SettingsCommand {

    private static final String ERROR_SUFFIX = ".error.json";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "names of files in the failed folder")
    private List<String> names = List.of();

    @Override
    public Integer call() throws IOException {
        ServiceSettings settings = ServiceSettings.from(mergedSettings());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        int status = 0;
        if (names.isEmpty()) {
            if (Files.isDirectory(settings.failed())) {
                try (Stream<Path> all = Files.list(settings.failed())) {
                    all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(ERROR_SUFFIX))
                            .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                }
            }
        } else {
            for (String name : names) {
                Path f = settings.failed().resolve(Path.of(name).getFileName());
                if (Files.isRegularFile(f)) {
                    files.add(f);
                } else {
                    err.println("courrier: not in " + settings.failed() + ": " + name);
                    status = 1;
                }
            }
        }
        Files.createDirectories(settings.inbox());
        for (Path f : files) {
            Path target = settings.inbox().resolve(f.getFileName());
            if (Files.exists(target)) {
                err.println("courrier: " + target + " already exists; " + f.getFileName() + " left in failed/");
                status = 1;
                continue;
            }
            Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(settings.failed().resolve(f.getFileName() + ERROR_SUFFIX));
            out.println("replayed " + f.getFileName());
        }
        out.println(files.size() + " file(s) moved back to " + settings.inbox());
        return status;
    }
}
