package org.courrier.ocr;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.courrier.document.Homography;

/**
 * Phone photos of a page for the flattening tests (ocr's tests cannot use test-fixtures' photo rendering): the page
 * warped onto known corners over a darker desk, light falling off from a point, noise. Deterministic per seed.
 */
final class TestPhotos {

    static final int MARGIN = 300;

    private TestPhotos() {}

    /** A photo and the page's true corners in it, clockwise from the top-left. */
    record Photo(BufferedImage image, double[] corners) {}

    /** Corners moved 20-260 px from where a flat page with a 300 px margin would have them. */
    static double[] corners(int pw, int ph, Random r) {
        double[] ideal = {MARGIN, MARGIN, MARGIN + pw, MARGIN, MARGIN + pw, MARGIN + ph, MARGIN, MARGIN + ph};
        double[] c = new double[8];
        for (int i = 0; i < 4; i++) {
            double shift = 20 + r.nextDouble() * 240;
            double angle = r.nextDouble() * 2 * Math.PI;
            c[2 * i] = ideal[2 * i] + shift * Math.cos(angle);
            c[2 * i + 1] = ideal[2 * i + 1] + shift * Math.sin(angle);
        }
        return c;
    }

    /** The page photographed onto the given corners: desk gray 90, paper 0.95, light down to 1 - falloff. */
    static Photo photo(BufferedImage page, double[] corners, double falloff, long seed) {
        Random r = new Random(seed);
        int pw = page.getWidth();
        int ph = page.getHeight();
        int w = pw + 2 * MARGIN;
        int h = ph + 2 * MARGIN;
        double[] m = Homography.fromRectangle(pw, ph, corners).inverse().coefficients();
        byte[] src = new byte[pw * ph];
        ImageOperations.gray(page).getRaster().getDataElements(0, 0, pw, ph, src);
        double lightX = w * (0.3 + 0.4 * r.nextDouble());
        double lightY = h * (0.3 + 0.4 * r.nextDouble());
        double diagonal2 = (double) w * w + (double) h * h;
        double[] noise = new double[1 << 16];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = r.nextGaussian() * 4;
        }
        int at = 0;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = m[6] * x + m[7] * y + m[8];
                double u = (m[0] * x + m[1] * y + m[2]) / d;
                double v = (m[3] * x + m[4] * y + m[5]) / d;
                double value;
                if (u >= 0 && v >= 0 && u < pw - 1 && v < ph - 1) {
                    value = (src[(int) v * pw + (int) u] & 0xff) * 0.95;
                } else {
                    value = 90;
                }
                double dx = x - lightX;
                double dy = y - lightY;
                double light = 1 - falloff * 2 * (dx * dx + dy * dy) / diagonal2;
                int g = (int) Math.max(0, Math.min(255, value * light + noise[(at++) & 0xffff]));
                // a warm cast: red a little up, blue a little down
                int red = Math.min(255, g + 8);
                int blue = Math.max(0, g - 12);
                row[x] = red << 16 | g << 8 | blue;
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return new Photo(out, corners);
    }
}
