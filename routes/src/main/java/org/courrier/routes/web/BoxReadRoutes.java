package org.courrier.routes.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceSupport;
import org.courrier.document.CourrierException;
import org.courrier.document.Page;
import org.courrier.ingest.PageSource;
import org.courrier.ocr.PageReader;
import org.courrier.routes.api.ApiException;
import org.courrier.routes.api.NoStoreJson;
import org.courrier.routes.api.PageImages;
import org.courrier.routes.store.RecordStore;

/**
 * {@code POST /api/letters/{id}/pages/{n}/read} with a box {@code {"x", "y", "w", "h"}} in the page image's pixels:
 * reads that region of the page with OCR and answers {@code {"text", "confidence"}}. The review screen calls it when
 * the reviewer draws a box on the page, and puts the text into the focused field; nothing is saved. A reviewer's
 * write (the {@link Gate} asks for the session, the CSRF token and the reviewer role).
 *
 * <p>The region is read from the page in its evidence pixels (not the smaller image the screen shows), by a
 * Tesseract engine of its own,
 * made when the first box is read and freed when the service stops ({@link BoxOcr}).
 */
public final class BoxReadRoutes extends RouteBuilder {

    /** The largest region read, in pixels: a whole A4 page at 300 dpi is about 8.7 million. */
    static final long MAX_PIXELS = 10_000_000L;

    /** White pixels put around the region before it is read. */
    static final int MARGIN = 24;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "[0-9a-f]{64}";

    private final RecordStore records;
    private final PageImages pages;
    private final BoxOcr ocr;

    /**
     * @param readers makes the page reader boxes are read with, when the first box is drawn
     */
    public BoxReadRoutes(RecordStore records, PageImages pages, Supplier<PageReader> readers) {
        this.records = Objects.requireNonNull(records, "records");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.ocr = new BoxOcr(readers);
    }

    @Override
    public void configure() throws Exception {
        getContext().addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                ocr.close();
            }
        });
        onException(ApiException.class).handled(true).process(e -> {
            ApiException x = e.getProperty(Exchange.EXCEPTION_CAUGHT, ApiException.class);
            NoStoreJson.answer(e, x.status(), NoStoreJson.error(x.code(), x.getMessage()));
        });
        from("platform-http:/api/letters/{id}/pages/{page}/read?httpMethodRestrict=POST")
                .routeId("api-read-box")
                .process(this::read);
    }

    private void read(Exchange e) throws Exception {
        String id = e.getIn().getHeader("id", String.class);
        if (id == null || !id.matches(ID)) {
            throw new ApiException(404, "NOT_FOUND", "a letter id is 64 lowercase hex digits: " + id);
        }
        int page;
        try {
            page = Integer.parseInt(e.getIn().getHeader("page", String.class));
        } catch (NumberFormatException x) {
            throw new ApiException(400, "BAD_REQUEST", "the page is a number from 1");
        }
        JsonNode box;
        try {
            box = JSON.readTree(e.getIn().getBody(byte[].class));
        } catch (IOException x) {
            throw new ApiException(400, "BAD_REQUEST", "send the box as JSON: {\"x\", \"y\", \"w\", \"h\"}");
        }
        int x = whole(box, "x");
        int y = whole(box, "y");
        int w = whole(box, "w");
        int h = whole(box, "h");
        if (w < 1 || h < 1 || (long) w * h > MAX_PIXELS) {
            throw new ApiException(
                    400,
                    "BAD_REQUEST",
                    "the box must be at least 1x1 and at most " + MAX_PIXELS + " pixels: " + w + "x" + h);
        }
        RecordStore.StoredRecord letter =
                records.load(id).orElseThrow(() -> new ApiException(404, "NOT_FOUND", "no letter " + id));
        BufferedImage image = pages.evidencePage(letter, page);
        int x0 = Math.max(0, Math.min(x, image.getWidth() - 1));
        int y0 = Math.max(0, Math.min(y, image.getHeight() - 1));
        int x1 = Math.max(x0 + 1, Math.min(x + w, image.getWidth()));
        int y1 = Math.max(y0 + 1, Math.min(y + h, image.getHeight()));
        BufferedImage region = padded(image.getSubimage(x0, y0, x1 - x0, y1 - y0));
        Page read;
        try {
            read = ocr.read(new Region(page, region));
        } catch (CourrierException ex) {
            throw new ApiException(422, ex.reason().name(), "the box could not be read: " + ex.getMessage());
        }
        String text = read.lines().stream()
                .map(l -> l.text())
                .collect(Collectors.joining("\n"))
                .strip();
        ObjectNode n = JSON.createObjectNode();
        n.put("text", text);
        n.put("confidence", Math.round(read.meanConfidence()) / 100.0);
        NoStoreJson.answer(e, 200, n);
    }

    /**
     * The region on a white margin: Tesseract reads nothing from a line cut out exactly at its edges, as a box
     * drawn around a field (or an evidence box) is.
     */
    static BufferedImage padded(BufferedImage region) {
        BufferedImage out = new BufferedImage(
                region.getWidth() + 2 * MARGIN, region.getHeight() + 2 * MARGIN, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(region, MARGIN, MARGIN, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int whole(JsonNode box, String name) {
        JsonNode v = box == null ? null : box.get(name);
        if (v == null || !v.canConvertToInt() || !v.isNumber()) {
            throw new ApiException(400, "BAD_REQUEST", "the box needs a whole number " + name);
        }
        return v.asInt();
    }

    /** The cut-out region as a page image to read, at the page's 300 dpi. */
    private record Region(int number, BufferedImage image) implements PageSource.Image {
        @Override
        public int dpi() {
            return 300;
        }

        @Override
        public BufferedImage render() {
            return image;
        }
    }
}
