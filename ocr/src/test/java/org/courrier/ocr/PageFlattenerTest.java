package org.courrier.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Finding the sheet in a photo, flattening it, and leaving everything that is not a photo of a sheet alone. */
class PageFlattenerTest {

    /** Many text lines, so the flattened page's skew can be measured. */
    static final BufferedImage PAGE = page();

    private static BufferedImage page() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lines.addAll(TestPages.LETTER);
        }
        return TestPages.letter(lines);
    }

    @Test
    void findsTheCornersOfPhotographedSheetsWithinFifteenPixels() {
        Random r = new Random(42);
        for (int n = 0; n < 6; n++) {
            double[] truth = TestPhotos.corners(PAGE.getWidth(), PAGE.getHeight(), r);
            TestPhotos.Photo photo = TestPhotos.photo(PAGE, truth, 0.2 + 0.05 * n, n);
            double[] found = SheetFinder.corners(photo.image());
            assertThat(found).as("photo %d", n).isNotNull();
            for (int i = 0; i < 4; i++) {
                double off = Math.hypot(found[2 * i] - truth[2 * i], found[2 * i + 1] - truth[2 * i + 1]);
                assertThat(off).as("photo %d corner %d", n, i).isLessThan(15);
            }
        }
    }

    @Test
    void flattensToA4WithLevelLinesAndEvenLight() {
        double[] truth = TestPhotos.corners(PAGE.getWidth(), PAGE.getHeight(), new Random(7));
        TestPhotos.Photo photo = TestPhotos.photo(PAGE, truth, 0.4, 7);
        PageFlattener.Flat flat = PageFlattener.flatten(photo.image());

        assertThat(flat).isNotNull();
        double ratio = (double) flat.image().getHeight() / flat.image().getWidth();
        assertThat(ratio).isBetween(Math.sqrt(2) * 0.99, Math.sqrt(2) * 1.01);
        assertThat(Math.abs(SkewMeter.clockwiseDegrees(flat.image()))).isLessThan(0.3);
        assertThat(flat.flattening().unevenLight()).isTrue();
        assertThat(flat.flattening().photoWidth()).isEqualTo(photo.image().getWidth());
        // the paper is about as bright at the top-left corner as in the middle once the light is evened
        int corner = mean(flat.image(), 60, 60, 100);
        int middle = mean(flat.image(), 1240, 3300, 100);
        assertThat(Math.abs(corner - middle)).isLessThan(12);
        // a word of the page is back where it was drawn: "Objet" starts at x = 250 on the baseline y = 400
        double[] onPhoto = flat.flattening().toPhoto().map(250, 400);
        double[] expected = org.courrier.document.Homography.fromRectangle(2480, 3508, truth)
                .map(250, 400);
        assertThat(Math.hypot(onPhoto[0] - expected[0], onPhoto[1] - expected[1]))
                .isLessThan(15);
    }

    @Test
    void leavesAFlatScanAndABornDigitalPageAlone() {
        assertThat(PageFlattener.flatten(PAGE)).isNull();
        // a scan: gray paper, turned 2°, scanner-lid gray in the corners
        BufferedImage scan = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        g.setColor(new Color(200, 200, 200));
        g.fillRect(0, 0, 2480, 3508);
        g.rotate(Math.toRadians(2), 1240, 1754);
        g.drawImage(PAGE, 0, 0, null);
        g.dispose();
        assertThat(PageFlattener.flatten(scan)).isNull();
        // a fax: bilevel
        BufferedImage fax = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D f = fax.createGraphics();
        f.drawImage(PAGE, 0, 0, 1654, 2339, null);
        f.dispose();
        assertThat(PageFlattener.flatten(fax)).isNull();
    }

    @Test
    void aPhotoOfSomethingThatIsNotASheetIsLeftAlone() {
        Random r = new Random(1);
        // noise
        BufferedImage noise = new BufferedImage(1200, 1600, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, r.nextInt(1 << 24));
            }
        }
        assertThat(SheetFinder.corners(noise)).isNull();
        // a bright round plate on a dark table
        BufferedImage plate = new BufferedImage(1200, 1600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = plate.createGraphics();
        g.setColor(new Color(60, 50, 40));
        g.fillRect(0, 0, 1200, 1600);
        g.setColor(new Color(240, 240, 235));
        g.fillOval(150, 350, 900, 900);
        g.dispose();
        assertThat(SheetFinder.corners(plate)).isNull();
        // all black, and a tiny image
        assertThat(SheetFinder.corners(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB)))
                .isNull();
        assertThat(SheetFinder.corners(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY)))
                .isNull();
    }

    @Test
    void aSheetPhotographedAcrossTheFrameIsFlattenedLandscape() {
        BufferedImage turned = ImageOperations.quarterTurn(PAGE, 90);
        double[] truth = TestPhotos.corners(turned.getWidth(), turned.getHeight(), new Random(3));
        TestPhotos.Photo photo = TestPhotos.photo(turned, truth, 0.25, 3);
        PageFlattener.Flat flat = PageFlattener.flatten(photo.image());
        assertThat(flat).isNotNull();
        assertThat(flat.image().getWidth()).isEqualTo(PageFlattener.A4_LONG);
        assertThat(flat.image().getHeight()).isEqualTo(PageFlattener.A4_SHORT);
    }

    private static int mean(BufferedImage gray, int x0, int y0, int size) {
        long sum = 0;
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                sum += gray.getRaster().getSample(x, y, 0);
            }
        }
        return (int) (sum / ((long) size * size));
    }
}
