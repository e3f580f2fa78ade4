package org.courrier.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.ingest.Intake;
import org.courrier.ingest.IntakeLimits;
import org.courrier.ingest.OpenedDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as they arrive, through intake and OCR together. */
class IntakeToOcrTest {

    static TesseractPageReader reader;
    final Intake intake = Intake.create(IntakeLimits.DEFAULTS);

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        reader = new TesseractPageReader(
                TesseractPageReaderTest.settings("fra+eng", Duration.ofSeconds(60), OcrSettings.Preprocessing.ALL));
    }

    @AfterAll
    static void stop() {
        reader.close();
    }

    @Test
    void readsScannedPdfPageRenderedAt300Dpi() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                out.drawImage(LosslessFactory.createFromImage(pdf, TestPages.letter(TestPages.LETTER)), 0, 0, 595, 842);
            }
            pdf.save(file.toFile());
        }

        try (OpenedDocument doc = intake.open(file)) {
            Page page = reader.read(doc.pages().get(0));
            assertThat(page.method()).isEqualTo(PageMethod.OCR);
            assertThat(page.text()).contains("Monsieur le Directeur", "coopération régionale");
        }
    }

    @Test
    void acceptsNoisePhotoAndReadsAlmostNothingFromIt() throws Exception {
        Random random = new Random(42);
        BufferedImage noise = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Path file = dir.resolve("cat.jpg");
        ImageIO.write(noise, "jpg", file.toFile());

        try (OpenedDocument doc = intake.open(file)) {
            Page page = reader.read(doc.pages().get(0));
            assertThat(doc.source().mediaType()).isEqualTo("image/jpeg");
            assertThat(page.text().replaceAll("\\W", "").length()).isLessThan(40);
            assertThat(page.meanConfidence()).isLessThan(60);
        }
    }
}
