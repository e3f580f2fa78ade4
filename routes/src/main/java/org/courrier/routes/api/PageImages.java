package org.courrier.routes.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.courrier.document.CourrierException;
import org.courrier.ingest.ContentHash;
import org.courrier.ingest.Intake;
import org.courrier.ingest.IntakeLimits;
import org.courrier.ingest.OpenedDocument;
import org.courrier.ingest.PageSource;
import org.courrier.routes.store.RecordStore;

/**
 * A letter's pages as PNG, rendered on demand from the source file the service archived under the done folder, in
 * the pixels the record's evidence boxes are measured in (the OCR image, or 300 dpi for a PDF's text layer), and
 * kept in a memory cache bounded in bytes (least recently used pages go first). The file is found through the
 * record alone ({@code source.archivedAs}); it must lie inside the done folder, be a regular file (no link) and
 * still have the record's SHA-256, or nothing is rendered. At most two pages render at once.
 *
 * <p>Thread-safe.
 */
public final class PageImages {

    /** Dots per inch of a PDF's text-layer coordinates (see the ingest module's PdfTextLayer). */
    private static final float TEXT_LAYER_DPI = 300f;

    private final Path done;
    private final IntakeLimits limits;
    private final Intake intake;
    private final long maxCacheBytes;
    private final Semaphore rendering = new Semaphore(2);
    private final LinkedHashMap<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedBytes;

    public PageImages(Path done, IntakeLimits limits, long maxCacheBytes) {
        this.done = done.toAbsolutePath().normalize();
        this.limits = limits;
        this.intake = Intake.create(limits);
        this.maxCacheBytes = maxCacheBytes;
    }

    /** One rendered page, and whether it came from the cache. */
    public record Png(byte[] bytes, boolean cached) {}

    /** Page {@code page} (from 1) of the letter as PNG. */
    public Png page(RecordStore.StoredRecord letter, int page) throws InterruptedException {
        String id = letter.summary().id();
        String key = id + "/" + page;
        byte[] hit = cached(key);
        if (hit != null) {
            return new Png(hit, true);
        }
        rendering.acquire();
        try {
            hit = cached(key);
            if (hit != null) {
                return new Png(hit, true);
            }
            byte[] png = render(letter, id, page);
            keep(key, png);
            return new Png(png, false);
        } finally {
            rendering.release();
        }
    }

    private byte[] render(RecordStore.StoredRecord letter, String id, int page) {
        Path source = source(letter, id);
        try (OpenedDocument doc = intake.open(source, id)) {
            List<PageSource> pages = doc.pages();
            if (page < 1 || page > pages.size()) {
                throw ApiException.notFound("letter " + id + " has " + pages.size() + " page(s), not page " + page);
            }
            BufferedImage image;
            PageSource p = pages.get(page - 1);
            if (p instanceof PageSource.Image i) {
                image = i.render();
            } else if ("application/pdf".equals(doc.source().mediaType())) {
                image = pdfPage(source, page);
            } else {
                throw new ApiException(
                        404,
                        "NO_PAGE_IMAGE",
                        "letter " + id + " is " + doc.source().mediaType()
                                + ": its pages are text without an image; read them in the record's text");
            }
            return png(image);
        } catch (CourrierException e) {
            throw new ApiException(
                    409,
                    "SOURCE_UNREADABLE",
                    "letter " + id + ": its archived source cannot be rendered (" + e.reason() + "): "
                            + e.getMessage());
        }
    }

    /** The archived source of the letter, checked: inside the done folder, a regular file, the record's content. */
    private Path source(RecordStore.StoredRecord letter, String id) {
        JsonNode archived = LettersApi.parse(letter.json()).path("source").path("archivedAs");
        if (!archived.isTextual()) {
            throw new ApiException(
                    404, "NO_SOURCE", "letter " + id + " has no archived source (source.archivedAs is missing)");
        }
        Path path = Path.of(archived.asText()).toAbsolutePath().normalize();
        if (!path.startsWith(done)) {
            throw new ApiException(
                    409, "SOURCE_OUTSIDE_DONE", "letter " + id + ": its archived source is not in the done folder");
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new ApiException(
                    404,
                    "SOURCE_MISSING",
                    "letter " + id + ": its archived source " + done.relativize(path)
                            + " is missing from the done folder (moved or deleted)");
        }
        String sha;
        try {
            sha = ContentHash.sha256(path, LinkOption.NOFOLLOW_LINKS);
        } catch (CourrierException e) {
            throw new ApiException(409, "SOURCE_UNREADABLE", "letter " + id + ": " + e.getMessage());
        }
        if (!sha.equals(id)) {
            throw new ApiException(
                    409,
                    "SOURCE_CHANGED",
                    "letter " + id + ": its archived source " + done.relativize(path)
                            + " no longer has the letter's content (SHA-256 " + sha.substring(0, 8) + ")");
        }
        return path;
    }

    /** A page of a PDF with a text layer, rendered at the text layer's resolution, within the pixel limit. */
    private BufferedImage pdfPage(Path source, int page) throws CourrierException {
        try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
            PDPage p = pdf.getPage(page - 1);
            double scale = TEXT_LAYER_DPI / 72.0;
            double pixels = p.getCropBox().getWidth() * scale * p.getCropBox().getHeight() * scale;
            if (pixels > limits.maxPixelsPerPage()) {
                throw new ApiException(
                        413,
                        "TOO_LARGE",
                        "page " + page + " would be " + (long) pixels + " pixels at 300 dpi, over "
                                + limits.maxPixelsPerPage() + " (courrier.intake.max-pixels-per-page)");
            }
            // grey: a letter page read on screen; smaller and quicker to encode than colour
            return new PDFRenderer(pdf).renderImageWithDPI(page - 1, TEXT_LAYER_DPI, ImageType.GRAY);
        } catch (IOException e) {
            throw new ApiException(409, "SOURCE_UNREADABLE", source.getFileName() + ": " + e.getMessage());
        }
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private synchronized byte[] cached(String key) {
        return cache.get(key);
    }

    private synchronized void keep(String key, byte[] png) {
        if (png.length > maxCacheBytes) {
            return;
        }
        byte[] old = cache.put(key, png);
        cachedBytes += png.length - (old == null ? 0 : old.length);
        var it = cache.entrySet().iterator();
        while (cachedBytes > maxCacheBytes && it.hasNext()) {
            Map.Entry<String, byte[]> eldest = it.next();
            it.remove();
            cachedBytes -= eldest.getValue().length;
        }
    }

    /** Bytes held by the cache now. */
    synchronized long cachedBytes() {
        return cachedBytes;
    }
}
