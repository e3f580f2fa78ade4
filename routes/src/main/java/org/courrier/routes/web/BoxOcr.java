package org.courrier.routes.web;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.courrier.document.CourrierException;
import org.courrier.document.Page;
import org.courrier.ingest.PageSource;
import org.courrier.ocr.PageReader;
import org.courrier.routes.api.ApiException;

/**
 * The OCR behind boxes drawn on the page: its page reader is made when the first box is read, not when the service
 * starts (most services never read one), and every read runs on one thread of its own, so that one Tesseract engine
 * (some 45 MiB) serves them all, however many HTTP worker threads ask. {@link #close} waits for the read under way
 * and frees the engine.
 *
 * <p>Thread-safe.
 */
final class BoxOcr implements AutoCloseable {

    /** How long {@link #close} waits for a read under way. */
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final Supplier<PageReader> factory;
    /** Made on first use; null until then. Guarded by this. */
    private ExecutorService thread;
    /** Made and used on {@link #thread} only; read by {@link #close} once that thread has ended. */
    private volatile PageReader reader;
    /** Guarded by this. */
    private boolean closed;

    BoxOcr(Supplier<PageReader> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Reads one page (a region cut out of a page image) on the OCR thread.
     *
     * @throws CourrierException when OCR refuses the region
     * @throws ApiException 503 when the service is stopping
     */
    Page read(PageSource page) throws CourrierException {
        Future<Page> result;
        synchronized (this) {
            if (closed) {
                throw new ApiException(503, "STOPPING", "the service is stopping; draw the box again after it starts");
            }
            if (thread == null) {
                thread = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "courrier-box-ocr");
                    t.setDaemon(true);
                    return t;
                });
            }
            result = thread.submit(() -> reader().read(page));
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiException(503, "STOPPING", "the box was not read: the request was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CourrierException c) {
                throw c;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("reading the box failed: " + cause, cause);
        }
    }

    /** The page reader, made on the OCR thread the first time it is needed. */
    private PageReader reader() {
        PageReader r = reader;
        if (r == null) {
            r = factory.get();
            reader = r;
        }
        return r;
    }

    /** Whether the page reader has been made (a box has been read). */
    boolean started() {
        return reader != null;
    }

    /** Stops reading: waits for the read under way, then frees the engine; nothing happens when none was made. */
    @Override
    public void close() {
        ExecutorService t;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            t = thread;
        }
        if (t == null) {
            return;
        }
        t.shutdown();
        try {
            if (!t.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                t.shutdownNow();
                t.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PageReader r = reader;
        if (r != null && t.isTerminated()) {
            r.close();
        }
    }
}
