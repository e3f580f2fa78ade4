package org.courrier.extract.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.courrier.document.CourrierException;
import org.courrier.document.Document;
import org.courrier.document.Page;
import org.courrier.document.Reason;
import org.courrier.extract.engine.FieldExtractor;
import org.courrier.extract.record.LetterRecord;
import org.courrier.extract.record.Review;
import org.courrier.ingest.Intake;
import org.courrier.ingest.OpenedDocument;
import org.courrier.ingest.PageSource;
import org.courrier.ocr.PageReader;

/**
 * File in, record out, without Camel: intake, page reading (pages in parallel through the scheduler, put back in
 * order), field extraction and review. Used by {@code ./courrier extract}, by the evaluation harness and by
 * the routes.
 *
 * <p>Field extraction of a letter runs within a time budget ({@code courrier.extract.budget}) on its own daemon
 * thread: over budget, the letter fails as {@link Reason#OVER_BUDGET} at once and the thread is interrupted (the
 * standard extractor stops at its next step; an engine step that never ends keeps its daemon thread, which
 * never holds the letter, the caller or the shutdown up). Running out of memory while reading or extracting a letter
 * is {@link Reason#OVER_BUDGET} too, never a reason to try again.
 *
 * <p>Thread-safe: several files may be processed at once; they share the page scheduler. The pipeline owns the
 * page reader and the scheduler it is given, and {@link #close()} releases both.
 */
public final class LetterPipeline implements AutoCloseable {

    private final Intake intake;
    private final PageReader pageReader;
    private final FieldExtractor extractor;
    private final PageScheduler pages;
    private final double autoAcceptThreshold;
    private final Duration extractBudget;
    private final ExecutorService extraction = Executors.newCachedThreadPool(new NamedDaemons("courrier-extract-"));
    private final Clock clock;

