package org.courrier.routes;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.courrier.document.CourrierException;
import org.courrier.document.Page;
import org.courrier.extract.pipeline.LetterPipeline;
import org.courrier.extract.pipeline.PageScheduler;
import org.courrier.extract.record.LetterRecord;
import org.courrier.ingest.PageSource;

/**
 * File in, record out, for the service: the {@link LetterPipeline} with its pages sent to the {@link FairPagePool}
 * so that letters in flight share the workers fairly, and OCR time counted.
 *
 * <p>Thread-safe: several letters may be read at once.
 */
final class LetterReader implements AutoCloseable {

    private final LetterPipeline pipeline;
    private final FairPagePool pool;

    /** The pipeline {@code parts} describe, its pages read by {@code pool}. */
    LetterReader(LetterPipeline.Builder parts, FairPagePool pool, Telemetry telemetry, Clock clock) {
        this.pool = pool;
        this.pipeline = parts.withScheduler(new FairScheduler(pool, telemetry))
                .withClock(clock)
                .build();
    }

    FairPagePool pool() {
        return pool;
    }

    /** Reads a letter the route has already hashed ({@code sha256}, its id). */
    LetterRecord read(Path file, String sha256) throws CourrierException {
        return pipeline.process(file, sha256);
    }

    /** Turns pages read elsewhere (by scale-out workers) into a record: field extraction and review only. */
    LetterRecord record(org.courrier.document.Document document) throws CourrierException {
        return pipeline.process(document);
    }

    /** Checks, before the first letter, that pages can be read (OCR library and language data load). */
    void verify() throws CourrierException {
        pipeline.verify();
    }

    /** Stops the page workers and frees the OCR engines. */
    @Override
    public void close() {
        pipeline.close();
    }

    /** Pages to the fair pool, lower page numbers first; the time of each OCR'd page goes to the metrics. */
    private record FairScheduler(FairPagePool pool, Telemetry telemetry) implements PageScheduler {

        @Override
        public Future<Page> submit(PageSource page, Callable<Page> read) {
            return pool.submit(page.number(), () -> {
                long t0 = System.nanoTime();
                try {
                    return read.call();
                } finally {
                    if (page instanceof PageSource.Image) {
                        telemetry.ocrSeconds((System.nanoTime() - t0) / 1e9);
                    }
                }
            });
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
