package org.courrier.ingest;

import java.awt.image.BufferedImage;
import org.courrier.document.CourrierException;
import org.courrier.document.Page;

/** One page of an opened document: either text that is ready, or an image that needs OCR. */
public sealed interface PageSource permits PageSource.Ready, PageSource.Image {

    int number();

    /** A page whose positioned text came from the file itself (PDF text layer, DOCX, text). */
    record Ready(Page page) implements PageSource {
        @Override
        public int number() {
            return page.number();
        }
    }

    /** A page that must be read by OCR. */
    non-sealed interface Image extends PageSource {

        /** Resolution of the rendered image, in dots per inch (as scanned, or as rendered). */
        int dpi();

        /**
         * Renders or decodes the page image. Safe to call from any thread; implementations serialise access
         * to the underlying file where the library requires it.
         *
         * @throws CourrierException CORRUPT or TOO_LARGE when the image cannot be decoded within the limits
         */
        BufferedImage render() throws CourrierException;
    }
}
