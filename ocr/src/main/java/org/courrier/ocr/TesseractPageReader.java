package org.courrier.ocr;

import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.courrier.document.CourrierException;
import org.courrier.document.Page;
import org.courrier.document.Reason;
import org.courrier.ingest.PageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract through tess4j's C API: ready pages pass through; image pages are preprocessed as the settings
 * say, recognised within the page's time budget, and turned back upright when they were scanned sideways or
 * upside down.
 *
 * <p>Thread-safe: each worker thread gets its own {@link TesseractEngine} on first use and keeps it; engines
 * are never shared. An engine holds about 45 MiB (its models, caches and pixel buffer; measured); the engines of worker
 * threads that have ended are freed when the next engine is created, so a thread pool that replaces its
 * threads does not pile them up. Tesseract must run single-threaded (OMP_THREAD_LIMIT=1 in the environment: the launcher
 * and surefire set it; it cannot be set from Java once libgomp has read it). {@link #close()} frees every
 * engine; call it only once the workers have stopped.
 *
 * <p>When the native library or a language's data is missing, every image page fails with
 * {@link Reason#ENVIRONMENT} and a message saying what to install (checked once, at construction).
 */
final class TesseractPageReader implements PageReader {

    private static final Logger LOG = LoggerFactory.getLogger(TesseractPageReader.class);
    /** Read by libgomp once, when Tesseract's library loads: it cannot be changed from Java afterwards. */
    private static final String OMP_THREAD_LIMIT = "OMP_THREAD_LIMIT";

    private final OcrSettings settings;
    private final PagePreparation preparation;
    private final String version;
    private final CourrierException environment;
    /** Each engine by the thread that owns it. */
    private final Map<Thread, TesseractEngine> engines = new ConcurrentHashMap<>();

    private final ThreadLocal<TesseractEngine> perThread = new ThreadLocal<>();
    private volatile boolean closed;

    TesseractPageReader(OcrSettings settings) {
        this.settings = settings;
        this.preparation = new PagePreparation(settings.preprocessing());
        String found = null;
        CourrierException failure = null;
        try {
            found = TesseractEnvironment.check(
                    settings, settings.preprocessing().detectOrientation());
        } catch (CourrierException e) {
            LOG.error("OCR unavailable: {}", e.getMessage());
            failure = e;
        }
        this.version = found;
        this.environment = failure;
        if (!"1".equals(System.getenv(OMP_THREAD_LIMIT))) {
            LOG.warn(
                    "{} is {}, not 1: each Tesseract engine may start its own OpenMP threads and workers will"
                            + " compete for cores (the courrier launcher and the Maven build set it to 1)",
                    OMP_THREAD_LIMIT,
                    System.getenv(OMP_THREAD_LIMIT));
        }
    }

    @Override
    public Page read(PageSource page) throws CourrierException {
        if (page instanceof PageSource.Ready ready) {
            return ready.page();
        }
        PageSource.Image image = (PageSource.Image) page;
        long deadline = System.nanoTime() + settings.pageTimeout().toNanos();
        TesseractEngine engine = threadEngine();
        BufferedImage rendered = image.render();
        return preparation.read(engine, rendered, image.dpi(), image.number(), deadline);
    }

    private TesseractEngine threadEngine() throws CourrierException {
        if (environment != null) {
            throw environment;
        }
        if (closed) {
            throw new IllegalStateException("the page reader is closed");
        }
        TesseractEngine engine = perThread.get();
        if (engine == null) {
            freeEnginesOfEndedThreads();
            engine = new TesseractEngine(settings);
            perThread.set(engine);
            engines.put(Thread.currentThread(), engine);
        }
        return engine;
    }

    /** An ended thread can no longer use its engine: closing it here cannot race with a page being read. */
    private synchronized void freeEnginesOfEndedThreads() {
        for (Iterator<Map.Entry<Thread, TesseractEngine>> it =
                        engines.entrySet().iterator();
                it.hasNext(); ) {
            Map.Entry<Thread, TesseractEngine> owned = it.next();
            if (!owned.getKey().isAlive()) {
                it.remove();
                owned.getValue().close();
            }
        }
    }

    /** Native engines held: one per live worker thread that has read an image page (plus, until the next engine
     * is created, those of threads that have ended). */
    int engineCount() {
        return engines.size();
    }

    @Override
    public String engine() {
        return version == null ? "tesseract (unavailable)" : "tesseract " + version;
    }

    @Override
    public String languages() {
        return settings.languages();
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (TesseractEngine engine : engines.values()) {
            engine.close();
        }
        engines.clear();
    }
}
