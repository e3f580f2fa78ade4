package org.courrier.ocr;

import org.courrier.document.CourrierException;
import org.courrier.document.Page;
import org.courrier.ingest.PageSource;

/**
 * Turns one page source into positioned text: ready pages pass through, image pages go through OCR.
 *
 * <p>Thread-safe: each calling thread gets its own native Tesseract handle, created on first use and
 * reused; handles are freed by {@link #close()}.
 */
public interface PageReader extends AutoCloseable {

    /**
     * Reads one page.
     *
     * @throws CourrierException OCR_TIMEOUT, OCR_FAILED, CORRUPT or TOO_LARGE
     */
    Page read(PageSource page) throws CourrierException;

    /** The engine and its version as the record names it, e.g. {@code tesseract 5.3.0}. */
    String engine();

    /** The languages in use, e.g. {@code fra+eng}. */
    String languages();

    /**
     * Checks, before the first letter, that pages can be read: for Tesseract, that the native library loads and that
     * every language's data (and the orientation data, when used) is there and loads. Readers with nothing to check
     * pass.
     *
     * @throws CourrierException ENVIRONMENT, naming the setting and the file to fix
     */
    default void verify() throws CourrierException {}

    @Override
    void close();

    /** The standard reader: Tesseract through tess4j, one engine per worker thread. */
    static PageReader create(OcrSettings settings) {
        return new TesseractPageReader(settings);
    }
}
