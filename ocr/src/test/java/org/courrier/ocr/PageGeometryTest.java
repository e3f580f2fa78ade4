package org.courrier.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PageGeometryTest {

    /** A white gray page with one black square. */
    private static BufferedImage page(int w, int h, int x, int y, int side) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.fillRect(x, y, side, side);
        g.dispose();
        return image;
    }

    /** The centre of the dark pixels. */
    private static double[] inkCentre(BufferedImage image) {
        double sx = 0;
        double sy = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return new double[] {sx / n, sy / n};
    }

    @Test
    void aFaxTurnedAQuarterAndUpscaledIsServedInThePixelsItWasReadIn() {
        // a 200 dpi fax lying on its side: read turned 90° clockwise and upscaled to 300 dpi
        BufferedImage fax = page(400, 300, 40, 60, 20);
        BufferedImage read = PageGeometry.asRead(fax, 90, 0, 450, 600);
        assertThat(read.getWidth()).isEqualTo(450);
        assertThat(read.getHeight()).isEqualTo(600);
        double[] c = inkCentre(read);
        // clockwise: (x, y) -> (h - y, x), then x 1.5
        assertThat(c[0]).isCloseTo((300 - 70) * 1.5, org.assertj.core.data.Offset.offset(3.0));
        assertThat(c[1]).isCloseTo(50 * 1.5, org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void aSkewIsUndoneAboutTheCentre() {
        // a mark right of the centre of a page read after turning it 4° anticlockwise (skew +4° measured)
        BufferedImage scan = page(1000, 1000, 890, 490, 20);
        BufferedImage read = PageGeometry.asRead(scan, 0, 4, 1000, 1000);
        double[] c = inkCentre(read);
        double r = Math.toRadians(-4);
        assertThat(c[0]).isCloseTo(500 + 400 * Math.cos(r), org.assertj.core.data.Offset.offset(2.0));
        assertThat(c[1]).isCloseTo(500 + 400 * Math.sin(r), org.assertj.core.data.Offset.offset(2.0));
        // unknown size: as it is
        assertThat(PageGeometry.asRead(scan, 0, 0, 0, 0)).isSameAs(scan);
    }

    @Test
    void atHalfScaleEveryStepIsOneResamplingToHalfThePixelsRead() {
        // a bilevel 200 dpi fax upscaled to 300 dpi when read, asked for at half size for the screen
        BufferedImage fax = new BufferedImage(400, 600, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = fax.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 600);
        g.setColor(Color.BLACK);
        g.fillRect(90, 190, 20, 20);
        g.dispose();
        BufferedImage half = PageGeometry.asRead(fax, 0, 0, 600, 900, 0.5);
        assertThat(half.getWidth()).isEqualTo(300);
        assertThat(half.getHeight()).isEqualTo(450);
        double[] c = inkCentre(half);
        assertThat(c[0]).isCloseTo(100 * 1.5 * 0.5, org.assertj.core.data.Offset.offset(2.0));
        assertThat(c[1]).isCloseTo(200 * 1.5 * 0.5, org.assertj.core.data.Offset.offset(2.0));
        assertThatThrownBy(() -> PageGeometry.asRead(fax, 0, 0, 600, 900, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSizeThatIsNotThisPageAtSomeScaleIsRefused() {
        BufferedImage scan = page(1000, 1400, 0, 0, 1);
        assertThatThrownBy(() -> PageGeometry.asRead(scan, 0, 0, 2000, 2000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the same page");
        assertThatThrownBy(() -> PageGeometry.asRead(scan, 45, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
