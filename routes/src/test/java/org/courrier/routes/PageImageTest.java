package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.courrier.fixtures.GeneratedLetter;
import org.courrier.fixtures.LetterCorpus;
import org.courrier.fixtures.Rendering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page images through the API of the running service with the standard pipeline: rendered from the archived source,
 * in the evidence boxes' pixels, cached; refused with a reason when the source is gone, changed or has no image.
 */
class PageImageTest {

    @TempDir
    Path root;

    private CourrierService service;
    private Api api;

    @BeforeEach
    void start() throws Exception {
        service = CourrierService.start(TestService.properties(root, Map.of("courrier.http.port", "0")));
        api = new Api(service.statusPort());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    /** Drops the files and returns their letters' JSON from the API, in the order given. */
    private List<JsonNode> drop(Path... files) throws Exception {
        for (Path f : files) {
            Files.copy(f, root.resolve("inbox").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (api.json("/api/letters").get("total").asInt() < files.length) {
            assertThat(System.nanoTime()).as("letters stored").isLessThan(deadline);
            Thread.sleep(100);
        }
        JsonNode items = api.json("/api/letters?sort=received").get("items");
        return java.util.stream.IntStream.range(0, files.length)
                .mapToObj(i -> {
                    for (JsonNode item : items) {
                        if (item.get("fileName")
                                .asText()
                                .equals(files[i].getFileName().toString())) {
                            return item;
                        }
                    }
                    throw new AssertionError("no letter " + files[i].getFileName() + " in " + items);
                })
                .toList();
    }

    @Test
    void aPdfPageIsRenderedInTheEvidencePixelsThenServedFromTheCache() throws Exception {
        Path dir = Files.createDirectories(root.resolve("generated"));
        GeneratedLetter pdf =
                LetterCorpus.generate(5, 1, EnumSet.of(Rendering.PDF), dir).get(0);
        String id = drop(pdf.file()).get(0).get("id").asText();

        HttpResponse<byte[]> first = api.bytes("/api/letters/" + id + "/pages/1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(first.headers().firstValue("X-Courrier-Cache")).hasValue("miss");
        assertThat(first.headers().firstValue("X-Courrier-Page-Scale")).hasValue("0.5");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(first.body()));
        assertThat(image).isNotNull();
        // A4 at 150 dpi, half the text layer's 300 dpi coordinates: every evidence box, halved, lies inside the
        // image and on the ink of its text
        assertThat(image.getWidth()).isBetween(1200, 1300);
        JsonNode record = api.json("/api/letters/" + id).get("record");
        int boxes = 0;
        for (JsonNode field : record.get("fields")) {
            for (JsonNode ev : field.get("evidence")) {
                JsonNode box = ev.get("box");
                int x0 = box.get("x").asInt() / 2;
                int y0 = box.get("y").asInt() / 2;
                int x1 = (box.get("x").asInt() + box.get("w").asInt() + 1) / 2;
                int y1 = (box.get("y").asInt() + box.get("h").asInt() + 1) / 2;
                assertThat(x1).isLessThanOrEqualTo(image.getWidth());
                assertThat(y1).isLessThanOrEqualTo(image.getHeight());
                assertThat(inkRows(image, x0, y0, x1, y1))
                        .as("evidence %s of %s: the halved box holds its text's ink", box, field.get("name"))
                        .isGreaterThanOrEqualTo((y1 - y0) / 3);
                boxes++;
            }
        }
        assertThat(boxes).isPositive();

        HttpResponse<byte[]> again = api.bytes("/api/letters/" + id + "/pages/1");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("X-Courrier-Cache")).hasValue("hit");
        assertThat(again.body()).isEqualTo(first.body());

        HttpResponse<String> beyond = api.get("/api/letters/" + id + "/pages/9");
        assertThat(beyond.statusCode()).isEqualTo(404);
        assertThat(Api.parse(beyond.body()).get("message").asText()).contains("not page 9");
    }

    @Test
    void aScanIsServedHalvedAsJpegWithItsOcrBoxesOnItsInk() throws Exception {
        Path dir = Files.createDirectories(root.resolve("generated"));
        GeneratedLetter scan =
                LetterCorpus.generate(5, 3, EnumSet.of(Rendering.SCAN), dir).get(0);
        String id = drop(scan.file()).get(0).get("id").asText();

        HttpResponse<byte[]> first = api.bytes("/api/letters/" + id + "/pages/1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(first.headers().firstValue("X-Courrier-Page-Scale")).hasValue("0.5");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(first.body()));
        // the 300 dpi A4 scan (2480 pixels wide, the OCR image) at half its pixels
        assertThat(image.getWidth()).isEqualTo(1240);
        JsonNode record = api.json("/api/letters/" + id).get("record");
        int boxes = 0;
        for (JsonNode field : record.get("fields")) {
            for (JsonNode ev : field.get("evidence")) {
                JsonNode box = ev.get("box");
                int x0 = box.get("x").asInt() / 2;
                int y0 = box.get("y").asInt() / 2;
                int x1 = Math.min(
                        image.getWidth(), (box.get("x").asInt() + box.get("w").asInt() + 1) / 2);
                int y1 = Math.min(
                        image.getHeight(), (box.get("y").asInt() + box.get("h").asInt() + 1) / 2);
                assertThat(inkRows(image, x0, y0, x1, y1))
                        .as("evidence %s: the halved box holds its text's ink", box)
                        .isGreaterThanOrEqualTo((y1 - y0) / 3);
                boxes++;
            }
        }
        assertThat(boxes).isPositive();
    }

    @Test
    void aPhotoIsServedFlattenedSoThatItsBoxesLieOnTheirInk() throws Exception {
        Path dir = Files.createDirectories(root.resolve("generated"));
        GeneratedLetter photo =
                LetterCorpus.generate(5, 1, EnumSet.of(Rendering.PHOTO), dir).get(0);
        String id = drop(photo.file()).get(0).get("id").asText();
        JsonNode record = api.json("/api/letters/" + id).get("record");
        JsonNode flattening = record.at("/ocr/pages/0/flattening");
        assertThat(flattening.isObject())
                .as("the photo was flattened: %s", record.get("ocr"))
                .isTrue();

        HttpResponse<byte[]> first = api.bytes("/api/letters/" + id + "/pages/1");
        assertThat(first.statusCode()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(first.body()));
        double scale = Double.parseDouble(
                first.headers().firstValue("X-Courrier-Page-Scale").orElseThrow());
        // the flattened page (A4 at 300 dpi), not the photo around it
        assertThat(image.getWidth())
                .isEqualTo((int) Math.round(flattening.at("/flat/width").asInt() * scale));
        int boxes = 0;
        int inked = 0;
        for (JsonNode field : record.get("fields")) {
            for (JsonNode ev : field.get("evidence")) {
                JsonNode box = ev.get("box");
                int x0 = (int) (box.get("x").asInt() * scale);
                int y0 = (int) (box.get("y").asInt() * scale);
                int x1 = Math.min(image.getWidth(), (int)
                        Math.ceil((box.get("x").asInt() + box.get("w").asInt()) * scale));
                int y1 = Math.min(image.getHeight(), (int)
                        Math.ceil((box.get("y").asInt() + box.get("h").asInt()) * scale));
                boxes++;
                if (x1 > x0 && y1 > y0 && inkRows(image, x0, y0, x1, y1) >= (y1 - y0) / 3) {
                    inked++;
                }
            }
        }
        assertThat(boxes).isPositive();
        // a photo's page is read at a slight residual skew: nearly every box, not every pixel row, holds its ink
        assertThat(inked).as("evidence boxes on their ink, of %d", boxes).isGreaterThanOrEqualTo(boxes * 9 / 10);
    }

    @Test
    void aSkewedScanAndAFaxAreServedAsTheyWereReadSoBothEndsOfEachLongBoxLieOnInk() throws Exception {
        Path dir = Files.createDirectories(root.resolve("generated"));
        GeneratedLetter clean =
                LetterCorpus.generate(5, 2, EnumSet.of(Rendering.PNG), dir).get(0);
        // the clean page turned 4° clockwise, as a sheet fed askew: the OCR deskews it before reading
        BufferedImage upright = ImageIO.read(clean.file().toFile());
        BufferedImage skewed = new BufferedImage(upright.getWidth(), upright.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = skewed.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, skewed.getWidth(), skewed.getHeight());
        g.setRenderingHint(
                java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(4), upright.getWidth() / 2.0, upright.getHeight() / 2.0);
        g.drawImage(upright, 0, 0, null);
        g.dispose();
        Path skewedFile = dir.resolve("askew.png");
        ImageIO.write(skewed, "png", skewedFile.toFile());
        GeneratedLetter fax =
                LetterCorpus.generate(5, 2, EnumSet.of(Rendering.FAX), dir).get(0);
        List<JsonNode> letters = drop(skewedFile, fax.file());

        for (JsonNode letter : letters) {
            String id = letter.get("id").asText();
            JsonNode record = api.json("/api/letters/" + id).get("record");
            JsonNode read = record.at("/ocr/pages/0");
            HttpResponse<byte[]> served = api.bytes("/api/letters/" + id + "/pages/1");
            assertThat(served.statusCode()).isEqualTo(200);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body()));
            double scale = Double.parseDouble(
                    served.headers().firstValue("X-Courrier-Page-Scale").orElseThrow());
            String what = letter.get("fileName").asText() + " read as " + read;
            // the image the boxes are in, at the screen's scale
            assertThat(image.getWidth()).as(what).isEqualTo((int)
                    Math.round(read.get("width").asInt() * scale));
            int longBoxes = 0;
            for (JsonNode field : record.get("fields")) {
                for (JsonNode ev : field.get("evidence")) {
                    JsonNode box = ev.get("box");
                    int w = box.get("w").asInt();
                    if (w < 900 || box.get("h").asInt() > 90) {
                        continue; // one long line: a skew would lift one end off its ink
                    }
                    int x0 = (int) (box.get("x").asInt() * scale);
                    int y0 = (int) (box.get("y").asInt() * scale);
                    int x1 = Math.min(
                            image.getWidth(), (int) Math.ceil((box.get("x").asInt() + w) * scale));
                    int y1 = Math.min(image.getHeight(), (int)
                            Math.ceil((box.get("y").asInt() + box.get("h").asInt()) * scale));
                    int strip = (x1 - x0) / 6;
                    assertThat(inkRows(image, x0, y0, x0 + strip, y1))
                            .as("%s: the left end of %s lies on ink", what, box)
                            .isGreaterThanOrEqualTo((y1 - y0) * 6 / 10);
                    assertThat(inkRows(image, x1 - strip, y0, x1, y1))
                            .as("%s: the right end of %s lies on ink", what, box)
                            .isGreaterThanOrEqualTo((y1 - y0) * 6 / 10);
                    longBoxes++;
                }
            }
            assertThat(longBoxes).as(what + ": long one-line evidence boxes").isPositive();
        }
        JsonNode askew =
                api.json("/api/letters/" + letters.get(0).get("id").asText()).get("record");
        assertThat(askew.at("/ocr/pages/0/skewDegrees").asDouble())
                .isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void theWarmUpDrawsAndEncodesAPageOfTextWithoutALetter() {
        org.courrier.routes.api.PageImages pages = new org.courrier.routes.api.PageImages(
                root.resolve("data/done"), org.courrier.ingest.IntakeLimits.DEFAULTS, 1 << 20);
        assertThat(pages.warmUp()).isTrue();
    }

    /** Rows of the region {@code [x0, x1) x [y0, y1)} of a gray page with ink (a pixel darker than mid-gray). */
    private static int inkRows(BufferedImage image, int x0, int y0, int x1, int y1) {
        int rows = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }

    @Test
    void aChangedMissingOrTextOnlySourceIsRefusedWithTheReason() throws Exception {
        Path dir = Files.createDirectories(root.resolve("generated"));
        List<GeneratedLetter> pdfs = LetterCorpus.generate(6, 2, EnumSet.of(Rendering.PDF), dir);
        Path text = Files.writeString(dir.resolve("note.txt"), "Objet : une note sans image\n", StandardCharsets.UTF_8);
        List<JsonNode> letters = drop(pdfs.get(0).file(), pdfs.get(1).file(), text);

        String changed = letters.get(0).get("id").asText();
        Path archived = Path.of(api.json("/api/letters/" + changed)
                .get("record")
                .get("source")
                .get("archivedAs")
                .asText());
        assertThat(archived).startsWith(root.resolve("data/done"));
        Files.write(archived, new byte[] {'%', 'P', 'D', 'F'});
        HttpResponse<String> r = api.get("/api/letters/" + changed + "/pages/1");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(Api.parse(r.body()).get("error").asText()).isEqualTo("SOURCE_CHANGED");

        String missing = letters.get(1).get("id").asText();
        Path gone = Path.of(api.json("/api/letters/" + missing)
                .get("record")
                .get("source")
                .get("archivedAs")
                .asText());
        Files.delete(gone);
        r = api.get("/api/letters/" + missing + "/pages/1");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Api.parse(r.body()).get("error").asText()).isEqualTo("SOURCE_MISSING");

        r = api.get("/api/letters/" + letters.get(2).get("id").asText() + "/pages/1");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Api.parse(r.body()).get("error").asText()).isEqualTo("NO_PAGE_IMAGE");

        // an encoded path is refused by the gate before any route sees it (see ApiTest)
        r = api.get("/api/letters/..%2F..%2F..%2Fetc%2Fpasswd/pages/1");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("root:");
    }
}
