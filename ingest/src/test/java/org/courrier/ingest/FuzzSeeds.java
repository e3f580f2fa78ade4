package org.courrier.ingest;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * Writes the seed corpus of {@link IntakeFuzzTest}: one small file of each structure intake reads by OCR or text
 * layer (a PDF with a text layer, a PDF whose page is a JPEG image, a two-page CCITT G4 fax TIFF, a PNG and a JPEG),
 * each a few kilobytes so that the fuzzer mutates structure, not pixels. The files are committed; run this again
 * (with the test class path) only to change them: {@code FuzzSeeds DIR}.
 */
final class FuzzSeeds {

    private FuzzSeeds() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        TestFiles.pdf(dir.resolve("text-layer.pdf"), true);
        scannedPdf(dir.resolve("scanned.pdf"));
        faxTiff(dir.resolve("fax.tif"));
        TestFiles.image(dir.resolve("page.png"), "png", gray(TestFiles.page(160, 220)));
        TestFiles.image(dir.resolve("page.jpg"), "jpeg", gray(TestFiles.page(160, 220)));
    }

    private static BufferedImage gray(BufferedImage rgb) {
        BufferedImage gray = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(rgb, 0, 0, null);
        g.dispose();
        return gray;
    }

    private static void scannedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                out.drawImage(JPEGFactory.createFromImage(pdf, gray(TestFiles.page(120, 170)), 0.5f), 0, 0, 595, 842);
            }
            pdf.save(file.toFile());
        }
    }

    private static void faxTiff(Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("CCITT T.6");
            writer.prepareWriteSequence(null);
            for (int i = 0; i < 2; i++) {
                BufferedImage bilevel = new BufferedImage(216, 280, BufferedImage.TYPE_BYTE_BINARY);
                Graphics2D g = bilevel.createGraphics();
                g.drawImage(TestFiles.page(216, 280), 0, 0, null);
                g.dispose();
                writer.writeToSequence(new IIOImage(bilevel, null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }
}
