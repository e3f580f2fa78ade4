package org.courrier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.courrier.document.CourrierException;
import org.courrier.document.Line;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.document.Reason;
import org.courrier.document.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaIntakeTest {

    @TempDir
    Path dir;

    final Intake intake = Intake.create(IntakeLimits.DEFAULTS);

    @Test
    void keepsBornDigitalPdfTextLayerWithPositionsAt300Dpi() throws Exception {
        Path file = TestFiles.pdf(dir.resolve("letter.pdf"), true);

        try (OpenedDocument doc = intake.open(file)) {
            assertThat(doc.source().mediaType()).isEqualTo("application/pdf");
            assertThat(doc.source().pageCount()).isEqualTo(1);
            Page page = ((PageSource.Ready) doc.pages().get(0)).page();
            assertThat(page.method()).isEqualTo(PageMethod.TEXT_LAYER);
            assertThat(page.lines()).extracting(Line::text).containsExactlyElementsOf(TestFiles.LETTER);
            assertThat(page.width()).isEqualTo(2480);
            assertThat(page.meanConfidence()).isEqualTo(100);
            Word objet = page.lines().get(0).words().get(0);
            assertThat(objet.text()).isEqualTo("Objet");
            // written at x = 72 pt, baseline 842 - 770 = 72 pt from the top, 12 pt Helvetica
            assertThat(objet.box().x()).isBetween(295, 305);
            assertThat(objet.box().bottom()).isBetween(295, 305);
            assertThat(objet.box().h()).isBetween(20, 50);
            assertThat(objet.confidence()).isEqualTo(1.0);
        }
    }

    @Test
    void aFontDescriptorsFalseCapHeightDoesNotHalveTheLines() throws Exception {
        // Chromium writes CapHeight 358 for DejaVu, whose capitals are 729 units high
        Path honest = TestFiles.pdfInTrueType(dir.resolve("honest.pdf"), null);
        Path halved = TestFiles.pdfInTrueType(dir.resolve("halved.pdf"), 358f);

        int honestHeight = firstWordHeight(honest);
        int halvedHeight = firstWordHeight(halved);

        // 12 pt at 300 dpi is 50 px; Liberation Sans' capitals are 0.73 of it
        assertThat(honestHeight).isBetween(32, 40);
        assertThat(halvedHeight).isBetween(honestHeight - 3, honestHeight + 3);
    }

    @Test
    void twoRunsOfTextOnOneBaselineAreTwoPiecesNotOneWord() throws Exception {
        Path file = TestFiles.pdfWithTwoRunsOnOneBaseline(dir.resolve("runs.pdf"));

        try (OpenedDocument doc = intake.open(file)) {
            Page page = ((PageSource.Ready) doc.pages().get(0)).page();
            assertThat(page.lines()).extracting(Line::text).containsExactly("Bertin G. HOUNSOU", "Ampliations :");
            assertThat(page.lines().get(0).box().x())
                    .isGreaterThan(page.lines().get(1).box().right());
        }
    }

    @Test
    void textSetAtASlantOrTurnedAlongTheMarginIsNoLine() throws Exception {
        Path file = TestFiles.pdfWithSlantedStamp(dir.resolve("stamp.pdf"));

        try (OpenedDocument doc = intake.open(file)) {
            Page page = ((PageSource.Ready) doc.pages().get(0)).page();
            List<String> texts = page.lines().stream().map(Line::text).toList();
            assertThat(texts).startsWith(TestFiles.LETTER.toArray(String[]::new));
            assertThat(String.join(" ", texts)).doesNotContain("COURRIER", "ARRIVE", "MARS", "1234");
            // nor a line turned a quarter turn along the margin: its letters stood strewn over the page's head
            assertThat(String.join("", texts).replace(" ", "")).doesNotContain("Imprimerie", "nationale");
            assertThat(texts).hasSize(TestFiles.LETTER.size());
        }
    }

    @Test
    void aPageSetSidewaysKeepsItsLines() throws Exception {
        Path file = TestFiles.pdfTurnedAQuarter(dir.resolve("sideways.pdf"));

        try (OpenedDocument doc = intake.open(file)) {
            Page page = ((PageSource.Ready) doc.pages().get(0)).page();
            assertThat(page.method()).isEqualTo(PageMethod.TEXT_LAYER);
            // the page's own direction is the one its characters run in: none of them is set aside (they still
            // come in pieces, as sideways text did before)
            String read = String.join("", page.lines().stream().map(Line::text).toList())
                    .replace(" ", "");
            for (String line : TestFiles.LETTER) {
                assertThat(read).contains(line.replace(" ", ""));
            }
        }
    }

    private int firstWordHeight(Path file) throws Exception {
        try (OpenedDocument doc = intake.open(file)) {
            Page page = ((PageSource.Ready) doc.pages().get(0)).page();
            assertThat(page.method()).isEqualTo(PageMethod.TEXT_LAYER);
            return page.lines().get(0).words().get(0).box().h();
        }
    }

    @Test
    void hashesTheFileOnceAndTakesAHashTheCallerAlreadyHas() throws Exception {
        Path file = TestFiles.pdf(dir.resolve("hashed.pdf"), true);
        String sha256 = ContentHash.sha256(file);

        try (OpenedDocument doc = intake.open(file)) {
            assertThat(doc.source().sha256())
                    .isEqualTo(sha256)
                    .isEqualTo(java.util.HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(java.nio.file.Files.readAllBytes(file))));
        }
        String claimed = "ab".repeat(32);
        try (OpenedDocument doc = intake.open(file, claimed)) {
            assertThat(doc.source().sha256())
                    .as("the caller's hash, not read again")
                    .isEqualTo(claimed);
        }
    }

    @Test
    void rendersScannedPdfPagesForOcrAndKeepsTextPagesInMixedPdf() throws Exception {
        Path file = TestFiles.pdf(dir.resolve("mixed.pdf"), true, false, true);

        try (OpenedDocument doc = intake.open(file)) {
            assertThat(doc.pages()).hasSize(3);
            assertThat(doc.pages().get(0)).isInstanceOf(PageSource.Ready.class);
            assertThat(doc.pages().get(2)).isInstanceOf(PageSource.Ready.class);
            PageSource.Image scan = (PageSource.Image) doc.pages().get(1);
            assertThat(scan.number()).isEqualTo(2);
            assertThat(scan.dpi()).isEqualTo(300);
            BufferedImage image = scan.render();
            assertThat(image.getWidth()).isEqualTo(2480);
            assertThat(image.getHeight()).isBetween(3507, 3508);
        }
    }

    @Test
    void readsEveryPageOfFaxTiffCompressedWithCcittGroup4() throws Exception {
        Path file = TestFiles.faxTiff(dir.resolve("fax.tif"), 2);

        try (OpenedDocument doc = intake.open(file)) {
            assertThat(doc.source().mediaType()).isEqualTo("image/tiff");
            assertThat(doc.source().pageCount()).isEqualTo(2);
            PageSource.Image second = (PageSource.Image) doc.pages().get(1);
            assertThat(second.dpi()).isEqualTo(209); // 1728 pixels across A4
            BufferedImage image = second.render();
            assertThat(image.getWidth()).isEqualTo(1728);
            assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        }
    }

    @Test
    void acceptsPngJpegBmpAndGifByContentWhateverTheirName() throws Exception {
        BufferedImage page = TestFiles.page(850, 1100);
        String[][] formats = {{"png", "image/png"}, {"jpg", "image/jpeg"}, {"bmp", "image/bmp"}, {"gif", "image/gif"}};
        for (String[] format : formats) {
            Path file = TestFiles.image(dir.resolve("scan-" + format[0] + ".dat"), format[0], page);
            try (OpenedDocument doc = intake.open(file)) {
                assertThat(doc.source().mediaType()).isEqualTo(format[1]);
                BufferedImage image = ((PageSource.Image) doc.pages().get(0)).render();
                assertThat(image.getWidth()).isEqualTo(850);
            }
        }
    }

    @Test
    void readsCmykJpegAsDarkTextOnLightPaper() throws Exception {
        BufferedImage page = TestFiles.page(850, 1100);
        Path file = TestFiles.cmykJpeg(dir.resolve("print-shop.jpg"), page);

        try (OpenedDocument doc = intake.open(file)) {
            assertThat(doc.source().mediaType()).isEqualTo("image/jpeg");
            BufferedImage image = ((PageSource.Image) doc.pages().get(0)).render();
            assertThat(image.getWidth()).isEqualTo(850);
            assertThat(darkShare(image)).isCloseTo(darkShare(page), within(0.01));
            assertThat(darkShare(page)).isBetween(0.005, 0.2);
        }
    }

    @Test
    void readsOnlyTheFirstFrameOfAnAnimatedGifAsItsOnePage() throws Exception {
        Path file = TestFiles.animatedGif(dir.resolve("animated.gif"), TestFiles.page(850, 1100), 2);

        try (OpenedDocument doc = intake.open(file)) {
            assertThat(doc.source().pageCount()).isEqualTo(1);
            assertThat(doc.pages()).hasSize(1);
            BufferedImage image = ((PageSource.Image) doc.pages().get(0)).render();
            assertThat(image.getWidth()).isEqualTo(850);
        }
    }

    /** Share of pixels darker than mid-gray. */
    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = image.getRGB(x, y);
                if (((v >> 16) & 0xff) + ((v >> 8) & 0xff) + (v & 0xff) < 3 * 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    @Test
    void readsDocxOdtRtfAndPlainTextAsTextWithSyntheticBoxes() throws Exception {
        Path[] files = {
            TestFiles.docx(dir.resolve("a.docx")),
            TestFiles.odt(dir.resolve("a.odt")),
            TestFiles.rtf(dir.resolve("a.rtf")),
            Files.writeString(dir.resolve("a.txt"), String.join("\n", TestFiles.LETTER))
        };
        String[] types = {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/plain"
        };
        for (int i = 0; i < files.length; i++) {
            try (OpenedDocument doc = intake.open(files[i])) {
                assertThat(doc.source().mediaType()).as(files[i].toString()).isEqualTo(types[i]);
                Page page = ((PageSource.Ready) doc.pages().get(0)).page();
                assertThat(page.method()).isEqualTo(PageMethod.TEXT);
                assertThat(page.lines())
                        .as(files[i].toString())
                        .extracting(Line::text)
                        .containsExactlyElementsOf(TestFiles.LETTER);
                assertThat(page.lines().get(1).box().y())
                        .isGreaterThan(page.lines().get(0).box().y());
            }
        }
    }

    @Test
    void readsTextFileNamedPdfAsTheTextItIs() throws Exception {
        Path file = Files.writeString(dir.resolve("courrier.pdf"), String.join("\n", TestFiles.LETTER));

        try (OpenedDocument doc = intake.open(file)) {
            assertThat(doc.source().mediaType()).isEqualTo("text/plain");
            assertThat(((PageSource.Ready) doc.pages().get(0)).page().text())
                    .isEqualTo(String.join("\n", TestFiles.LETTER));
        }
    }

    @Test
    void recordsSha256OfTheBytesAndTheirSize() throws Exception {
        Path file = TestFiles.pdf(dir.resolve("letter.pdf"), true);
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));

        try (OpenedDocument doc = intake.open(file)) {
            assertThat(doc.source().sha256()).isEqualTo(expected);
            assertThat(doc.source().sizeBytes()).isEqualTo(Files.size(file));
            assertThat(doc.source().fileName()).isEqualTo("letter.pdf");
        }
    }

    @Test
    void refusesZeroByteFileAsEmpty() throws Exception {
        assertRefused(Files.createFile(dir.resolve("blank.pdf")), Reason.EMPTY, "blank.pdf");
    }

    @Test
    void refusesMissingFileAsNotFound() {
        assertRefused(dir.resolve("gone.pdf"), Reason.NOT_FOUND, "gone.pdf");
    }

    @Test
    void refusesTruncatedPdfAsCorrupt() throws Exception {
        Path file = TestFiles.pdf(dir.resolve("cut.pdf"), true, false);
        TestFiles.truncate(file, 0.5);
        assertRefused(file, Reason.CORRUPT, "cut.pdf");
    }

    @Test
    void refusesATiffWhoseChainOfPagesLoopsBackAsCorrupt() throws Exception {
        Path file = TestFiles.tiffPagesInALoop(dir.resolve("loop.tif"), 2);
        assertRefused(file, Reason.CORRUPT, "loops back to byte 8 after 2 pages");
    }

    @Test
    void refusesPdfWithGarbageAfterItsHeaderAsCorrupt() throws Exception {
        Path file = Files.write(
                dir.resolve("junk.pdf"),
                "%PDF-1.7\n\u0000\u0001 garbage\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(file, Reason.CORRUPT, "junk.pdf");
    }

    @Test
    void refusesPasswordProtectedPdfAsEncrypted() throws Exception {
        assertRefused(TestFiles.encryptedPdf(dir.resolve("locked.pdf")), Reason.ENCRYPTED, "locked.pdf");
    }

    @Test
    void refusesPngHeaderOf30000By30000PixelsAsTooLargeWithoutDecoding() throws Exception {
        Path file = TestFiles.pngHeader(dir.resolve("bomb.png"), 30_000, 30_000);
        assertRefused(file, Reason.TOO_LARGE, "30000 x 30000");
    }

    @Test
    void refusesFileOverTheSizeLimitAsTooLarge() throws Exception {
        Path file = TestFiles.pdf(dir.resolve("big.pdf"), true);
        Intake small = Intake.create(new IntakeLimits(100, 200, 120_000_000L, 300));
        assertThatThrownBy(() -> small.open(file))
                .isInstanceOfSatisfying(
                        CourrierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("max-file-bytes");
    }

    @Test
    void refusesDocumentWithMorePagesThanAllowedAsTooLarge() throws Exception {
        Intake onePage = Intake.create(new IntakeLimits(1L << 30, 1, 120_000_000L, 300));
        for (Path file : new Path[] {
            TestFiles.pdf(dir.resolve("two.pdf"), true, true), TestFiles.faxTiff(dir.resolve("two.tif"), 2)
        }) {
            assertThatThrownBy(() -> onePage.open(file))
                    .isInstanceOfSatisfying(
                            CourrierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                    .hasMessageContaining("max-pages");
        }
    }

    @Test
    void refusesPdfPageThatWouldRenderOverThePixelLimit() throws Exception {
        Intake tiny = Intake.create(new IntakeLimits(1L << 30, 10, 1_000_000L, 300));
        Path file = TestFiles.pdf(dir.resolve("scan.pdf"), false);
        assertThatThrownBy(() -> tiny.open(file))
                .isInstanceOfSatisfying(
                        CourrierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("max-pixels-per-page");
    }

    /**
     * A page box of 10^30 by 0.1 points: its height rounded to no pixel at all, so the count was 0 and the page passed
     * the limit, while the renderer takes at least one pixel a side and asked for a 2^31-byte image (found by the
     * fuzzing run in CI).
     */
    @Test
    void refusesPdfPageWhoseBoxIsAbsurdlyLarge() throws Exception {
        float[][] boxes = {{1e30f, 0.1f}, {0f, 1e20f}, {1e6f, 1e6f}};
        for (int i = 0; i < boxes.length; i++) {
            Path file = dir.resolve("box-" + i + ".pdf");
            try (PDDocument pdf = new PDDocument()) {
                pdf.addPage(new PDPage(new PDRectangle(boxes[i][0], boxes[i][1])));
                pdf.save(file.toFile());
            }
            assertThatThrownBy(() -> intake.open(file))
                    .as("box %s x %s", boxes[i][0], boxes[i][1])
                    .isInstanceOfSatisfying(
                            CourrierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                    .hasMessageStartingWith("box-" + i + ".pdf: page 1 ")
                    .hasMessageContaining("courrier.intake.max-pixels-per-page");
        }
    }

    /**
     * A letterhead set in spaced capitals, as a browser prints CSS letter-spacing: glyph by glyph, each moved right
     * of its width, a kerned pair a little less, and the spaces written as characters. The stripper guesses word
     * breaks from gaps and cut such a line where a narrow letter or a kerned pair tipped its guess ("PRINCI PA UTÉ DE
     * MONACO", "CONSEIL N AT IONAL"): a cut no wider than the line's own gap between letters is no word break. The
     * ordinary lines under it keep their words.
     */
    @Test
    void aLetterSpacedLineKeepsItsWordsWhereThePageWritesItsSpaces() throws Exception {
        String[] heads = {"PRINCIPAUTÉ DE MONACO", "CONSEIL NATIONAL"};
        float[] spacing = {1, 2, 2.5f, 4}; // CSS pixels
        Path file = TestFiles.onePagePdf(dir.resolve("spaced.pdf"), (pdf, out) -> {
            PDType0Font font = TestFiles.liberationSans(pdf);
            out.transform(Matrix.getScaleInstance(0.75f, 0.75f));
            int row = 0;
            for (float px : spacing) {
                for (String head : heads) {
                    out.beginText();
                    out.setFont(font, 16);
                    out.newLineAtOffset(200, 1080 - 24 * row++);
                    for (int k = 0; k < head.length(); k++) {
                        String glyph = head.substring(k, k + 1);
                        float kern = head.startsWith("PA", k) || head.startsWith("AT", k) ? 1.5f : 0;
                        out.showText(glyph);
                        out.newLineAtOffset(font.getStringWidth(glyph) / 1000 * 16 + px - kern, 0);
                    }
                    out.endText();
                }
            }
            TestFiles.writeLetter(out, font, 16, 96, 800, 24);
        });
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < spacing.length; i++) {
            expected.addAll(List.of(heads));
        }
        expected.addAll(TestFiles.LETTER);
        try (OpenedDocument doc = intake.open(file)) {
            Page page = ((PageSource.Ready) doc.pages().get(0)).page();
            assertThat(page.lines()).extracting(Line::text).containsExactlyElementsOf(expected);
            for (Line line : page.lines()) {
                assertThat(line.words())
                        .extracting(Word::text)
                        .containsExactly(line.text().split(" "));
            }
        }
    }

    /**
     * A superscript leaves the baseline, and the text layer comes out in three lines for one row ("Kumasi, 9", "th",
     * "October, 2023"), the raised one first when the page draws it first: they are one line again, the ordinal
     * glued to its number.
     */
    @Test
    void aRowSplitByASuperscriptIsOneLineAgain() throws Exception {
        for (int[] order : new int[][] {{0, 1, 2}, {1, 0, 2}}) {
            Path file = dir.resolve("superscript-" + order[0] + ".pdf");
            try (PDDocument pdf = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    // as a browser prints it: each piece placed on its own, the ordinal smaller and higher
                    float number = helvetica.getStringWidth("Kumasi, 9") / 1000 * 12;
                    float ordinal = helvetica.getStringWidth("th") / 1000 * 7;
                    float space = helvetica.getStringWidth(" ") / 1000 * 12;
                    String[] pieces = {"Kumasi, 9", "th", "October, 2023"};
                    float[][] at = {{380, 780, 12}, {380 + number, 789, 7}, {380 + number + ordinal + space, 780, 12}};
                    for (int i : order) {
                        out.beginText();
                        out.setFont(helvetica, at[i][2]);
                        out.newLineAtOffset(at[i][0], at[i][1]);
                        out.showText(pieces[i]);
                        out.endText();
                    }
                    TestFiles.writeLetter(out, helvetica, 12, 72, 700, 18);
                }
                pdf.save(file.toFile());
            }
            try (OpenedDocument doc = intake.open(file)) {
                Page page = ((PageSource.Ready) doc.pages().get(0)).page();
                assertThat(page.lines())
                        .as("drawn in the order %s", java.util.Arrays.toString(order))
                        .first()
                        .extracting(Line::text)
                        .isEqualTo("Kumasi, 9th October, 2023");
            }
        }
    }

    @Test
    void refusesPdfPageWhoseImageDeclaresMorePixelsThanTheLimitBeforeRendering() throws Exception {
        for (boolean inForm : new boolean[] {false, true}) {
            Path file = TestFiles.pdfWithImageBomb(dir.resolve("bomb-" + inForm + ".pdf"), 30_000, 30_000, inForm);
            assertThat(Files.size(file)).isLessThan(100_000);
            assertThatThrownBy(() -> intake.open(file))
                    .isInstanceOfSatisfying(
                            CourrierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                    .hasMessageContaining("bomb-" + inForm + ".pdf")
                    .hasMessageContaining("page 1")
                    .hasMessageContaining("30000 x 30000")
                    .hasMessageContaining("900000000")
                    .hasMessageContaining("courrier.intake.max-pixels-per-page");
        }
    }

    @Test
    void keepsPdfPageWhoseImagesAreWithinTheLimit() throws Exception {
        Path file = TestFiles.pdfWithImageBomb(dir.resolve("fine.pdf"), 2_000, 3_000, true);
        try (OpenedDocument doc = intake.open(file)) {
            assertThat(doc.pages()).singleElement().isInstanceOf(PageSource.Image.class);
        }
    }

    @Test
    void refusesZipArchiveAsUnsupportedType() throws Exception {
        assertRefused(TestFiles.zip(dir.resolve("letters.pdf")), Reason.UNSUPPORTED_TYPE, "application/zip");
    }

    @Test
    void refusesTruncatedPngWhenItsPageIsDecoded() throws Exception {
        Path file = TestFiles.image(dir.resolve("cut.png"), "png", TestFiles.page(850, 1100));
        TestFiles.truncate(file, 0.5);
        try (OpenedDocument doc = intake.open(file)) {
            PageSource.Image page = (PageSource.Image) doc.pages().get(0);
            assertThatThrownBy(page::render)
                    .isInstanceOfSatisfying(
                            CourrierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT))
                    .hasMessageContaining("cut.png");
        } catch (CourrierException e) {
            assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
            assertThat(e.getMessage()).contains("cut.png");
        }
    }

    private void assertRefused(Path file, Reason reason, String messagePart) {
        assertThatThrownBy(() -> intake.open(file))
                .isInstanceOfSatisfying(
                        CourrierException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(messagePart)
                .hasMessageContaining(file.getFileName().toString());
    }

    @Test
    void aJpegCutInHalfIsCorruptNotAPartialPage() throws Exception {
        Path whole = TestFiles.image(dir.resolve("whole.jpg"), "jpeg", TestFiles.page(1240, 1754));
        byte[] bytes = java.nio.file.Files.readAllBytes(whole);
        Path half =
                java.nio.file.Files.write(dir.resolve("half.jpg"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        try (OpenedDocument doc = intake.open(whole)) {
            assertThat(doc.pages()).hasSize(1);
        }
        assertThatThrownBy(() -> intake.open(half))
                .isInstanceOfSatisfying(
                        CourrierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT))
                .hasMessageContaining("half.jpg")
                .hasMessageContaining("cut short");
    }

    @Test
    void aOneByOnePixelImageIsEmptyNotAnOcrFailureToRetry() throws Exception {
        Path dot = TestFiles.image(dir.resolve("dot.png"), "png", TestFiles.page(1, 1));
        assertThatThrownBy(() -> intake.open(dot))
                .isInstanceOfSatisfying(CourrierException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.EMPTY);
                    assertThat(e.reason().action()).isNotEqualTo(Reason.Action.RETRY);
                })
                .hasMessageContaining("dot.png")
                .hasMessageContaining("1 x 1 pixels");
    }
}
