package org.courrier.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.courrier.document.CourrierException;
import org.courrier.ingest.PageSource;

/** Pages drawn with Java2D at 300 dpi for OCR tests (ocr's tests cannot use test-fixtures). */
final class TestPages {

    static final int DPI = 300;
    static final List<String> LETTER = List.of(
            "Objet : demande de renouvellement du permis",
            "Monsieur le Directeur,",
            "Nous avons l'honneur de vous transmettre le dossier",
            "relatif au projet de coopération régionale.",
            "Veuillez agréer nos salutations distinguées.");

    private TestPages() {}

    /** An A4 page at 300 dpi with the given lines in a 12 pt serif font. */
    static BufferedImage letter(List<String> lines) {
        BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 50));
        int y = 400;
        for (String line : lines) {
            g.drawString(line, 250, y);
            y += 90;
        }
        g.dispose();
        return image;
    }

    static PageSource.Image source(BufferedImage image, int dpi) {
        return new PageSource.Image() {
            @Override
            public int dpi() {
                return dpi;
            }

            @Override
            public BufferedImage render() throws CourrierException {
                return image;
            }

            @Override
            public int number() {
                return 1;
            }
        };
    }
}
