package org.courrier.routes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A page halved for the screen keeps every box on its ink: evidence pixel x is image pixel x / 2. */
class ScreenScalingTest {

    private static BufferedImage page(int type, int width, int height, int x, int y, int w, int h) {
        BufferedImage page = new BufferedImage(width, height, type);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(x, y, w, h);
        g.dispose();
        return page;
    }

    /** The smallest rectangle holding every pixel darker than mid-gray: {x0, y0, x1, y1}, ends excluded. */
    private static int[] ink(BufferedImage image) {
        int[] r = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    r[0] = Math.min(r[0], x);
                    r[1] = Math.min(r[1], y);
                    r[2] = Math.max(r[2], x + 1);
                    r[3] = Math.max(r[3], y + 1);
                }
            }
        }
        return r;
    }

    @Test
    void aBoxOnEvenPixelsLandsExactlyOnHalfItsCoordinates() {
        BufferedImage half = ScreenScaling.half(page(BufferedImage.TYPE_BYTE_GRAY, 2480, 3507, 400, 1000, 600, 80));
        assertThat(half.getWidth()).isEqualTo(1240);
        assertThat(half.getHeight()).as("no row of the page lost").isEqualTo(1754);
        assertThat(half.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(ink(half)).containsExactly(200, 500, 500, 540);
    }

    @Test
    void aBoxOnOddPixelsStaysWithinOnePixelOfHalfItsCoordinates() {
        BufferedImage half = ScreenScaling.half(page(BufferedImage.TYPE_INT_ARGB, 1801, 999, 301, 77, 301, 41));
        assertThat(half.getWidth()).isEqualTo(901);
        assertThat(half.getHeight()).isEqualTo(500);
        assertThat(half.getType()).as("colour without alpha, for JPEG").isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        int[] ink = ink(half);
        // 301..602 x 77..118 halves to 150.5..301 x 38.5..59: the half-covered edge pixels are half-gray
        assertThat(ink[0]).isBetween(150, 151);
        assertThat(ink[1]).isBetween(38, 39);
        assertThat(ink[2]).isBetween(301, 302);
        assertThat(ink[3]).isBetween(59, 60);
    }

    @Test
    void aTransparentBackgroundBecomesWhitePaper() {
        BufferedImage clear = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        BufferedImage opaque = ScreenScaling.opaque(clear);
        assertThat(opaque.getColorModel().hasAlpha()).isFalse();
        assertThat(opaque.getRGB(10, 10) & 0xffffff).isEqualTo(0xffffff);
        BufferedImage gray = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        assertThat(ScreenScaling.opaque(gray)).isSameAs(gray);
    }
}
