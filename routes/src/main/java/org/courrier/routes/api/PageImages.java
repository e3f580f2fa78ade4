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
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.courrier.document.CourrierException;
import org.courrier.document.Flattening;
import org.courrier.document.PageMethod;
import org.courrier.ingest.ContentHash;
import org.courrier.ingest.Intake;
import org.courrier.ingest.IntakeLimits;
import org.courrier.ingest.OpenedDocument;
import org.courrier.ingest.PageSource;
import org.courrier.ocr.PageFlattener;
import org.courrier.ocr.PageGeometry;
import org.courrier.routes.store.RecordStore;

/**
 * A letter's pages as images for the screen, rendered on demand from the source file the service archived under
 * the done folder and kept in a memory cache bounded in bytes (least recently used pages go first). The file is
 * found through the record alone ({@code source.archivedAs}); it must lie inside the done folder, be a regular file
 * (no link) and still have the record's SHA-256, or nothing is rendered. At most two pages render at once.
 *
 * <p>The evidence boxes are measured in the page's <em>evidence pixels</em>: the OCR image, or 300 dpi for a PDF's
 * text layer. A text-layer page is rendered at 150 dpi, and a scan at least {@link #WIDE_PIXELS} wide is halved
 * ({@link ScreenImage#scale()} 0.5), so that image pixel {@code (x, y)} covers evidence pixels
 * {@code (x / scale, y / scale)}; narrower scans are shown as they are (scale 1). Pages drawn from
 * text (a PDF's text layer, a bilevel fax) are PNG, scans and photos JPEG. {@link #evidencePage} gives the page in
 * the evidence pixels themselves, for reading a region with OCR.
 *
 * <p>Thread-safe.
 */
public final class PageImages {

    /** Dots per inch of a PDF's text-layer coordinates (see the ingest module's PdfTextLayer). */
    private static final float TEXT_LAYER_DPI = 300f;

    /** The scale of a wide page on screen: half its evidence pixels (150 dpi for a 300 dpi page). */
    static final double WIDE_SCALE = 0.5;

    /** Pages at least this wide in evidence pixels are shown at {@link #WIDE_SCALE} (A4 at 300 dpi is 2480). */
    static final int WIDE_PIXELS = 1800;

