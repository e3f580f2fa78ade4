package org.courrier.routes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;

/**
 * What the service may read from its inbox: regular files and folders that are not symbolic links and whose real
 * location lies inside the inbox. A symbolic link is never followed, whatever it points to: one resolving outside
 * the inbox (or not at all) is {@link Reason#OUTSIDE_INBOX} or {@link Reason#NOT_A_REGULAR_FILE}; devices, pipes and
 * sockets are {@link Reason#NOT_A_REGULAR_FILE}. The inbox itself may be reached through a link.
 *
 * <p>Thread-safe.
 */
final class InboxBoundary {

    private final Path inbox;
    private volatile Path realInbox;

    InboxBoundary(Path inbox) {
        this.inbox = inbox.toAbsolutePath().normalize();
    }

    /** Why {@code path}, listed in the inbox, must not be read or moved; empty when it may be. */
    Optional<CourrierException> refusal(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = inbox.relativize(absolute).toString();
        try {
            Path base = realInbox();
            BasicFileAttributes attributes =
                    Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                Path target = Files.readSymbolicLink(absolute);
                Path real = realOrNull(absolute);
                if (real != null && !real.startsWith(base)) {
                    return refuse(
                            Reason.OUTSIDE_INBOX,
                            name + ": a symbolic link to " + target
                                    + ", which resolves outside the inbox; symbolic links are not followed, left in place");
                }
                return refuse(
                        Reason.NOT_A_REGULAR_FILE,
                        name + ": a symbolic link to " + target
                                + (real == null ? " (which does not resolve)" : "")
                                + "; symbolic links are not followed, left in place");
            }
            if (!attributes.isRegularFile() && !attributes.isDirectory()) {
                return refuse(
                        Reason.NOT_A_REGULAR_FILE,
                        name + ": not a regular file (a device, pipe or socket); " + "left in place");
            }
            if (!absolute.toRealPath().startsWith(base)) {
                return refuse(
                        Reason.OUTSIDE_INBOX,
                        name + ": resolves to " + absolute.toRealPath() + ", outside the inbox; left in place");
            }
            return Optional.empty();
        } catch (IOException e) {
            return refuse(Reason.NOT_FOUND, name + ": cannot be looked at: " + e.getMessage());
        }
    }

    private Path realInbox() throws IOException {
        Path real = realInbox;
        if (real == null) {
            real = inbox.toRealPath();
            realInbox = real;
        }
        return real;
    }

    private static Path realOrNull(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static Optional<CourrierException> refuse(Reason reason, String message) {
        return Optional.of(new CourrierException(reason, message));
    }
}
