package org.courrier.ocr;

import java.awt.image.BufferedImage;
import org.courrier.document.CourrierException;
import org.courrier.document.Flattening;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;

/**
 * The preprocessing steps around recognition, each switched by {@link OcrSettings.Preprocessing}: a phone photo's
 * sheet found and flattened ({@link PageFlattener}; pages with no sheet edge pass untouched), gray,
 * upscaling of low-resolution faxes, deskew measured by Tesseract's layout analysis, adaptive binarisation
 * (Sauvola, set on the engine) retried only when the ordinary read is poor, and orientation detection when a
 * first read looks wrong.
 * Which are on by default is decided by the character-error-rate table ({@code ./courrier cer}).
 *
 * <p>Thread-safe: stateless; the engine it is handed belongs to the calling thread.
 */
final class PagePreparation {

    /** Below this a scan is a fax or a cheap scanner: upscaled to {@link #TARGET_DPI}. */
    static final int LOW_RES_DPI = 250;

    static final int TARGET_DPI = 300;
    /** Skews smaller than this do not hurt Tesseract; larger than the maximum are layout noise. */
    static final double MIN_SKEW = 0.3;

    static final double MAX_SKEW = 15;
    /** A first read under this mean confidence, or with fewer words, is checked for orientation. */
    static final double SUSPICIOUS_CONFIDENCE = 70;

    static final int SUSPICIOUS_WORDS = 5;
    /** OSD confidence needed before a page is turned: upright noisy scans score 2-3 for a wrong 180, turned pages 14-15. */
    static final float OSD_CONFIDENCE = 4f;

    /** Speckle (see {@link ImageOperations#speckle}) above which a page is noise or a photo, not a scan of text:
     * clean letters measure about 0.04, noisy scans 0.16, random noise 0.5. */
    static final double SPECKLED = 0.35;

    private static final OcrSettings.Preprocessing PLAIN =
            new OcrSettings.Preprocessing(true, false, false, false, false, false, false);

    private final OcrSettings.Preprocessing steps;

    PagePreparation(OcrSettings.Preprocessing steps) {
        this.steps = steps;
    }

    Page read(TesseractEngine engine, BufferedImage image, int dpi, int number, long deadline)
            throws CourrierException {
        String what = "page " + number;
        Flattening flattening = null;
        if (steps.flatten()) {
            // before anything else: a photo's desk and perspective would mislead every later step
            PageFlattener.Flat flat = PageFlattener.flatten(image, steps.evenLight());
            if (flat != null) {
                image = flat.image();
                flattening = flat.flattening();
                dpi = PageFlattener.DPI;
            }
        }
        if (steps.grayscale()) {
            image = ImageOperations.gray(image);
        }
        // a photo or noise: adaptive steps would make millions of blobs, whose layout Tesseract cannot cut short
        OcrSettings.Preprocessing applied =
                ImageOperations.speckle(ImageOperations.gray(image)) > SPECKLED ? PLAIN : steps;
        engine.adaptiveThreshold(false);
        if (applied.upscaleLowRes() && dpi < LOW_RES_DPI) {
            image = ImageOperations.scale(image, (double) TARGET_DPI / dpi);
            dpi = TARGET_DPI;
        }
        Attempt best = attempt(engine, image, dpi, 0, deadline, what, applied);
        if (applied.detectOrientation() && looksMisoriented(best.result)) {
            int turn = engine.uprightRotation(image, dpi, OSD_CONFIDENCE);
            if (turn != 0) {
                Attempt turned =
                        attempt(engine, ImageOperations.quarterTurn(image, turn), dpi, turn, deadline, what, applied);
                // upright boxes are worth keeping unless the turned page reads clearly worse
                if (turned.score() >= 0.9 * best.score()) {
                    best = turned;
                }
            }
        }
        // Sauvola rescues scans on uneven, noisy paper that Otsu reads as nothing (CER 100 % -> 11 %) but costs
        // ordinary scans (3.4 % -> 6.9 %): it is tried only when the Otsu read is poor, and kept if it reads better
        if (applied.binarise() && isPoor(best.result)) {
            engine.adaptiveThreshold(true);
            try {
                Attempt adaptive = attempt(
                        engine, best.image, dpi, best.rotation, deadline, what, withoutDeskew(applied, best.skew));
                if (adaptive.score() > best.score()) {
                    best = new Attempt(adaptive.image, adaptive.result, best.rotation, best.skew + adaptive.skew);
                }
            } finally {
                engine.adaptiveThreshold(false);
            }
        }
        return new Page(
                number,
                best.image.getWidth(),
                best.image.getHeight(),
                best.result.lines(),
                PageMethod.OCR,
                best.result.meanConfidence(),
                best.rotation,
                best.skew,
                flattening);
    }

    private static boolean isPoor(OcrResult result) {
        return result.meanConfidence() < SUSPICIOUS_CONFIDENCE || result.wordCount() < SUSPICIOUS_WORDS;
    }

    /** The image handed on is already deskewed when a skew was applied: do not measure it again. */
    private static OcrSettings.Preprocessing withoutDeskew(OcrSettings.Preprocessing steps, double skewApplied) {
        return skewApplied == 0
                ? steps
                : new OcrSettings.Preprocessing(
                        steps.grayscale(),
                        false,
                        steps.binarise(),
                        steps.upscaleLowRes(),
                        steps.detectOrientation(),
                        steps.flatten(),
                        steps.evenLight());
    }

    /**
     * Upside-down text reads as garbage with low confidence; sideways text Tesseract reads by itself, but in
     * tall word boxes that would put the page's layout on its side.
     */
    private static boolean looksMisoriented(OcrResult result) {
        return result.meanConfidence() < SUSPICIOUS_CONFIDENCE
                || result.wordCount() < SUSPICIOUS_WORDS
                || result.tallWords() * 2 > result.longWords();
    }

    private Attempt attempt(
            TesseractEngine engine,
            BufferedImage image,
            int dpi,
            int rotation,
            long deadline,
            String what,
            OcrSettings.Preprocessing applied)
            throws CourrierException {
        engine.setImage(image, dpi);
        double skew = 0;
        if (applied.deskew()) {
            // projection profiles see the whole page; Tesseract's layout only its first block, so it is the fallback
            double measured = SkewMeter.clockwiseDegrees(ImageOperations.gray(image));
            if (measured == 0) {
                measured = engine.measureSkew();
            }
            if (Math.abs(measured) >= MIN_SKEW && Math.abs(measured) <= MAX_SKEW) {
                image = ImageOperations.rotate(image, -measured);
                engine.setImage(image, dpi);
                skew = measured;
            }
        }
        return new Attempt(image, engine.recognise(deadline, what), rotation, skew);
    }

    private record Attempt(BufferedImage image, OcrResult result, int rotation, double skew) {
        /** Confident words count: a turned page that reads more words more surely wins. */
        double score() {
            return result.meanConfidence() * result.wordCount();
        }
    }
}