    private LetterPipeline(
            Intake intake,
            PageReader pageReader,
            FieldExtractor extractor,
            PageScheduler pages,
            double autoAcceptThreshold,
            Duration extractBudget,
            Clock clock) {
        this.extractBudget = Objects.requireNonNull(extractBudget, "extractBudget");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.pageReader = Objects.requireNonNull(pageReader, "pageReader");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.autoAcceptThreshold = autoAcceptThreshold;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A pipeline with the standard intake, Tesseract page reader, field extractor and page workers. */
    public static LetterPipeline start(CourrierSettings settings) {
        return builder(settings).build();
    }

    /** A builder starting from the standard parts for these settings; each can be replaced before {@link Builder#build()}. */
    public static Builder builder(CourrierSettings settings) {
        return new Builder(settings);
    }

    /**
     * Assembles a pipeline: the parts not given are the standard ones, made at {@link #build()} (the page reader and
     * the page workers only then, since they hold native engines and threads).
     */
    public static final class Builder {
        private final CourrierSettings settings;
        private Intake intake;
        private PageReader pageReader;
        private FieldExtractor extractor;
        private PageScheduler scheduler;
        private Clock clock = Clock.systemUTC();

        private Builder(CourrierSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /** The settings the standard parts are made from. */
        public CourrierSettings settings() {
            return settings;
        }

        public Builder withIntake(Intake intake) {
            this.intake = Objects.requireNonNull(intake, "intake");
            return this;
        }

        public Builder withPageReader(PageReader pageReader) {
            this.pageReader = Objects.requireNonNull(pageReader, "pageReader");
            return this;
        }

        public Builder withExtractor(FieldExtractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        /** Where pages are read; the pipeline closes it. The standard one is {@code workers} page threads. */
        public Builder withScheduler(PageScheduler scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        public Builder withClock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public LetterPipeline build() {
            return new LetterPipeline(
                    intake != null ? intake : Intake.create(settings.intake()),
                    pageReader != null ? pageReader : PageReader.create(settings.ocr()),
                    extractor != null ? extractor : FieldExtractor.create(),
                    scheduler != null
                            ? scheduler
                            : PageScheduler.of(java.util.concurrent.Executors.newFixedThreadPool(
                                    settings.workers(), new NamedDaemons("courrier-page-"))),
                    settings.autoAcceptThreshold(),
                    settings.extractBudget(),
                    clock);
        }
    }

    /** Checks, before the first letter, that the page reader can work (see {@link PageReader#verify()}). */
    public void verify() throws CourrierException {
        pageReader.verify();
    }

    @Override
    public void close() {
        extraction.shutdownNow();
        pages.close();
        pageReader.close();
    }

    /** Daemon threads named so that logs and thread dumps say what they are. */
    private static final class NamedDaemons implements java.util.concurrent.ThreadFactory {
        private final String prefix;
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        NamedDaemons(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /** Reads a file into a record. */
    public LetterRecord process(Path file) throws CourrierException {
        return process(file, null);
    }

    /** Reads a file whose SHA-256 is already known (see {@link Intake#open(Path, String)}) into a record. */
    public LetterRecord process(Path file, String knownSha256) throws CourrierException {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        Document document;
        try {
            document = read(file, knownSha256);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(file.getFileName().toString(), "reading it", e);
        }
        return record(document, start, t0);
    }

    private static CourrierException outOfMemory(String file, String doing, Throwable e) {
        return new CourrierException(
                Reason.OVER_BUDGET,
                file + ": ran out of memory " + doing + " (" + e.getMessage()
                        + "); the letter needs more than the Java heap has room for (raise -Xmx in COURRIER_JAVA_OPTS, or "
                        + "lower courrier.intake.max-pixels-per-page or courrier.letters-in-flight)",
                e);
    }

    /**
     * Turns a document already read (by {@link #read(Path)}, possibly earlier and kept) into a record: field
     * extraction and review only. The evaluation harness uses it to score extraction changes without OCR.
     */
    public LetterRecord process(Document document) throws CourrierException {
        return record(document, clock.instant(), System.nanoTime());
    }

    private LetterRecord record(Document document, Instant start, long t0) throws CourrierException {
        String file = document.source().fileName();
        FieldExtractor.Extraction extraction = extractWithinBudget(file, document);
        List<LetterRecord.PageInfo> pageInfo = document.pages().stream()
                .map(p -> new LetterRecord.PageInfo(
                        p.number(),
                        p.method().label(),
                        p.meanConfidence(),
                        p.rotation(),
                        p.skewDegrees(),
                        p.flattening(),
                        p.width(),
                        p.height()))
                .toList();
        LetterRecord.OcrInfo ocr = new LetterRecord.OcrInfo(pageReader.engine(), pageReader.languages(), pageInfo);
        long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        return new LetterRecord(
                document.source(),
                extraction.language(),
                extraction.fields(),
                document.text(),
                ocr,
                Review.of(extraction.fields(), autoAcceptThreshold),
                start,
                ms);
    }

    /** Field extraction on a daemon thread, given up (and interrupted) once it runs over its budget. */
    private FieldExtractor.Extraction extractWithinBudget(String file, Document document) throws CourrierException {
        Future<FieldExtractor.Extraction> running = extraction.submit(() -> extractor.extract(document));
        try {
            return running.get(extractBudget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new CourrierException(
                    Reason.OVER_BUDGET,
                    file + ": field extraction ran over its budget of " + extractBudget.toMillis() / 1000.0
                            + " s (courrier.extract.budget) and was stopped",
                    e);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new CourrierException(Reason.IO_ERROR, file + ": interrupted during field extraction", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                throw outOfMemory(file, "during field extraction", cause);
            }
            throw new CourrierException(Reason.EXTRACTION_FAILED, file + ": field extraction failed: " + cause, cause);
        }
    }

    /** Reads a file into positioned text, pages in parallel, put back in order. */
    public Document read(Path file) throws CourrierException {
        return read(file, null);
    }

    private Document read(Path file, String knownSha256) throws CourrierException {
        try (OpenedDocument opened = knownSha256 == null ? intake.open(file) : intake.open(file, knownSha256)) {
            List<Future<Page>> futures = new ArrayList<>();
            for (PageSource source : opened.pages()) {
                futures.add(pages.submit(source, () -> pageReader.read(source)));
            }
            List<Page> read = new ArrayList<>(futures.size());
            try {
                for (Future<Page> f : futures) {
                    read.add(f.get());
                }
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new CourrierException(
                        Reason.IO_ERROR, file.getFileName() + ": interrupted while reading pages", e);
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                Throwable cause = e.getCause();
                if (cause instanceof CourrierException ce) {
                    throw ce;
                }
                if (cause instanceof OutOfMemoryError) {
                    throw outOfMemory(file.getFileName().toString(), "reading its pages", cause);
                }
                throw new CourrierException(
                        Reason.OCR_FAILED, file.getFileName() + ": reading a page failed: " + cause, cause);
            }
            return new Document(opened.source(), read);
        }
    }
}
