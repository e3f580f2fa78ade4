package org.courrier.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.util.Matrix;

/** Real files of every kind intake meets, written by the tests themselves. */
final class TestFiles {

    static final List<String> LETTER = List.of(
            "Objet : renouvellement de la convention de partenariat",
            "Madame la Directrice,",
            "Nous avons l'honneur de vous adresser le rapport annuel.");

    private TestFiles() {}

    /**
     * Writes the {@link #LETTER}'s lines in one text block: the first line's start at ({@code x}, {@code y}), each
     * next line {@code step} lower, in {@code font} at {@code size}.
     */
    static void writeLetter(PDPageContentStream out, PDFont font, float size, float x, float y, float step)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        for (String line : LETTER) {
            out.showText(line);
            out.newLineAtOffset(0, -step);
        }
        out.endText();
    }

    /** Liberation Sans (the copy inside PDFBox), loaded into the document as Chromium embeds its fonts. */
    static PDType0Font liberationSans(PDDocument pdf) throws IOException {
        try (InputStream ttf =
                PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return PDType0Font.load(pdf, ttf);
        }
    }

    /** A PDF with one page per entry: a text page (true) or a scanned page, an image without text (false). */
    static Path pdf(Path file, boolean... textPages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (boolean text : textPages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    if (text) {
                        writeLetter(out, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12, 72, 770, 18);
                    } else {
                        out.drawImage(LosslessFactory.createFromImage(pdf, page(600, 800)), 0, 0, 595, 842);
                    }
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    /** Writes one page's content with the document at hand (to load a font into it). */
    @FunctionalInterface
    interface PageContent {
        void write(PDDocument pdf, PDPageContentStream out) throws IOException;
    }

    /** A one-page A4 PDF whose content the caller writes. */
    static Path onePagePdf(Path file, PageContent content) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                content.write(pdf, out);
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    /**
     * A one-page text PDF in Liberation Sans (the copy inside PDFBox), embedded as Chromium embeds fonts; with
     * {@code capHeight} its descriptor says that cap height instead of the font's own.
     */
    static Path pdfInTrueType(Path file, Float capHeight) throws IOException {
        return onePagePdf(file, (pdf, out) -> {
            PDType0Font font = liberationSans(pdf);
            if (capHeight != null) {
                font.getFontDescriptor().setCapHeight(capHeight);
            }
            // as Chromium draws: in CSS pixels, scaled to points by the page's matrix (16 px = 12 pt)
            out.transform(Matrix.getScaleInstance(0.75f, 0.75f));
            writeLetter(out, font, 16, 96, 1027, 24);
        });
    }

    /**
     * A one-page text PDF whose content writes a name at the right of a baseline, then a heading at its left, with
     * nothing between them: the order Chromium writes a signature set beside a copy list's heading.
     */
    static Path pdfWithTwoRunsOnOneBaseline(Path file) throws IOException {
        return onePagePdf(file, (pdf, out) -> {
            out.beginText();
            out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            out.newLineAtOffset(400, 300);
            out.showText("Bertin G. HOUNSOU");
            out.newLineAtOffset(-328, 0);
            out.showText("Ampliations :");
            out.endText();
        });
    }

    /**
     * A one-page text PDF with the letter's lines level, a received stamp's two lines set at a slant of 8 degrees
     * over them (as a stamp is pressed, or an author's CSS {@code rotate(-8deg)} prints), and a line turned a quarter
     * turn along the margin.
     */
    static Path pdfWithSlantedStamp(Path file) throws IOException {
        return onePagePdf(file, (pdf, out) -> {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            writeLetter(out, font, 12, 72, 770, 18);
            out.beginText();
            out.setFont(font, 11);
            out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(8), 380, 700));
            out.showText("COURRIER ARRIVE le 05 MARS 2025");
            out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(8), 382, 684));
            out.showText("N 1234");
            out.endText();
            out.beginText();
            out.setFont(font, 8);
            out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(90), 30, 200));
            out.showText("Imprimerie nationale");
            out.endText();
        });
    }

    /**
     * A one-page text PDF printed sideways: every line of the letter turned a quarter turn, as a landscape page is
     * set on a portrait sheet, and nothing set level.
     */
    static Path pdfTurnedAQuarter(Path file) throws IOException {
        return onePagePdf(file, (pdf, out) -> {
            out.beginText();
            out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            float x = 100;
            for (String line : LETTER) {
                out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(90), x, 100));
                out.showText(line);
                x += 18;
            }
            out.endText();
        });
    }

    /**
     * A one-page scanned-looking PDF (no text) whose page draws one image XObject declaring {@code width} x
     * {@code height} 8-bit gray pixels, its Flate stream only 1 MiB of zeros: an image bomb that costs
     * width x height bytes when decoded. With {@code inForm} the image is drawn inside a form XObject.
     */
    static Path pdfWithImageBomb(Path file, int width, int height, boolean inForm) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            org.apache.pdfbox.cos.COSStream stream = pdf.getDocument().createCOSStream();
            try (OutputStream out = new java.util.zip.DeflaterOutputStream(stream.createRawOutputStream())) {
                out.write(new byte[1 << 20]);
            }
            stream.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.XOBJECT);
            stream.setItem(org.apache.pdfbox.cos.COSName.SUBTYPE, org.apache.pdfbox.cos.COSName.IMAGE);
            stream.setInt(org.apache.pdfbox.cos.COSName.WIDTH, width);
            stream.setInt(org.apache.pdfbox.cos.COSName.HEIGHT, height);
            stream.setInt(org.apache.pdfbox.cos.COSName.BITS_PER_COMPONENT, 8);
            stream.setItem(org.apache.pdfbox.cos.COSName.COLORSPACE, org.apache.pdfbox.cos.COSName.DEVICEGRAY);
            stream.setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            var image = new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(
                    new org.apache.pdfbox.pdmodel.common.PDStream(stream), null);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                if (inForm) {
                    var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(pdf);
                    form.setBBox(PDRectangle.A4);
                    form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
                    try (var inside = new org.apache.pdfbox.pdmodel.PDFormContentStream(form)) {
                        inside.drawImage(image, 0, 0, 595, 842);
                    }
                    out.drawForm(form);
                } else {
                    out.drawImage(image, 0, 0, 595, 842);
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A drawn page: white, with a few black lines of text. */
    static BufferedImage page(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, Math.max(10, width / 40)));
        for (int i = 0; i < LETTER.size(); i++) {
            g.drawString(LETTER.get(i), width / 12, height / 8 + i * width / 25);
        }
        g.dispose();
        return image;
    }

    static Path image(Path file, String format, BufferedImage image) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return file;
    }

    /** An animated GIF: the page first, then smaller frames of animation. */
    static Path animatedGif(Path file, BufferedImage first, int moreFrames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(first, null, null), null);
            for (int i = 0; i < moreFrames; i++) {
                writer.writeToSequence(new IIOImage(page(100 + i, 100), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /**
     * A CMYK JPEG as print workflows write it: an Adobe marker (transform 0, no YCC conversion) and inverted
     * channels, 255 meaning no ink. Black text is K only.
     */
    static Path cmykJpeg(Path file, BufferedImage rgb) throws IOException {
        WritableRaster cmyk =
                Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, rgb.getWidth(), rgb.getHeight(), 4, null);
        int[] pixel = {255, 255, 255, 0};
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int v = rgb.getRGB(x, y);
                // the page is black on white: all of its ink goes to K, stored inverted like C, M and Y
                pixel[3] = Math.max((v >> 16) & 0xff, Math.max((v >> 8) & 0xff, v & 0xff));
                cmyk.setPixel(x, y, pixel);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        IIOMetadata adobe = adobeCmykMetadata(writer, cmyk);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(cmyk, null, adobe), null);
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** The writer's metadata for a four-channel raster, with an Adobe APP14 marker saying "CMYK, untransformed". */
    private static IIOMetadata adobeCmykMetadata(ImageWriter writer, Raster cmyk) throws IOException {
        IIOMetadata plain;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(cmyk.createChild(0, 0, 8, 8, 0, 0, null), null, null), null);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            plain = reader.getImageMetadata(0);
            reader.dispose();
        }
        String format = "javax_imageio_jpeg_image_1.0";
        IIOMetadataNode root = (IIOMetadataNode) plain.getAsTree(format);
        IIOMetadataNode markers =
                (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
        IIOMetadataNode adobe = new IIOMetadataNode("app14Adobe");
        adobe.setAttribute("version", "101");
        adobe.setAttribute("flags0", "0");
        adobe.setAttribute("flags1", "0");
        adobe.setAttribute("transform", "0");
        markers.insertBefore(adobe, markers.getFirstChild());
        plain.setFromTree(format, root);
        return plain;
    }

    /** A multi-page bilevel TIFF compressed as a fax (CCITT T.6, i.e. Group 4). */
    static Path faxTiff(Path file, int pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("CCITT T.6");
            writer.prepareWriteSequence(null);
            for (int i = 0; i < pages; i++) {
                BufferedImage bilevel = new BufferedImage(1728, 2200, BufferedImage.TYPE_BYTE_BINARY);
                Graphics2D g = bilevel.createGraphics();
                g.drawImage(page(1728, 2200), 0, 0, null);
                g.dispose();
                writer.writeToSequence(new IIOImage(bilevel, null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /**
     * The fax TIFF of {@link #faxTiff} whose last page points back to its first as the next one: a chain of pages that
     * never ends.
     */
    static Path tiffPagesInALoop(Path file, int pages) throws IOException {
        faxTiff(file, pages);
        ByteBuffer tiff = ByteBuffer.wrap(Files.readAllBytes(file));
        tiff.order(tiff.get(0) == 'I' ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        int first = tiff.getInt(4);
        int directory = first;
        while (true) {
            int next = directory + 2 + 12 * tiff.getShort(directory);
            if (tiff.getInt(next) == 0) {
                tiff.putInt(next, first);
                return Files.write(file, tiff.array());
            }
            directory = tiff.getInt(next);
        }
    }

    /** A PNG that is only a header claiming width x height pixels (a pixel bomb), then an empty IEND. */
    static Path pngHeader(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(
                png,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put((byte) 8)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .array());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(png, "IEND", new byte[0]);
        return Files.write(file, png.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A minimal DOCX: content types, package relationships, one paragraph per line. */
    static Path docx(Path file) throws IOException {
        StringBuilder body = new StringBuilder();
        LETTER.forEach(l -> body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
                .append(xml(l))
                .append("</w:t></w:r></w:p>"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                            + "</Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                            + "</Relationships>");
            entry(
                    zip,
                    "word/document.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                            + body + "</w:body></w:document>");
        }
        return file;
    }

    /** A minimal ODT: the stored mimetype first, a manifest, one paragraph per line. */
    static Path odt(Path file) throws IOException {
        StringBuilder body = new StringBuilder();
        LETTER.forEach(l -> body.append("<text:p>").append(xml(l)).append("</text:p>"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry stored = new ZipEntry("mimetype");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(mimetype);
            zip.closeEntry();
            entry(
                    zip,
                    "META-INF/manifest.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                            + "</manifest:manifest>");
            entry(
                    zip,
                    "content.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                            + "<office:body><office:text>" + body
                            + "</office:text></office:body></office:document-content>");
        }
        return file;
    }

    static Path rtf(Path file) throws IOException {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 ");
        for (String line : LETTER) {
            for (char c : line.toCharArray()) {
                rtf.append(c < 128 ? String.valueOf(c) : "\\'" + Integer.toHexString(c));
            }
            rtf.append("\\par ");
        }
        return Files.writeString(file, rtf.append('}'), StandardCharsets.US_ASCII);
    }

    static Path zip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "notes/readme.bin", "not a letter");
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
    }

    static void truncate(Path file, double keep) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, (int) (bytes.length * keep));
        }
    }
}
