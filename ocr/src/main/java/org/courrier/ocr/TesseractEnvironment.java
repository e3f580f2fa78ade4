package org.courrier.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.tess4j.TessAPI;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;

/**
 * Checks, once at start-up, that the native Tesseract library loads and that every language's traineddata
 * is where the settings say; the message of a failure says exactly what to install.
 */
final class TesseractEnvironment {

    static final String OSD = "osd";

    private TesseractEnvironment() {}

    /** The library's version, e.g. {@code 5.3.0}. */
    static String check(OcrSettings settings, boolean needsOsd) throws CourrierException {
        String version;
        try {
            version = TessAPI.INSTANCE.TessVersion();
        } catch (LinkageError e) {
            throw new CourrierException(
                    Reason.ENVIRONMENT,
                    "the native Tesseract library cannot be loaded (" + e
                            + "). Install it: on Debian 12 'apt-get install tesseract-ocr libtesseract-dev' (Tesseract 5.3,"
                            + " Leptonica 1.82; libtesseract-dev provides libtesseract.so). tess4j 5.14 is the newest that"
                            + " runs on Leptonica 1.82; 5.15 and later need a newer Leptonica.",
                    e);
        }
        for (String language : settings.languages().split("\\+")) {
            requireTraineddata(settings.tessdata(), language);
        }
        if (needsOsd) {
            requireTraineddata(settings.tessdata(), OSD);
        }
        return version;
    }

    private static void requireTraineddata(Path tessdata, String language) throws CourrierException {
        Path file = tessdata.resolve(language + ".traineddata");
        if (!Files.isReadable(file)) {
            throw new CourrierException(
                    Reason.ENVIRONMENT,
                    "Tesseract language data " + file + " is missing"
                            + " (courrier.ocr.tessdata=" + tessdata + "). Install it: on Debian 12 'apt-get install "
                            + "tesseract-ocr-" + language.replace('_', '-') + "', or point courrier.ocr.tessdata at the"
                            + " folder that holds " + language + ".traineddata.");
        }
    }
}
