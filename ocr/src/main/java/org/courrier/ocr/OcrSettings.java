package org.courrier.ocr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How OCR is configured; read once at start-up and validated here.
 *
 * @param tessdata      folder holding the {@code *.traineddata} files
 * @param languages     Tesseract language codes joined by '+', e.g. {@code fra+eng}
 * @param pageTimeout   time budget for one page; past it the page fails with OCR_TIMEOUT
 * @param preprocessing which preprocessing steps run before recognition
 */
public record OcrSettings(Path tessdata, String languages, Duration pageTimeout, Preprocessing preprocessing) {

    private static final Pattern LANGUAGES = Pattern.compile("[a-z_]{3,}(\\+[a-z_]{3,})*");

    public OcrSettings {
        Objects.requireNonNull(tessdata, "courrier.ocr.tessdata");
        if (languages == null || !LANGUAGES.matcher(languages).matches()) {
            throw new IllegalArgumentException(
                    "courrier.ocr.languages must be Tesseract codes joined by '+', e.g. fra+eng: " + languages);
        }
        if (pageTimeout == null || pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("courrier.ocr.page-timeout must be positive: " + pageTimeout);
        }
        Objects.requireNonNull(preprocessing, "preprocessing");
    }

    /**
     * Preprocessing steps, each kept only where the character-error-rate table shows it helps.
     *
     * @param grayscale          convert colour scans to gray before anything else
     * @param deskew             measure and undo small rotations of the scan
     * @param binarise           adaptive (Sauvola) thresholding, retried on pages the ordinary read gets poorly
     * @param upscaleLowRes      upscale pages below 250 dpi (faxes) before recognition
     * @param detectOrientation  detect pages scanned sideways or upside down and turn them back
     * @param flatten            find the sheet in a phone photo, flatten it to A4 at 300 dpi and even its light
     *                           (pages with no sheet edge in view are left as they are)
     * @param evenLight          once a photo is flattened, divide it by an estimate of the light that fell on it
     */
    public record Preprocessing(
            boolean grayscale,
            boolean deskew,
            boolean binarise,
            boolean upscaleLowRes,
            boolean detectOrientation,
            boolean flatten,
            boolean evenLight) {

        public static final Preprocessing ALL = new Preprocessing(true, true, true, true, true, true, true);
        public static final Preprocessing NONE = new Preprocessing(false, false, false, false, false, false, false);

        /** The steps before photos were flattened: every step but flattening as given, flattening off. */
        public Preprocessing(
                boolean grayscale, boolean deskew, boolean binarise, boolean upscaleLowRes, boolean detectOrientation) {
            this(grayscale, deskew, binarise, upscaleLowRes, detectOrientation, false, false);
        }

        /** The same steps with flattening, and evening the light of a flattened photo, switched as given. */
        public Preprocessing withFlatten(boolean on, boolean light) {
            return new Preprocessing(grayscale, deskew, binarise, upscaleLowRes, detectOrientation, on, light);
        }
    }
}
