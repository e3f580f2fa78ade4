package org.courrier.ocr;

import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;

/**
 * One native Tesseract handle (and, when orientation detection is on, one OSD handle), created once and
 * reused page after page.
 *
 * <p>Not thread-safe: each worker thread owns one engine ({@link TesseractPageReader} sees to it).
 * {@link #close()} frees the native handles.
 */
final class TesseractEngine implements AutoCloseable {

    /** Tesseract's thresholding_method: 0 Otsu (global), 2 Sauvola (adaptive, for noisy scans). */
    private static final String OTSU = "0";

    private static final String SAUVOLA = "2";

    private final TessBaseAPI handle;
    private final boolean adaptiveByDefault;
    private TessBaseAPI osd;
    private final String tessdata;
    private ByteBuffer pixels = ByteBuffer.allocateDirect(0);
    private boolean closed;

    TesseractEngine(OcrSettings settings) throws CourrierException {
        this.tessdata = settings.tessdata().toString();
        this.handle = TessAPI.INSTANCE.TessBaseAPICreate();
        if (TessAPI.INSTANCE.TessBaseAPIInit2(handle, tessdata, settings.languages(), TessOcrEngineMode.OEM_LSTM_ONLY)
                != 0) {
            TessAPI.INSTANCE.TessBaseAPIDelete(handle);
            // name the file that does not load, when one language alone shows it
            for (String language : settings.languages().split("\\+")) {
                requireLoads(settings.tessdata(), language, TessOcrEngineMode.OEM_LSTM_ONLY);
            }
            throw new CourrierException(
                    Reason.ENVIRONMENT,
                    "Tesseract cannot load languages " + settings.languages() + " from " + tessdata
                            + " (courrier.ocr.tessdata, courrier.ocr.languages)");
        }
        // Tesseract reads on with the languages that loaded when one of several fails: that would be worse text
        // with no word of it, so a language missing from the engine fails here, naming its file
        java.util.Set<String> loaded = loadedLanguages(handle);
        for (String language : settings.languages().split("\\+")) {
            if (!loaded.contains(language)) {
                TessAPI.INSTANCE.TessBaseAPIEnd(handle);
                TessAPI.INSTANCE.TessBaseAPIDelete(handle);
                throw new CourrierException(Reason.ENVIRONMENT, cannotLoad(settings.tessdata(), language));
            }
        }
        TessAPI.INSTANCE.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
        this.adaptiveByDefault = settings.preprocessing().binarise();
        adaptiveThreshold(adaptiveByDefault);
    }

    /** Sauvola (adaptive) or Otsu (global) thresholding for the next pages. */
    void adaptiveThreshold(boolean adaptive) {
        TessAPI.INSTANCE.TessBaseAPISetVariable(handle, "thresholding_method", adaptive ? SAUVOLA : OTSU);
    }

    /** Gives Tesseract the page; gray images go as 8 bits per pixel, others as 24-bit RGB. */
    void setImage(BufferedImage image, int dpi) {
        setImage(handle, image, dpi);
    }

    private void setImage(TessBaseAPI target, BufferedImage image, int dpi) {
        int width = image.getWidth();
        int bytesPerPixel = fill(image);
        TessAPI.INSTANCE.TessBaseAPISetImage(
                target, pixels, width, image.getHeight(), bytesPerPixel, width * bytesPerPixel);
        TessAPI.INSTANCE.TessBaseAPISetSourceResolution(target, dpi);
    }

