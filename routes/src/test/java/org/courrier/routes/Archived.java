package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds a source file in {@code done/}, {@code failed/} or {@code duplicates/} by the name it had in the inbox. */
final class Archived {

    private Archived() {}

    /**
     * The one file under {@code folder} (subfolders too) archived from a file named {@code original}:
     * {@code scan.pdf} is kept as {@code scan.<8 hex>.pdf} or {@code scan.<8 hex>-N.pdf}. Fails unless there is
     * exactly one.
     */
    static Path named(Path folder, String original) {
        int dot = original.lastIndexOf('.');
        String base = dot > 0 ? original.substring(0, dot) : original;
        String ext = dot > 0 ? original.substring(dot) : "";
        Pattern name = Pattern.compile(Pattern.quote(base) + "\\.[0-9a-f]{8}(-\\d+)?" + Pattern.quote(ext));
        try (Stream<Path> s = Files.walk(folder)) {
            List<Path> found = s.filter(
                            p -> name.matcher(p.getFileName().toString()).matches())
                    .toList();
            assertThat(found).as(original + " archived in " + folder).hasSize(1);
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The error file beside a failed file. */
    static Path errorFile(Path failedFile) {
        return failedFile.resolveSibling(failedFile.getFileName() + ArchiveNames.ERROR_SUFFIX);
    }
}
