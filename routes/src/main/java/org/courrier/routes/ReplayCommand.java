package org.courrier.routes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code courrier replay [FILE...]}: moves failed files back into the inbox and removes their {@code .error.json}.
 * The running service (or the next start) takes them like any new file.
 */
final class ReplayCommand {

    private static final String ERROR_SUFFIX = ".error.json";

    private ReplayCommand() {
    }

    static int run(ServiceSettings settings, List<String> names, PrintStream out, PrintStream err) throws IOException {
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
