package org.courrier.routes;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;
import org.courrier.extract.record.LetterRecord;
import org.courrier.extract.record.RecordJson;
import org.courrier.ingest.ContentHash;
import org.courrier.routes.store.RecordStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps the letter route takes on one file: identify it and count the start, read it into a record, and
 * account for the outcome. Where the file goes is decided here (exchange property {@link #MOVE_TO}) and done by
 * the file consumer when the exchange completes.
 *
 * <p>Thread-safe.
 */
final class LetterRouteSteps {

    static final String ID = "courrierId";
    /** Where the file consumer moves the file when the letter completes (absolute path, reserved). */
    static final String MOVE_TO = "courrierMoveTo";
    /** Where the file consumer moves the file when the letter fails (absolute path, reserved by the error writer). */
    static final String FAILED_TO = "courrierFailedTo";

    static final String CRASHES = "courrierCrashes";
    /** Set when another file with the same content is being read now: this one is set aside. */
    static final String TWIN_IN_FLIGHT = "courrierTwinInFlight";
    /** Starts of this letter that never finished (the process died), before the current one. */
    private static final String UNFINISHED = "courrierUnfinished";

    private static final String RECORD = "courrierRecord";
    /** Prefix of every file the service writes in the outbox before renaming it: readers and pickup skip it. */
    static final String TEMP_PREFIX = ".writing-";

    private static final String STAGE_STARTED = "courrierStageStarted";
    /** The file's size and modification time when the letter began, to tell whether it was left behind. */
    private static final String ATTRIBUTES = "courrierAttributes";

    private static final Logger LOG = LoggerFactory.getLogger("org.courrier.letters");

    private final ServiceSettings settings;
    private final ArchiveNames archive;
    private final InboxBoundary boundary;
    private final StateStore state;
    private final RecordStore records;
    private final LetterReader reader;
    private final Telemetry telemetry;
    private final Clock clock;
    /** This run of the service, as the holder of its claims in the in-flight journal. */
    private final String run;
    /**
     * Files whose letter has begun and not yet completed, by the path the file consumer listed: the consumer forgets
     * a file is in progress before the letter's last completion steps have run (one of them marks a file that could
     * not be removed as stuck), so pickup asks here too.
     */
    private final java.util.Set<String> completing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Told of a file that was archived but could not be removed from the inbox. */
    private volatile StuckFiles stuck = (path, size, modified) -> {};

    /** Where files that could not be removed from the inbox are reported. */
    interface StuckFiles {
        void stuck(Path path, long size, long modified);
    }

    void reportStuckTo(StuckFiles stuck) {
        this.stuck = stuck;
    }

    /** Whether the letter of the file at {@code listedPath} has begun and not completed yet. */
    boolean completing(String listedPath) {
        return completing.contains(listedPath);
    }

    LetterRouteSteps(
            ServiceSettings settings,
            ArchiveNames archive,
            InboxBoundary boundary,
            StateStore state,
            RecordStore records,
            LetterReader reader,
            Telemetry telemetry,
            Clock clock,
            String run) {
        this.records = records;
        this.boundary = boundary;
        this.run = run;
        this.settings = settings;
        this.archive = archive;
        this.state = state;
        this.reader = reader;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    /**
     * Hashes the file, decides where it goes when done, and claims its id in the in-flight journal, counting the
     * start. When a file with the same content is in flight already, this one is marked {@link #TWIN_IN_FLIGHT}.
     */
    void begin(Exchange exchange) throws CourrierException, SQLException {
        Path file = file(exchange);
        String listed = exchange.getIn().getHeader(Exchange.FILE_PATH, String.class);
        completing.add(listed);
        // after the file consumer has moved the file: its archive name is then taken by the file itself; a file
        // still there is marked stuck before pickup may see it again (the consumer forgets it is in progress first)
        exchange.getExchangeExtension().addOnCompletion(new JournalClearing() {
            @Override
            public void onDone(Exchange done) {
                try {
                    release(done, MOVE_TO);
                    release(done, FAILED_TO);
                    java.nio.file.attribute.BasicFileAttributes before =
                            done.getProperty(ATTRIBUTES, java.nio.file.attribute.BasicFileAttributes.class);
                    if (before != null) {
                        leftBehind(done, file, before);
                    }
                } finally {
                    completing.remove(listed);
                }
            }
        });
        // the filter refused links when it listed the file; a file swapped for one since is failed here
        java.util.Optional<CourrierException> refusal = boundary.refusal(file);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        java.nio.file.attribute.BasicFileAttributes before = attributes(file);
        String id = ContentHash.sha256(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        exchange.setProperty(ATTRIBUTES, before);
        exchange.getIn().setHeader(ID, id);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        archiveTo(
                exchange,
                MOVE_TO,
                settings.done()
                        .resolve(String.format(
                                "%04d/%02d/%02d", today.getYear(), today.getMonthValue(), today.getDayOfMonth())));
        StateStore.Claim claim = state.claim(id, file.getFileName().toString(), run);
        if (!claim.held()) {
            // the claim belongs to the other file's exchange: it alone clears it
            exchange.setProperty(TWIN_IN_FLIGHT, true);
            return;
        }
        int crashes = claim.unfinished();
        exchange.setProperty(UNFINISHED, crashes);
        telemetry.started();
        // runs after the file consumer has moved the file: a death in between leaves the start counted, so the
        // next run knows this letter's record may already be out (see duplicate)
        exchange.getExchangeExtension().addOnCompletion(new JournalClearing() {
            @Override
            public void onDone(Exchange done) {
                telemetry.finished();
                try {
                    state.finish(id);
                } catch (SQLException e) {
                    LOG.warn("{}: could not clear the in-flight journal: {}", file.getFileName(), e.getMessage());
                }
            }
        });
        if (crashes >= settings.crashLimit()) {
            exchange.setProperty(CRASHES, crashes);
            throw new CourrierException(
                    Reason.CRASHED,
                    file.getFileName() + ": the service stopped " + crashes + " times while reading this file");
        }
    }

    /**
     * Reserves a unique name for the file in {@code folder} (see {@link ArchiveNames}) and sets it as the exchange
     * property {@code property}, releasing the name reserved there before.
     */
    void archiveTo(Exchange exchange, String property, Path folder) {
        release(exchange, property);
        Path name = archive.reserve(
                folder,
                file(exchange).getFileName().toString(),
                exchange.getIn().getHeader(ID, String.class));
        exchange.setProperty(property, name.toString());
    }

    private void release(Exchange exchange, String property) {
        String reserved = exchange.getProperty(property, String.class);
        if (reserved != null) {
            archive.release(Path.of(reserved));
        }
    }

    /**
     * Reads the letter; the body becomes the record's JSON, named after the source file and the short id, saying
     * where the source will be archived.
     */
    void read(Exchange exchange) throws CourrierException {
        Path file = file(exchange);
        long t0 = System.nanoTime();
        LetterRecord record = reader.read(file, exchange.getIn().getHeader(ID, String.class));
        telemetry.stage(Telemetry.Stage.READ, System.nanoTime() - t0);
        exchange.setProperty(RECORD, record);
        exchange.getIn().setBody(RecordJson.toJson(record, exchange.getProperty(MOVE_TO, String.class)));
        exchange.getIn()
                .setHeader(Exchange.FILE_NAME, outboxName(file.getFileName().toString(), record.id()));
        exchange.getIn().setHeader(Exchange.CONTENT_TYPE, "application/json");
    }

    /**
     * Keeps the record in the record store as its first revision, before it is written to the outbox: a record in
     * the outbox is always in the store too, where reviewers find it. When the store fails the letter fails
     * ({@code IO_ERROR}: retried, then kept in {@code failed/} with its error file, ready for a replay) and no
     * record goes out; the source file is never lost.
     */
    void keep(Exchange exchange) throws CourrierException {
        Path file = file(exchange);
        Instant received = Instant.ofEpochMilli(exchange.getClock().getCreated());
        RecordStore.Saved saved;
        long t0 = System.nanoTime();
        try {
            saved = records.save(exchange.getIn().getBody(String.class), received);
            telemetry.stage(Telemetry.Stage.KEEP, System.nanoTime() - t0);
        } catch (SQLException e) {
            throw new CourrierException(
                    Reason.IO_ERROR,
                    file.getFileName() + ": the record could not be kept in the state database: " + e.getMessage(),
                    e);
        }
        if (saved == RecordStore.Saved.KEPT) {
            LOG.info(
                    "letter {}: record {} was revised by reviewers before; the store keeps their revisions",
                    file.getFileName(),
                    exchange.getIn().getHeader(ID, String.class).substring(0, 8));
        }
    }

    /** Notes when a stage starts; {@link #stageEnded} counts its time. */
    static void stageStarts(Exchange exchange) {
        exchange.setProperty(STAGE_STARTED, System.nanoTime());
    }

    /** Counts the time since {@link #stageStarts} for {@code stage}. */
    void stageEnded(Exchange exchange, Telemetry.Stage stage) {
        Long t0 = exchange.getProperty(STAGE_STARTED, Long.class);
        if (t0 != null) {
            telemetry.stage(stage, System.nanoTime() - t0);
        }
    }

    /** The record's file name in the outbox: {@code scan-0042.pdf} -> {@code scan-0042.3f9a1c2b.json}. */
    static String outboxName(String sourceName, String id) {
        int dot = sourceName.lastIndexOf('.');
        String base = dot > 0 ? sourceName.substring(0, dot) : sourceName;
        // written as .writing-NAME first: that name must fit the file system's limit too
        base = ArchiveNames.shortened(
                base,
                ArchiveNames.MAX_NAME_BYTES - ArchiveNames.bytes(TEMP_PREFIX + "." + id.substring(0, 8) + ".json"));
        return base + "." + id.substring(0, 8) + ".json";
    }

    /** One log line per letter. */
    void done(Exchange exchange) {
        LetterRecord r = exchange.getProperty(RECORD, LetterRecord.class);
        telemetry.letterDone(r.ocr().pages().size(), r.review().status().name());
        telemetry.stage(
                Telemetry.Stage.LETTER,
                java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(
                        exchange.getClock().elapsed()));
        LOG.info(
                "letter {}: {} page(s) in {} s, {} -> {}",
                file(exchange).getFileName(),
                r.ocr().pages().size(),
                String.format(java.util.Locale.ROOT, "%.1f", r.durationMs() / 1000.0),
                r.review().status(),
                exchange.getIn().getHeader(Exchange.FILE_NAME));
    }

    /**
     * A record with this id was already produced, or a file with the same content is being read now: the file is
     * set aside, not read again. Unless the process died while this very file was in flight, after its record was
     * out but before the file was moved: then the file goes on to done.
     */
    void duplicate(Exchange exchange) {
        Path file = file(exchange);
        if (exchange.getProperty(TWIN_IN_FLIGHT, false, Boolean.class)) {
            archiveTo(exchange, MOVE_TO, settings.duplicates());
            telemetry.duplicate();
            LOG.warn(
                    "duplicate {}: a file with the same content (record {}) is being read now; moved to {}",
                    file.getFileName(),
                    exchange.getIn().getHeader(ID, String.class).substring(0, 8),
                    exchange.getProperty(MOVE_TO));
            return;
        }
        if (exchange.getProperty(UNFINISHED, 0, Integer.class) > 0) {
            LOG.info(
                    "letter {}: its record was already out when the service stopped; moved to done",
                    file.getFileName());
            return;
        }
        archiveTo(exchange, MOVE_TO, settings.duplicates());
        telemetry.duplicate();
        LOG.warn(
                "duplicate {}: record {} was already produced; moved to {}",
                file.getFileName(),
                exchange.getIn().getHeader(ID, String.class).substring(0, 8),
                exchange.getProperty(MOVE_TO));
    }

    /**
     * The letter failed for want of disk space, a folder refusing writes or the state database unreachable: it is
     * not failed, it goes back where it was in the inbox. The file
     * consumer moves it to a name reserved in {@code failed/} (a rename: no space needed), then this moves it back
     * under its own name, and removes the outbox's half-written record. Should a file of that name have come into
     * the inbox meanwhile, it stays in {@code failed/} (nothing is replaced) and the log says where.
     */
    void returnToInbox(Exchange exchange) {
        Path file = file(exchange);
        archiveTo(exchange, FAILED_TO, settings.failed());
        Path parked = Path.of(exchange.getProperty(FAILED_TO, String.class));
        String record = TEMP_PREFIX + exchange.getExchangeId() + ".json"; // the outbox's temporary name
        exchange.getExchangeExtension().addOnCompletion(new JournalClearing() {
            @Override
            public void onDone(Exchange done) {
                try {
                    java.nio.file.Files.deleteIfExists(settings.outbox().resolve(record));
                } catch (java.io.IOException e) {
                    // a read-only outbox refuses even this; its temporary name is removed at the next start
                    LOG.warn("could not remove the half-written record {}: {}", record, e.toString());
                }
                try {
                    java.nio.file.Files.move(parked, file);
                    LOG.warn("letter {}: back in the inbox until pickup resumes", file.getFileName());
                } catch (java.io.IOException e) {
                    LOG.error(
                            "letter {}: could not go back to the inbox ({}); it is kept as {}",
                            file.getFileName(),
                            e.toString(),
                            parked);
                }
            }
        });
    }

    /**
     * After the file consumer has moved the file away: if it is still there, unchanged, it could not be removed
     * (the copy in done/, failed/ or duplicates/ is made): it is said once and not taken again while it stays so.
     */
    private void leftBehind(Exchange exchange, Path file, java.nio.file.attribute.BasicFileAttributes before) {
        java.nio.file.attribute.BasicFileAttributes now = attributes(file);
        if (before == null
                || now == null
                || now.size() != before.size()
                || now.lastModifiedTime().toMillis()
                        != before.lastModifiedTime().toMillis()) {
            return;
        }
        String archived = exchange.getProperty(exchange.isFailed() ? FAILED_TO : MOVE_TO, String.class);
        if (archived != null && java.nio.file.Files.exists(Path.of(archived))) {
            // the parked copy of a letter sent back for want of disk space is gone by now: this is not that case
            LOG.error(
                    "letter {}: archived as {} but it cannot be removed from the inbox (check the permissions of "
                            + "the inbox and the file); it stays there and is not read again while it is unchanged",
                    file.getFileName(),
                    archived);
            stuck.stuck(file, now.size(), now.lastModifiedTime().toMillis());
        }
    }

    private static java.nio.file.attribute.BasicFileAttributes attributes(Path file) {
        try {
            return java.nio.file.Files.readAttributes(
                    file, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** A completion step ordered after all others. */
    private abstract static class JournalClearing extends SynchronizationAdapter implements org.apache.camel.Ordered {
        @Override
        public int getOrder() {
            return org.apache.camel.Ordered.LOWEST;
        }
    }

    static Path file(Exchange exchange) {
        return Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class))
                .toAbsolutePath();
    }
}
