package org.courrier.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.courrier.document.CourrierException;
import org.courrier.document.Page;
import org.courrier.document.Reason;

/**
 * A PDF, page by page: a page whose own text layer holds real text is ready at once (with positions); any
 * other page is rendered at {@link IntakeLimits#renderDpi()} for OCR when a worker asks for it.
 *
 * <p>Thread-safe: PDFBox documents are not, so text extraction happens on the opening thread and every
 * rendering locks the document.
 */
final class PdfPages {

    private static final int TAIL_BYTES = 2048;

    private PdfPages() {}

    static OpenedDocument open(FileFacts facts, IntakeLimits limits) throws CourrierException {
        requireEndOfFile(facts);
        PDDocument pdf = load(facts);
        try {
            int count = pdf.getNumberOfPages();
            if (count == 0) {
                throw new CourrierException(Reason.CORRUPT, facts.name() + ": the PDF has no readable page");
            }
            if (count > limits.maxPages()) {
                throw new CourrierException(
                        Reason.TOO_LARGE,
                        facts.name() + ": " + count + " pages is over the limit of " + limits.maxPages()
                                + " (courrier.intake.max-pages)");
            }
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<PageSource> pages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Page text = PdfTextLayer.read(pdf, i);
                pages.add(text != null ? new PageSource.Ready(text) : rendered(facts, limits, pdf, renderer, i));
            }
            return new LoadedDocument(facts.source(count), pages, () -> closeQuietly(pdf));
        } catch (CourrierException e) {
            closeQuietly(pdf);
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports much of a broken structure (a page tree without its pages, a wrong object type) as
            // unchecked exceptions: the file is as corrupt as when it says so with an IOException
            closeQuietly(pdf);
            throw new CourrierException(Reason.CORRUPT, facts.name() + ": the PDF cannot be parsed: " + e, e);
        }
    }

    private static PageSource rendered(
            FileFacts facts, IntakeLimits limits, PDDocument pdf, PDFRenderer renderer, int index)
            throws CourrierException {
        PDPage page = pdf.getPage(index);
        PDRectangle box = page.getCropBox();
        double pixels = renderedPixels(box, limits.renderDpi());
        // negated so that a NaN box (which no comparison passes) is refused too
        if (!(pixels <= limits.maxPixelsPerPage())) {
            throw new CourrierException(
                    Reason.TOO_LARGE,
                    facts.name() + ": page " + (index + 1) + " measures " + box.getWidth() + " x "
                            + box.getHeight() + " points and would render to " + String.format("%.0f", pixels)
                            + " pixels at " + limits.renderDpi() + " dpi, over the limit of "
                            + limits.maxPixelsPerPage() + " (courrier.intake.max-pixels-per-page)");
        }
        // the renderer decodes every image the page draws at its full declared size, whatever the page's own size
        PdfPageImages.Size image = PdfPageImages.largest(page);
        if (image.pixels() > limits.maxPixelsPerPage()) {
            throw new CourrierException(
                    Reason.TOO_LARGE,
                    facts.name() + ": page " + (index + 1)
                            + " draws an image of " + image.width() + " x " + image.height() + " pixels ("
                            + image.pixels()
                            + "), over the limit of " + limits.maxPixelsPerPage()
                            + " (courrier.intake.max-pixels-per-page)");
        }
        return new RenderedPdfPage(facts.name(), pdf, renderer, index, limits.renderDpi());
    }

    /**
     * The pixels PDFBox's renderer allocates for a page box at {@code dpi}: each side floored and at least one pixel,
     * as it does. In floating point, so that a box of 10^30 points cannot overflow into a small or negative count;
     * NaN when the box is.
     */
    static double renderedPixels(PDRectangle box, int dpi) {
        double scale = dpi / 72.0;
        double width = Math.max(Math.floor(box.getWidth() * scale), 1);
        double height = Math.max(Math.floor(box.getHeight() * scale), 1);
        return width * height;
    }

    /** A PDF written to the end carries %%EOF near its last byte; a truncated download does not. */
    private static void requireEndOfFile(FileFacts facts) throws CourrierException {
        try (InputStream in = Files.newInputStream(facts.path())) {
            long skip = Math.max(0, facts.sizeBytes() - TAIL_BYTES);
            in.skipNBytes(skip);
            String tail = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!tail.contains("%%EOF")) {
                throw new CourrierException(
                        Reason.CORRUPT, facts.name() + ": the PDF is truncated (no %%EOF marker at its end)");
            }
        } catch (IOException e) {
            throw TikaIntake.ioError(facts.name(), e);
        }
    }

    private static PDDocument load(FileFacts facts) throws CourrierException {
        try {
            return Loader.loadPDF(facts.path().toFile());
        } catch (InvalidPasswordException e) {
            throw new CourrierException(Reason.ENCRYPTED, facts.name() + ": the PDF is password-protected", e);
        } catch (IOException | RuntimeException e) {
            throw new CourrierException(
                    Reason.CORRUPT, facts.name() + ": the PDF cannot be parsed: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(PDDocument pdf) {
        synchronized (pdf) {
            try {
                pdf.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    /** One PDF page to render on demand; rendering locks the shared document. */
    private record RenderedPdfPage(String name, PDDocument pdf, PDFRenderer renderer, int index, int dpi)
            implements PageSource.Image {

        @Override
        public int number() {
            return index + 1;
        }

        @Override
        public BufferedImage render() throws CourrierException {
            synchronized (pdf) {
                try {
                    return renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
                } catch (IOException | RuntimeException e) {
                    throw new CourrierException(
                            Reason.CORRUPT, name + ": page " + number() + " cannot be rendered: " + e, e);
                }
            }
        }
    }
}
