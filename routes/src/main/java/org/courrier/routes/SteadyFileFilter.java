package org.courrier.routes;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.courrier.document.CourrierException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts a file only once it is completely written: its size and modification time have been seen unchanged for
 * {@code stableFor} (measured on the monotonic clock), and its modification time is at least {@code minAge} old (a
 * modification time in the future counts from when the file was first seen unchanged). A copy that keeps an old
 * modification time is still watched for {@code stableFor}; a slow writer resets the watch with every change.
 * Hidden, temporary and partial files are never accepted. Decides without blocking: each poll only looks.
 *
 * <p>A file still in progress, or gone since the directory was listed, is refused: the file consumer lists the
 * folder first and asks this filter afterwards, and a letter finishing in between has already moved its file away
 * (Camel moves the file before it forgets it is in progress, so checking in that order leaves no gap). A file not
 * sighted for {@code forgetAfter} (it vanished before pickup) is forgotten, so memory holds only recent files.
 * Nothing is accepted once {@code halted} says pickup has stopped.
 *
 * <p>Files and folders the {@code boundary} refuses (symbolic links, anything resolving outside the inbox: see
 * {@link InboxBoundary}) are never accepted, so never read, moved or descended into; each is logged once with its
 * reason while it stays.
 *
 * <p>Thread-safe.
 */
final class SteadyFileFilter implements GenericFileFilter<File> {

    /** A file as last seen: size and modification time, and since when (monotonic nanos) they were unchanged. */
    private record Sighting(long size, long modified, long since, long last) {}

    private record Refusal(String message, long last) {}

    private static final Logger LOG = LoggerFactory.getLogger("org.courrier.letters");

    private final Duration stableFor;
    private final Duration minAge;
    private final Duration forgetAfter;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Predicate<String> inProgress;
    private final BooleanSupplier halted;
    private final Function<Path, Optional<CourrierException>> boundary;
    private final Map<String, Sighting> seen = new ConcurrentHashMap<>();
    private final Map<String, Refusal> refused = new ConcurrentHashMap<>();
    /** Files already archived that could not be removed from the inbox: size and modification time then. */
    private final Map<String, Sighting> stuck = new ConcurrentHashMap<>();

    private volatile long lastSweep;
    private volatile boolean swept;

    SteadyFileFilter(Duration stableFor, Duration minAge, Clock clock, LongSupplier nanoTime) {
        this(stableFor, minAge, stableFor.plus(Duration.ofMinutes(10)), clock, nanoTime, path -> false, () -> false);
    }

    SteadyFileFilter(
            Duration stableFor,
            Duration minAge,
            Duration forgetAfter,
            Clock clock,
            LongSupplier nanoTime,
            Predicate<String> inProgress,
            BooleanSupplier halted) {
        this(stableFor, minAge, forgetAfter, clock, nanoTime, inProgress, halted, path -> Optional.empty());
    }

    /**
     * @param clock    the time of day, compared with the files' modification times ({@code minAge})
     * @param nanoTime a monotonic clock ({@link System#nanoTime}) measuring how long a file stayed unchanged: a wall
     *                 clock set back or forward does not lengthen or shorten the watch
     */
    SteadyFileFilter(
            Duration stableFor,
            Duration minAge,
            Duration forgetAfter,
            Clock clock,
            LongSupplier nanoTime,
            Predicate<String> inProgress,
            BooleanSupplier halted,
            Function<Path, Optional<CourrierException>> boundary) {
        this.boundary = boundary;
        this.stableFor = stableFor;
        this.minAge = minAge;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.inProgress = inProgress;
        this.halted = halted;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        if (halted.getAsBoolean()) {
            return false;
        }
        String path = file.getAbsoluteFilePath();
        if (ignored(file.getFileNameOnly()) || outside(path)) {
            return false;
        }
        if (file.isDirectory()) {
            return true;
        }
        // in progress first, then existence: a letter finishing moves its file before leaving the in-progress set
        if (inProgress.test(path) || !new File(path).isFile()) {
            return false;
        }
        Sighting left = stuck.get(path);
        if (left != null) {
            if (left.size() == file.getFileLength() && left.modified() == file.getLastModified()) {
                return false;
            }
            stuck.remove(path); // changed since: a new letter under the same name
        }
        return steady(path, file.getFileNameOnly(), file.getFileLength(), file.getLastModified());
    }

    /** Whether the boundary refuses the path; a refusal is logged when it is new or has changed. */
    private boolean outside(String path) {
        Optional<CourrierException> refusal = boundary.apply(Path.of(path));
        if (refusal.isEmpty()) {
            refused.remove(path);
            return false;
        }
        String message = refusal.get().reason() + ": " + refusal.get().getMessage();
        Refusal before = refused.put(path, new Refusal(message, nanoTime.getAsLong()));
        if (before == null || !before.message().equals(message)) {
            LOG.warn("refused {}", message);
        }
        return true;
    }

    /** Whether a file with this name, size and modification time (epoch ms) may be taken now. */
    boolean steady(String path, String name, long size, long modified) {
        if (ignored(name)) {
            return false;
        }
        long now = nanoTime.getAsLong();
        sweep(now);
        Sighting before = seen.get(path);
        if (before == null || before.size() != size || before.modified() != modified) {
            seen.put(path, new Sighting(size, modified, now, now));
            return stableFor.isZero() && oldEnough(modified, 0) && forget(path);
        }
        seen.put(path, new Sighting(size, modified, before.since(), now));
        long unchanged = now - before.since();
        return unchanged >= stableFor.toNanos() && oldEnough(modified, unchanged) && forget(path);
    }

    /**
     * The letter at {@code path} was archived but its file could not be removed from the inbox (a read-only folder,
     * an immutable file): it is not taken again while its size and modification time stay as they are.
     */
    void stuck(Path path, long size, long modified) {
        long now = nanoTime.getAsLong();
        stuck.put(path.toString(), new Sighting(size, modified, now, now));
    }

    /** Files being watched now. */
    int watched() {
        return seen.size();
    }

    /** Forgets files not sighted for {@code forgetAfter}; looks at most twice per horizon. */
    private void sweep(long now) {
        if (swept && now - lastSweep < forgetAfter.dividedBy(2).toNanos()) {
            return;
        }
        swept = true;
        lastSweep = now;
        long horizon = forgetAfter.toNanos();
        seen.values().removeIf(s -> now - s.last() > horizon);
        refused.values().removeIf(r -> now - r.last() > horizon);
    }

    /**
     * Whether the file is {@code minAge} old: by its modification time, or, when that lies in the future (a clock
     * set back, a writer whose clock runs ahead), by how long it has been seen unchanged ({@code unchangedNanos}),
     * so such a file is still taken in bounded time.
     */
    private boolean oldEnough(long modified, long unchangedNanos) {
        Instant now = clock.instant();
        Instant written = Instant.ofEpochMilli(modified);
        if (written.isAfter(now)) {
            return unchangedNanos >= minAge.toNanos();
        }
        return !written.plus(minAge).isAfter(now);
    }

    private boolean forget(String path) {
        seen.remove(path);
        return true;
    }

    /** Names that are never letters: hidden files, partial downloads, editor lock and temporary files. */
    static boolean ignored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".")
                || name.startsWith("~$")
                || name.startsWith("~")
                || lower.endsWith(".part")
                || lower.endsWith(".tmp")
                || lower.endsWith(".crdownload")
                || lower.endsWith(".partial")
                || lower.endsWith("~");
    }
}
