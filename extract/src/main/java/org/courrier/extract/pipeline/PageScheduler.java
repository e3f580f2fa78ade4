package org.courrier.extract.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.courrier.document.Page;
import org.courrier.ingest.PageSource;

/**
 * Decides where and when the reading of one page runs. {@link LetterPipeline} hands every page of a document to
 * its scheduler and puts the pages back in order; a service can plug in a scheduler that shares workers fairly
 * between letters in flight.
 *
 * <p>Implementations are thread-safe: several documents submit pages at once.
 */
public interface PageScheduler extends AutoCloseable {

    /** Runs {@code read} for {@code page} and returns its future result. */
    Future<Page> submit(PageSource page, Callable<Page> read);

    /** Stops the workers; pages not started are abandoned. */
    @Override
    void close();

    /** Pages run on the given executor in the order they are submitted; closing shuts the executor down. */
    static PageScheduler of(ExecutorService executor) {
        return new PageScheduler() {
            @Override
            public Future<Page> submit(PageSource page, Callable<Page> read) {
                return executor.submit(read);
            }

            @Override
            public void close() {
                executor.shutdownNow();
                try {
                    executor.awaitTermination(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
