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
    /** Language files that loaded in {@link #verify}, by path, engine mode, size and modification time. */
    private static final java.util.Set<String> LOADED = ConcurrentHashMap.newKeySet();

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

    /**
     * The library loads and each language's data is there and loads in an engine of its own (freed at once): a
     * truncated or damaged {@code .traineddata} is found here, naming the file, not at the first scanned page.
     */
    @Override
    public void verify() throws CourrierException {
        if (environment != null) {
            throw environment;
        }
        for (String language : settings.languages().split("\\+")) {
            requireLoads(language, net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY);
        }
        if (settings.preprocessing().detectOrientation()) {
            requireLoads(
                    TesseractEnvironment.OSD, net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode.OEM_TESSERACT_ONLY);
        }
    }

    /**
     * Loads one language's data once per file version: a file with the size and modification time of one that
     * loaded before in this JVM is not loaded again (a service started many times in one JVM, as in the tests, pays
     * the second or so once).
     */
    private void requireLoads(String language, int engineMode) throws CourrierException {
        java.nio.file.Path file = settings.tessdata().resolve(language + ".traineddata");
        String version;
        try {
            java.nio.file.attribute.BasicFileAttributes a =
                    java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            version = file.toAbsolutePath() + "|" + engineMode + "|" + a.size() + "|"
                    + a.lastModifiedTime().toMillis();
        } catch (java.io.IOException e) {
            version = null;
        }
        if (version != null && LOADED.contains(version)) {
            return;
        }
        TesseractEngine.requireLoads(settings.tessdata(), language, engineMode);
        if (version != null) {
            LOADED.add(version);
        }
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
