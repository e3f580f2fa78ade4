package org.courrier.routes;

import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Accepts a file only once it is completely written: its size and modification time have been seen unchanged for
 * {@code stableFor}, and its modification time is at least {@code minAge} old. A copy that keeps an old
 * modification time is still watched for {@code stableFor}; a slow writer resets the watch with every change.
 * Hidden, temporary and partial files are never accepted. Decides without blocking: each poll only looks.
 *
 * <p>Thread-safe.
 */
final class SteadyFileFilter implements GenericFileFilter<File> {

    private record Sighting(long size, long modified, Instant since) {
    }

    private final Duration stableFor;
    private final Duration minAge;
    private final Clock clock;
    private final Map<String, Sighting> seen = new ConcurrentHashMap<>();

    SteadyFileFilter(Duration stableFor, Duration minAge, Clock clock) {
        this.stableFor = stableFor;
        this.minAge = minAge;
        this.clock = clock;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory()) {
            return !ignored(file.getFileNameOnly());
        }
        return steady(file.getAbsoluteFilePath(), file.getFileNameOnly(), file.getFileLength(), file.getLastModified());
    }

    /** Whether a file with this name, size and modification time (epoch ms) may be taken now. */
    boolean steady(String path, String name, long size, long modified) {
        if (ignored(name)) {
            return false;
        }
        Instant now = clock.instant();
        Sighting before = seen.get(path);
        if (before == null || before.size() != size || before.modified() != modified) {
            seen.put(path, new Sighting(size, modified, now));
            return stableFor.isZero() && oldEnough(modified, now) && forget(path);
        }
        return !now.isBefore(before.since().plus(stableFor)) && oldEnough(modified, now) && forget(path);
    }

    private boolean oldEnough(long modified, Instant now) {
        return !Instant.ofEpochMilli(modified).plus(minAge).isAfter(now);
    }

    private boolean forget(String path) {
        seen.remove(path);
        return true;
    }

    /** Names that are never letters: hidden files, partial downloads, editor lock and temporary files. */
    static boolean ignored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || name.startsWith("~")
                || lower.endsWith(".part") || lower.endsWith(".tmp") || lower.endsWith(".crdownload")
                || lower.endsWith(".partial") || lower.endsWith("~");
    }
}
