package org.courrier.routes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;
import org.courrier.ingest.ContentHash;

/**
 * The folder through which the intake hands letters to the workers when {@code courrier.broker.shared-folder} is
 * set: the letter is copied there once, as {@code <id>.letter}, and each page job carries only that name. A worker
 * reads the copy only when the name is exactly such a name, the copy is a regular file (never a link) in its own
 * shared folder and its bytes still have the letter's SHA-256. The intake removes the copy when the letter's record
 * is out or the letter failed.
 */
final class SharedLetters {

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.letter");

    private final Path folder;

    SharedLetters(Path folder) {
        this.folder = folder;
    }

    /** The copy's name for the letter {@code id}. */
    static String nameOf(String id) {
        return id + ".letter";
    }

    /**
     * Copies {@code file} into the shared folder as the letter {@code id} (a new copy each time, written aside and
     * renamed into place, so a worker never sees a half-written one); returns the copy's name.
     */
    String put(Path file, String id) throws IOException {
        String name = nameOf(id);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a letter id: " + id);
        }
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, ".", ".part");
        try {
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return name;
    }

    /**
     * The copy named {@code name} of the letter {@code id}, when it is there and still that letter; empty when it is
     * gone (the letter ended, or someone removed it) or its bytes changed.
     *
     * @throws IllegalArgumentException when {@code name} is not a copy's name (it could point elsewhere)
     */
    Optional<Path> find(String name, String id) throws IOException {
        if (name == null || !NAME.matcher(name).matches() || !name.equals(nameOf(id))) {
            throw new IllegalArgumentException(
                    "a page job names " + name + " in the shared folder, not the letter " + id + "'s copy");
        }
        Path copy = folder.resolve(name);
        if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return id.equals(ContentHash.sha256(copy, LinkOption.NOFOLLOW_LINKS))
                    ? Optional.of(copy)
                    : Optional.empty();
        } catch (CourrierException e) {
            if (e.reason() == Reason.NOT_FOUND) {
                return Optional.empty(); // removed while it was read: the letter ended
            }
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Removes the letter's copy, if any. */
    void remove(String id) throws IOException {
        Files.deleteIfExists(folder.resolve(nameOf(id)));
    }

    Path folder() {
        return folder;
    }
}
