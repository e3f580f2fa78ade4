package org.courrier.routes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pauses pickup while a folder the service writes into (the outbox, the data folder) is short of space or refuses
 * writes, and resumes it when that has passed. Pickup pauses when a folder's usable space falls under
 * {@code courrier.disk.min-free}, and when a write failed for want of space ({@link #full}); after such a failure it
 * resumes only once the space has grown by at least {@code min-free} (at least 1 MiB) over what was left then, so a
 * letter is not read again only to fail the same way. A write refused for another reason (a file system remounted
 * read-only, an immutable folder, permissions: {@link #refusesWrites}) pauses pickup too, until an empty file can be
 * made there again. While paused, files stay in the inbox untouched and {@link Telemetry#stopReason()} (health) says
 * why.
 *
 * <p>Thread-safe.
 */
final class DiskSpace {

    private static final Logger LOG = LoggerFactory.getLogger("org.courrier.letters");
    private static final long MIB = 1024 * 1024;
    /** How long a reading of the free space is reused. */
    private static final Duration FRESH = Duration.ofMillis(500);

    private final Map<String, Path> folders;
    private final long minFree;
    private final ToLongFunction<Path> usable;
    private final Telemetry telemetry;
    private final Clock clock;
    private Instant checked = Instant.MIN;
    private boolean ok = true;
    /** Per folder setting: the space left when a write failed for want of space; resume needs more than that. */
    private final Map<String, Long> failedAt = new java.util.HashMap<>();
    /** Per folder setting: why a write there was refused; cleared once a probe write succeeds. */
    private final Map<String, String> unwritable = new java.util.HashMap<>();
    /** Names {@link Telemetry#pause} this class's pauses by. */
    static final String PAUSE = "disk";

    DiskSpace(Map<String, Path> folders, long minFree, ToLongFunction<Path> usable, Telemetry telemetry, Clock clock) {
        this.folders = Map.copyOf(folders);
        this.minFree = minFree;
        this.usable = usable;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    /** The usable space of the file system holding {@code folder}, in bytes ({@link Long#MAX_VALUE} if unknown). */
    static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Whether pickup may take a letter now; pauses or resumes pickup as the space says. */
    synchronized boolean ok() {
        Instant now = clock.instant();
        if (!now.isAfter(checked.plus(FRESH)) && !now.isBefore(checked)) {
            return ok;
        }
        checked = now;
        String shortOf = null;
        for (Map.Entry<String, Path> f : folders.entrySet()) {
            String refused = unwritable.get(f.getKey());
            if (refused != null) {
                String still = probe(f.getValue());
                if (still != null) {
                    shortOf = "FOLDER_UNWRITABLE: " + f.getKey() + " (" + f.getValue() + ") refuses writes: " + still
                            + "; pickup paused, files stay in the inbox until it is writable again";
                    break;
                }
                unwritable.remove(f.getKey());
            }
            long free = usable.applyAsLong(f.getValue());
            Long atFailure = failedAt.get(f.getKey());
            long needed = atFailure == null ? minFree : Math.max(minFree, atFailure + Math.max(minFree, MIB));
            if (free < needed) {
                shortOf = "DISK_FULL: " + f.getKey() + " (" + f.getValue() + ") has " + mib(free) + " free"
                        + (atFailure == null
                                ? ", under courrier.disk.min-free (" + mib(minFree) + ")"
                                : "; a write failed for want of space, pickup resumes at " + mib(needed) + " free")
                        + "; pickup paused, files stay in the inbox";
                break;
            }
        }
        String before = telemetry.pausedReason(PAUSE);
        if (shortOf != null) {
            if (!shortOf.equals(before)) {
                if (before == null) {
                    LOG.error("PICKUP PAUSED - {}. Pickup resumes by itself once this is fixed.", shortOf);
                }
                telemetry.pause(PAUSE, shortOf);
            }
            ok = false;
        } else {
            if (before != null) {
                LOG.info("pickup resumed: the outbox and data folders have space and take writes again");
                telemetry.resume(PAUSE);
            }
            failedAt.clear();
            ok = true;
        }
        return ok;
    }

    /**
     * Whether {@code failure} is a write that a folder of the service refused for a reason other than space (a
     * read-only file system, an immutable folder, permissions): every folder is probed with an empty file, and each
     * that refuses it pauses pickup until it takes one again. False when every folder takes writes (the failure was
     * elsewhere, for example reading the letter itself).
     */
    synchronized boolean refusesWrites(Throwable failure) {
        if (!mayBeRefusedWrite(failure)) {
            return false;
        }
        boolean any = false;
        for (Map.Entry<String, Path> f : folders.entrySet()) {
            String refused = probe(f.getValue());
            if (refused != null) {
                unwritable.put(f.getKey(), refused);
                any = true;
            }
        }
        if (any) {
            checked = Instant.MIN;
            ok();
        }
        return any;
    }

    /** Null when an empty file can be made (and removed) in {@code folder}, else why not. */
    static String probe(Path folder) {
        Path probe = folder.resolve(LetterRouteSteps.TEMP_PREFIX + "probe-" + java.util.UUID.randomUUID() + ".tmp");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return null;
        } catch (java.nio.file.FileSystemException e) {
            return e.getReason() != null ? e.getReason() : e.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean mayBeRefusedWrite(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException
                    || t instanceof java.nio.file.ReadOnlyFileSystemException
                    || t instanceof org.apache.camel.component.file.GenericFileOperationFailedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A write failed for want of space: pickup pauses until space is back (see the class comment). The folder
     * with the least space left is taken for the full one.
     */
    synchronized void full() {
        String fullest = null;
        long least = Long.MAX_VALUE;
        for (Map.Entry<String, Path> f : folders.entrySet()) {
            long free = usable.applyAsLong(f.getValue());
            if (fullest == null || free < least) {
                fullest = f.getKey();
                least = free;
            }
        }
        failedAt.put(fullest, least);
        checked = Instant.MIN;
        ok();
    }

    /**
     * Whether {@code failure} (or one of its causes) is a write refused for want of space ({@code ENOSPC},
     * {@code EDQUOT}), as the JDK, Camel and the databases report it.
     */
    static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if ((t instanceof IOException || t instanceof SQLException || t instanceof RuntimeException)
                    && (m.contains("no space left on device")
                            || m.contains("disk quota exceeded")
                            || m.contains("not enough space"))) {
                return true;
            }
        }
        return false;
    }

    private static String mib(long bytes) {
        return bytes == Long.MAX_VALUE ? "unknown" : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
    }
}