    /** Copies the image into the reused direct buffer; Tesseract copies it again on SetImage. */
    private int fill(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        int bytesPerPixel = gray ? 1 : 3;
        int size = width * height * bytesPerPixel;
        if (pixels.capacity() < size) {
            pixels = ByteBuffer.allocateDirect(size);
        }
        pixels.clear();
        if (gray) {
            pixels.put((byte[]) image.getRaster().getDataElements(0, 0, width, height, null), 0, size);
        } else {
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int rgb : row) {
                    pixels.put((byte) (rgb >> 16)).put((byte) (rgb >> 8)).put((byte) rgb);
                }
            }
        }
        pixels.flip();
        return bytesPerPixel;
    }

    /** Layout analysis only (Recognize reuses it): skew of the text lines in degrees, positive when the scan is
     * turned clockwise. */
    double measureSkew() {
        TessPageIterator it = TessAPI.INSTANCE.TessBaseAPIAnalyseLayout(handle);
        if (it == null) {
            return 0;
        }
        try {
            IntBuffer orientation = IntBuffer.allocate(1);
            IntBuffer direction = IntBuffer.allocate(1);
            IntBuffer order = IntBuffer.allocate(1);
            FloatBuffer angle = FloatBuffer.allocate(1);
            TessAPI.INSTANCE.TessPageIteratorOrientation(it, orientation, direction, order, angle);
            return Math.toDegrees(angle.get(0));
        } finally {
            TessAPI.INSTANCE.TessPageIteratorDelete(it);
        }
    }

    /**
     * Recognises the image last set, within the time left. Tesseract's own monitor carries the deadline, so
     * a page that runs over stops inside the native code instead of hanging its worker.
     */
    OcrResult recognise(long deadlineNanos, String what) throws CourrierException {
        long leftMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (leftMillis <= 0) {
            throw new CourrierException(
                    Reason.OCR_TIMEOUT, what + ": OCR time budget spent (courrier.ocr.page-timeout)");
        }
        ETEXT_DESC monitor = TessAPI.INSTANCE.TessMonitorCreate();
        monitor.setAutoSynch(false);
        try {
            TessAPI.INSTANCE.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, leftMillis));
            int status = TessAPI.INSTANCE.TessBaseAPIRecognize(handle, monitor);
            if (status != 0) {
                if (System.nanoTime() >= deadlineNanos) {
                    throw new CourrierException(
                            Reason.OCR_TIMEOUT,
                            what + ": OCR did not finish within its time" + " budget (courrier.ocr.page-timeout)");
                }
                throw new CourrierException(
                        Reason.OCR_FAILED,
                        what + ": Tesseract failed to recognise the page" + " (status " + status + ")");
            }
        } finally {
            TessAPI.INSTANCE.TessMonitorDelete(monitor);
        }
        TessResultIterator it = TessAPI.INSTANCE.TessBaseAPIGetIterator(handle);
        try {
            return OcrResult.from(it);
        } finally {
            if (it != null) {
                TessAPI.INSTANCE.TessResultIteratorDelete(it);
            }
            TessAPI.INSTANCE.TessBaseAPIClear(handle);
        }
    }

    /**
     * Orientation and script detection on the image: the clockwise rotation (0, 90, 180, 270) that turns the
     * page upright, or 0 when OSD is not confident.
     */
    int uprightRotation(BufferedImage image, int dpi, float minConfidence) throws CourrierException {
        if (osd == null) {
            TessBaseAPI made = TessAPI.INSTANCE.TessBaseAPICreate();
            if (TessAPI.INSTANCE.TessBaseAPIInit2(
                            made, tessdata, TesseractEnvironment.OSD, TessOcrEngineMode.OEM_TESSERACT_ONLY)
                    != 0) {
                // damaged since start: the page is read as it is, never handed to an engine that did not load
                TessAPI.INSTANCE.TessBaseAPIDelete(made);
                throw new CourrierException(
                        Reason.ENVIRONMENT, cannotLoad(Path.of(tessdata), TesseractEnvironment.OSD));
            }
            osd = made;
            TessAPI.INSTANCE.TessBaseAPISetPageSegMode(osd, TessPageSegMode.PSM_OSD_ONLY);
        }
        try {
            TessAPI.INSTANCE.TessBaseAPISetVariable(osd, "user_defined_dpi", Integer.toString(dpi));
            setImage(osd, image, dpi);
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            PointerByReference script = new PointerByReference();
            int ok = TessAPI.INSTANCE.TessBaseAPIDetectOrientationScript(
                    osd, degrees, confidence, script, scriptConfidence);
            if (ok == 0 || confidence.get(0) < minConfidence) {
                return 0;
            }
            // OSD names the page's orientation counter-clockwise; turning it back is the clockwise complement
            return Math.floorMod(360 - degrees.get(0), 360);
        } finally {
            TessAPI.INSTANCE.TessBaseAPIClear(osd);
        }
    }

    /**
     * Loads one language's data into an engine of its own and frees it again: fails with {@link Reason#ENVIRONMENT}
     * naming the file when Tesseract cannot load it (a truncated or damaged file, or not language data at all).
     */
    static void requireLoads(Path tessdata, String language, int engineMode) throws CourrierException {
        TessBaseAPI probe = TessAPI.INSTANCE.TessBaseAPICreate();
        try {
            if (TessAPI.INSTANCE.TessBaseAPIInit2(probe, tessdata.toString(), language, engineMode) != 0) {
                throw new CourrierException(Reason.ENVIRONMENT, cannotLoad(tessdata, language));
            }
            TessAPI.INSTANCE.TessBaseAPIEnd(probe);
        } finally {
            TessAPI.INSTANCE.TessBaseAPIDelete(probe);
        }
    }

    private static java.util.Set<String> loadedLanguages(TessBaseAPI handle) {
        PointerByReference names = TessAPI.INSTANCE.TessBaseAPIGetLoadedLanguagesAsVector(handle);
        if (names == null || names.getPointer() == null) {
            return java.util.Set.of();
        }
        try {
            return new java.util.HashSet<>(
                    java.util.Arrays.asList(names.getPointer().getStringArray(0)));
        } finally {
            TessAPI.INSTANCE.TessDeleteTextArray(names);
        }
    }

    private static String cannotLoad(Path tessdata, String language) {
        Path file = tessdata.resolve(language + ".traineddata");
        String size;
        try {
            size = java.nio.file.Files.size(file) + " bytes";
        } catch (java.io.IOException e) {
            size = "unreadable: " + e.getMessage();
        }
        return "Tesseract cannot load the language data " + file + " (" + size + "): the file is damaged, cut short"
                + " or not Tesseract data (courrier.ocr.tessdata=" + tessdata + "). Install it again: on Debian 12"
                + " 'apt-get install --reinstall tesseract-ocr-" + language.replace('_', '-') + "', or point"
                + " courrier.ocr.tessdata at a folder with a sound " + language + ".traineddata.";
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        TessAPI.INSTANCE.TessBaseAPIEnd(handle);
        TessAPI.INSTANCE.TessBaseAPIDelete(handle);
        if (osd != null) {
            TessAPI.INSTANCE.TessBaseAPIEnd(osd);
            TessAPI.INSTANCE.TessBaseAPIDelete(osd);
            osd = null;
        }
    }
}
