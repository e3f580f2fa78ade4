package org.courrier.ocr;

import org.courrier.document.CourrierException;
import org.courrier.document.Page;
import org.courrier.document.Reason;
import org.courrier.ingest.PageSource;

/** PLACEHOLDER until the ocr issue lands: passes ready pages through, refuses images. */
final class TesseractPageReader implements PageReader {

    private final OcrSettings settings;

    TesseractPageReader(OcrSettings settings) {
        this.settings = settings;
    }

    @Override
    public Page read(PageSource page) throws CourrierException {
        if (page instanceof PageSource.Ready ready) {
            return ready.page();
        }
        throw new CourrierException(Reason.ENVIRONMENT, "OCR not implemented yet");
    }

    @Override
    public String engine() {
        return "tesseract";
    }

    @Override
    public String languages() {
        return settings.languages();
    }

    @Override
    public void close() {
    }
}
