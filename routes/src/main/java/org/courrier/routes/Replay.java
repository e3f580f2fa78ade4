package org.courrier.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Moves failed files back into the inbox and removes their {@code .error.json}: {@code ./courrier replay} and the
 * admins' {@code POST /api/replay}. A file gets back the name it had in the inbox (the error file's {@code file}),
 * or keeps its name in {@code failed/} when the inbox already has a file of that name; when both names are taken it
 * stays in {@code failed/}. A name given names a file by its name in {@code failed/} or by its original name (then
 * every failed file of that name is replayed). The running service (or the next start) takes them like any new
 * file.
 *
 * <p>Not thread-safe against itself: two replays at once may both find a file (the second move then fails).
 */
public final class Replay {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A file moved back: its name in {@code failed/} and its name in the inbox. */
    public record Moved(String file, String as) {}

    /** A file named but not moved, and why (a sentence naming the file). */
    public record NotMoved(String file, String reason) {}

    /** What a replay did. */
    public record Result(List<Moved> moved, List<NotMoved> notMoved) {
        public Result {
            moved = List.copyOf(moved);
            notMoved = List.copyOf(notMoved);
        }
    }

    private final Path failed;
    private final Path inbox;

    public Replay(Path failed, Path inbox) {
        this.failed = Objects.requireNonNull(failed, "failed");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
    }

    /** Replays the files named (every failed file when {@code names} is empty). */
    public Result replay(List<String> names) throws IOException {
        List<Path> all = new ArrayList<>();
        if (Files.isDirectory(failed)) {
            try (Stream<Path> files = Files.list(failed)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().endsWith(ArchiveNames.ERROR_SUFFIX))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(all::add);
            }
        }
        List<Path> chosen = new ArrayList<>();
        List<NotMoved> notMoved = new ArrayList<>();
        if (names.isEmpty()) {
            chosen.addAll(all);
        } else {
            for (String name : names) {
                String wanted = Path.of(name).getFileName().toString();
                List<Path> matching = all.stream()
                        .filter(f -> f.getFileName().toString().equals(wanted)
                                || originalName(f).equals(wanted))
                        .filter(f -> !chosen.contains(f))
                        .toList();
                if (matching.isEmpty()) {
                    notMoved.add(new NotMoved(name, "not in " + failed + ": " + name));
                }
                chosen.addAll(matching);
            }
        }
        Files.createDirectories(inbox);
        List<Moved> moved = new ArrayList<>();
        for (Path f : chosen) {
            Path target = inbox.resolve(originalName(f));
            if (Files.exists(target)) {
                target = inbox.resolve(f.getFileName());
            }
            if (Files.exists(target)) {
                notMoved.add(new NotMoved(
                        f.getFileName().toString(),
                        target + " already exists; " + f.getFileName() + " left in failed/"));
                continue;
            }
            Path error = errorFile(f);
            Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(error);
            moved.add(new Moved(f.getFileName().toString(), target.getFileName().toString()));
        }
        return new Result(moved, notMoved);
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