    /** JPEG quality of scans on screen: no visible artefacts on text at the review screen's zooms. */
    private static final float JPEG_QUALITY = 0.8f;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PageImages.class);

    private final Path done;
    private final IntakeLimits limits;
    private final Intake intake;
    private final long maxCacheBytes;
    private final Semaphore rendering = new Semaphore(2);
    private final LinkedHashMap<String, ScreenImage> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedBytes;

    public PageImages(Path done, IntakeLimits limits, long maxCacheBytes) {
        this.done = done.toAbsolutePath().normalize();
        this.limits = limits;
        this.intake = Intake.create(limits);
        this.maxCacheBytes = maxCacheBytes;
    }

    /**
     * One page encoded for the screen, and whether it came from the cache.
     *
     * @param mediaType {@code image/png} or {@code image/jpeg}
     * @param scale image pixels per evidence pixel (0.5 or 1): an evidence box {@code x} is at {@code x * scale}
     */
    public record ScreenImage(byte[] bytes, String mediaType, double scale, boolean cached) {
        ScreenImage cachedCopy() {
            return new ScreenImage(bytes, mediaType, scale, true);
        }
    }

    /** A decoded page, in evidence pixels or scaled for the screen; drawn from text or not. */
    private record Picture(BufferedImage image, double scale, boolean drawnFromText) {}

    /**
     * Loads what the first page image needs, PDFBox's renderer with its font mapping and the PNG and JPEG codecs, by
     * drawing a small page of text once: without it the first letter opened after a start pays about a second for
     * them. Meant for a background thread at start; a failure costs only the warm-up, and is logged.
     *
     * @return whether the warm-up page was drawn and encoded
     */
    public boolean warmUp() {
        long t0 = System.nanoTime();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A6);
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(24, 200);
                text.showText("Courrier");
                text.endText();
            }
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.GRAY);
            png(image);
            ImageIO.read(new java.io.ByteArrayInputStream(jpeg(image)));
            LOG.debug("page images warmed up in {} ms", (System.nanoTime() - t0) / 1_000_000);
            return image.getWidth() > 0;
        } catch (IOException | RuntimeException e) {
            LOG.warn("page images: the warm-up failed ({}); the first page shown will be slower", e.toString());
            return false;
        }
    }

    /** Page {@code page} (from 1) of the letter for the screen. */
    public ScreenImage page(RecordStore.StoredRecord letter, int page) throws InterruptedException {
        String id = letter.summary().id();
        String key = id + "/" + page;
        ScreenImage hit = cached(key);
        if (hit != null) {
            return hit.cachedCopy();
        }
        rendering.acquire();
        try {
            hit = cached(key);
            if (hit != null) {
                return hit.cachedCopy();
            }
            Picture p = render(letter, id, page, true);
            ScreenImage image = p.drawnFromText()
                    ? new ScreenImage(png(p.image()), "image/png", p.scale(), false)
                    : new ScreenImage(jpeg(p.image()), "image/jpeg", p.scale(), false);
            keep(key, image);
            return image;
        } finally {
            rendering.release();
        }
    }

    /**
     * Page {@code page} (from 1) of the letter in its evidence pixels, the ones its boxes are measured in; not
     * cached (a region to read with OCR is rare, and needs the full resolution).
     */
    public BufferedImage evidencePage(RecordStore.StoredRecord letter, int page) throws InterruptedException {
        String id = letter.summary().id();
        rendering.acquire();
        try {
            return render(letter, id, page, false).image();
        } finally {
            rendering.release();
        }
    }

    private Picture render(RecordStore.StoredRecord letter, String id, int page, boolean screen) {
        JsonNode record = LettersApi.parse(letter.json());
        Path source = source(record, id);
        JsonNode read = pageEntry(record, page);
        if (textLayerPage(record, read)) {
            // the file has the record's SHA-256, so the record says what it is: no type detection, no text
            // extraction of every page as opening it for the pipeline would do, one PDF load
            double scale = screen ? WIDE_SCALE : 1;
            return new Picture(pdfPage(source, id, page, (float) (TEXT_LAYER_DPI * scale)), scale, true);
        }
        try (OpenedDocument doc = intake.open(source, id)) {
            List<PageSource> pages = doc.pages();
            if (page < 1 || page > pages.size()) {
                throw ApiException.notFound("letter " + id + " has " + pages.size() + " page(s), not page " + page);
            }
            PageSource p = pages.get(page - 1);
            if (p instanceof PageSource.Image i) {
                BufferedImage image = flattened(read, page, i.render(), id);
                return turnedOrResized(read, image)
                        ? asRead(read, image, id, page, screen)
                        : screenSized(image, screen, image.getColorModel().getPixelSize() == 1);
            } else if ("application/pdf".equals(doc.source().mediaType()) && read != null && isOcr(read)) {
                // a scanned PDF page: at the resolution it was read in, then as it was read
                BufferedImage image = pdfPage(source, id, page, TEXT_LAYER_DPI);
                return turnedOrResized(read, image)
                        ? asRead(read, image, id, page, screen)
                        : screenSized(image, screen, false);
            } else if ("application/pdf".equals(doc.source().mediaType())) {
                double scale = screen ? WIDE_SCALE : 1;
                return new Picture(pdfPage(source, id, page, (float) (TEXT_LAYER_DPI * scale)), scale, true);
            } else {
                throw new ApiException(
                        404,
                        "NO_PAGE_IMAGE",
                        "letter " + id + " is " + doc.source().mediaType()
                                + ": its pages are text without an image; read them in the record's text");
            }
        } catch (CourrierException e) {
            throw new ApiException(
                    409,
                    "SOURCE_UNREADABLE",
                    "letter " + id + ": its archived source cannot be rendered (" + e.reason() + "): "
                            + e.getMessage());
        }
    }

    /** The page as it is, halved for the screen when it is wide. */
    private static Picture screenSized(BufferedImage image, boolean screen, boolean bilevel) {
        return screen && image.getWidth() >= WIDE_PIXELS
                ? new Picture(ScreenScaling.half(image), WIDE_SCALE, bilevel)
                : new Picture(image, 1, bilevel);
    }

    /**
     * A photographed page as it was read: flattened as its {@code ocr.pages[]} entry's {@code flattening} says, since
     * its evidence boxes are in the flattened page. Any other page (or no entry) as it is.
     */
    private static BufferedImage flattened(JsonNode read, int page, BufferedImage image, String id) {
        JsonNode f = read == null ? null : read.path("flattening");
        if (f == null || !f.isObject()) {
            return image;
        }
        List<Double> corners = new java.util.ArrayList<>();
        for (JsonNode corner : f.path("corners")) {
            corners.add(corner.path(0).asDouble());
            corners.add(corner.path(1).asDouble());
        }
        try {
            return PageFlattener.flat(
                    image,
                    new Flattening(
                            f.path("photo").path("width").asInt(),
                            f.path("photo").path("height").asInt(),
                            f.path("flat").path("width").asInt(),
                            f.path("flat").path("height").asInt(),
                            corners,
                            f.path("unevenLight").asBoolean()));
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    409,
                    "SOURCE_UNREADABLE",
                    "letter " + id + ": page " + page + " cannot be flattened: " + e.getMessage());
        }
    }

    /**
     * The page as the OCR read it, so that its boxes lie on their ink: turned, deskewed and resized as the record's
     * {@code ocr.pages[]} entry says ({@code rotation}, {@code skewDegrees}, {@code width}, {@code height}),
     * resampled once, at half size for the screen when the page read is wide.
     */
    private static Picture asRead(JsonNode read, BufferedImage image, String id, int page, boolean screen) {
        int rotation = read.path("rotation").asInt();
        int readWidth = read.path("width").asInt() > 0
                ? read.path("width").asInt()
                : rotation == 90 || rotation == 270 ? image.getHeight() : image.getWidth();
        double scale = screen && readWidth >= WIDE_PIXELS ? WIDE_SCALE : 1;
        try {
            return new Picture(
                    PageGeometry.asRead(
                            image,
                            rotation,
                            read.path("skewDegrees").asDouble(),
                            read.path("width").asInt(),
                            read.path("height").asInt(),
                            scale),
                    scale,
                    false);
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    409,
                    "SOURCE_UNREADABLE",
                    "letter " + id + ": page " + page + " cannot be shown as it was read: " + e.getMessage());
        }
    }

    /** Whether the page was read turned, deskewed or at another size than {@code image}'s. */
    private static boolean turnedOrResized(JsonNode read, BufferedImage image) {
        if (read == null) {
            return false;
        }
        int width = read.path("width").asInt();
        int height = read.path("height").asInt();
        return read.path("rotation").asInt() != 0
                || read.path("skewDegrees").asDouble() != 0
                || width > 0 && width != image.getWidth()
                || height > 0 && height != image.getHeight();
    }

    private static boolean isOcr(JsonNode read) {
        return PageMethod.OCR.label().equals(read.path("method").asText());
    }

    /** The record's {@code ocr.pages[]} entry of page {@code page}; null when it has none. */
    private static JsonNode pageEntry(JsonNode record, int page) {
        for (JsonNode p : record.path("ocr").path("pages")) {
            if (p.path("page").asInt() == page) {
                return p;
            }
        }
        return null;
    }

    /** Whether the record says this page ({@code read}, its {@code ocr.pages[]} entry) of its PDF was read from the
     * PDF's text layer. */
    private static boolean textLayerPage(JsonNode record, JsonNode read) {
        return "application/pdf".equals(record.path("source").path("mediaType").asText())
                && read != null
                && PageMethod.TEXT_LAYER.label().equals(read.path("method").asText());
    }

    /** The archived source of the letter, checked: inside the done folder, a regular file, the record's content. */
    private Path source(JsonNode record, String id) {
        JsonNode archived = record.path("source").path("archivedAs");
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

    /**
     * A page of a PDF with a text layer at {@code dpi} (the text layer's 300, or 150 for the screen), if at the text
     * layer's resolution it is within the pixel limit.
     */
    private BufferedImage pdfPage(Path source, String id, int page, float dpi) {
        try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
            int count = pdf.getNumberOfPages();
            if (page < 1 || page > count) {
                throw ApiException.notFound("letter " + id + " has " + count + " page(s), not page " + page);
            }
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
            return new PDFRenderer(pdf).renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports much of a broken structure with unchecked exceptions (see the ingest module's PdfPages)
            throw new ApiException(
                    409,
                    "SOURCE_UNREADABLE",
                    "letter " + id + ": " + source.getFileName() + " cannot be rendered: " + e);
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

    /** A scan as JPEG: a tenth of the PNG's bytes for a noisy scan, and several times quicker to encode. */
    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(ScreenScaling.opaque(image), null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private synchronized ScreenImage cached(String key) {
        return cache.get(key);
    }

    private synchronized void keep(String key, ScreenImage image) {
        int size = image.bytes().length;
        if (size > maxCacheBytes) {
            return;
        }
        ScreenImage old = cache.put(key, image);
        cachedBytes += size - (old == null ? 0 : old.bytes().length);
        var it = cache.entrySet().iterator();
        while (cachedBytes > maxCacheBytes && it.hasNext()) {
            Map.Entry<String, ScreenImage> eldest = it.next();
            it.remove();
            cachedBytes -= eldest.getValue().bytes().length;
        }
    }

    /** Bytes held by the cache now. */
    synchronized long cachedBytes() {
        return cachedBytes;
    }
}
