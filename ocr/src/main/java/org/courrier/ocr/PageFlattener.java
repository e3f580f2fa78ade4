package org.courrier.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.courrier.document.Flattening;
import org.courrier.document.Homography;

/**
 * Turns a phone photo of a sheet into a flat page: {@link SheetFinder} finds the sheet's corners, the sheet is warped
 * onto an A4 page at 300 dpi (portrait, or landscape when the sheet lies across the photo; orientation detection
 * turns it afterwards) by inverse mapping through the homography with bilinear sampling, and the light is evened out
 * by dividing each pixel by an estimate of the light that fell on it (the paper's brightness around it: a max filter
 * on 8x8 cells, smoothed). A page with no sheet edge is not touched. Public for the benchmark
 * ({@code ./courrier bench ocr}); the pipeline calls it through {@link PagePreparation}. Thread-safe: stateless.
 */
public final class PageFlattener {

    static final int A4_SHORT = 2480;
    static final int A4_LONG = 3508;
    static final int DPI = 300;
    /** The paper's gray once the light is evened out. */
    private static final double PAPER = 245;
    /** The light estimate's cells, in pixels, and how many cells around the max filter reaches. */
    private static final int CELL = 8;

    private static final int LIGHT_RADIUS = 6;
    /** Darker corners than this share of the brightest part of the page count as uneven light. */
    static final double EVEN_LIGHT = 0.85;

    private PageFlattener() {}

    /** A flattened page and how it was made. */
    public record Flat(BufferedImage image, Flattening flattening) {}

    /** The flattened sheet with its light evened, or null when the image shows no sheet edge. */
    public static Flat flatten(BufferedImage image) {
        return flatten(image, true);
    }

    /**
     * The flattened sheet, or null when the image shows no sheet edge; its light evened when asked (whether the light
     * was uneven is measured either way).
     */
    public static Flat flatten(BufferedImage image, boolean evenTheLight) {
        double[] corners = SheetFinder.corners(image);
        if (corners == null) {
            return null;
        }
        double top = Math.hypot(corners[2] - corners[0], corners[3] - corners[1]);
        double bottom = Math.hypot(corners[4] - corners[6], corners[5] - corners[7]);
        double left = Math.hypot(corners[6] - corners[0], corners[7] - corners[1]);
        double right = Math.hypot(corners[4] - corners[2], corners[5] - corners[3]);
        boolean landscape = top + bottom > left + right;
        int w = landscape ? A4_LONG : A4_SHORT;
        int h = landscape ? A4_SHORT : A4_LONG;
        Homography toPhoto = Homography.fromRectangle(w, h, corners);
        BufferedImage flat = warp(LumaRows.all(image), image.getWidth(), image.getHeight(), toPhoto, w, h);
        boolean uneven = evenLight(flat, evenTheLight);
        List<Double> list = new ArrayList<>(8);
        for (double c : corners) {
            list.add(Math.round(c * 100) / 100.0);
        }
        return new Flat(flat, new Flattening(image.getWidth(), image.getHeight(), w, h, list, uneven));
    }

    /**
     * The photo made flat again as a recorded flattening says, its light evened when it was uneven: the page the
     * record's boxes are on, for a reviewer's screen.
     *
     * @throws IllegalArgumentException when the photo is not the size the flattening was measured on
     */
    public static BufferedImage flat(BufferedImage photo, Flattening f) {
        if (photo.getWidth() != f.photoWidth() || photo.getHeight() != f.photoHeight()) {
            throw new IllegalArgumentException("the photo is " + photo.getWidth() + "x" + photo.getHeight()
                    + " pixels, the flattening was measured on " + f.photoWidth() + "x" + f.photoHeight());
        }
        BufferedImage out = warp(
                LumaRows.all(photo), photo.getWidth(), photo.getHeight(), f.toPhoto(), f.flatWidth(), f.flatHeight());
        evenLight(out, f.unevenLight());
        return out;
    }

    /** The w x h page whose every pixel is sampled where the homography puts it in the photo. */
    static BufferedImage warp(byte[] src, int sw, int sh, Homography toPhoto, int w, int h) {
        double[] m = toPhoto.coefficients();
        byte[] out = new byte[w * h];
        for (int v = 0; v < h; v++) {
            // numerators and denominator are linear in u: stepped along the row
            double nx = m[1] * v + m[2];
            double ny = m[4] * v + m[5];
            double d = m[7] * v + m[8];
            int row = v * w;
            for (int u = 0; u < w; u++, nx += m[0], ny += m[3], d += m[6]) {
                double inv = 1 / d;
                double x = nx * inv;
                double y = ny * inv;
                int value;
                if (x < 0 || y < 0 || x >= sw - 1 || y >= sh - 1) {
                    value = 255;
                } else {
                    int x0 = (int) x;
                    int y0 = (int) y;
                    double fx = x - x0;
                    double fy = y - y0;
                    int at = y0 * sw + x0;
                    double a = src[at] & 0xff;
                    double b = src[at + 1] & 0xff;
                    double c = src[at + sw] & 0xff;
                    double e = src[at + sw + 1] & 0xff;
                    double top = a + (b - a) * fx;
                    value = (int) (top + (c + (e - c) * fx - top) * fy + 0.5);
                }
                out[row + u] = (byte) value;
            }
        }
        BufferedImage flat = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        flat.getRaster().setDataElements(0, 0, w, h, out);
        return flat;
    }

    /**
     * Divides the page by the light that fell on it, in place: each pixel times {@link #PAPER} over the paper's
     * brightness around it. Returns whether the light was uneven (its darkest part under {@link #EVEN_LIGHT} of its
     * brightest).
     */
    static boolean evenLight(BufferedImage flat) {
        return evenLight(flat, true);
    }

    /** Measures the light and, when {@code apply}, evens it out; returns whether it was uneven. */
    static boolean evenLight(BufferedImage flat, boolean apply) {
        int w = flat.getWidth();
        int h = flat.getHeight();
        int cw = (w + CELL - 1) / CELL;
        int ch = (h + CELL - 1) / CELL;
        byte[] px = new byte[w * h];
        flat.getRaster().getDataElements(0, 0, w, h, px);
        float[] cells = new float[cw * ch];
        for (int y = 0; y < h; y++) {
            int base = (y / CELL) * cw;
            for (int x = 0; x < w; x++) {
                float v = px[y * w + x] & 0xff;
                if (v > cells[base + x / CELL]) {
                    cells[base + x / CELL] = v;
                }
            }
        }
        // the brightest cell around: paper, even where a cell holds only ink
        float[] light = SheetFinder.maxFilter(cells, cw, ch, LIGHT_RADIUS);
        light = boxBlur(boxBlur(light, cw, ch, LIGHT_RADIUS), cw, ch, LIGHT_RADIUS);
        float[] sorted = light.clone();
        java.util.Arrays.sort(sorted);
        float low = sorted[(int) (0.02 * (sorted.length - 1))];
        float high = sorted[(int) (0.98 * (sorted.length - 1))];
        boolean uneven = high > 0 && low / high < EVEN_LIGHT;
        if (!apply) {
            return uneven;
        }
        int[] x0s = new int[w];
        int[] x1s = new int[w];
        float[] fxs = new float[w];
        for (int x = 0; x < w; x++) {
            double cx = Math.max(0, Math.min(cw - 1.0, (x + 0.5) / CELL - 0.5));
            x0s[x] = (int) cx;
            x1s[x] = Math.min(cw - 1, x0s[x] + 1);
            fxs[x] = (float) (cx - x0s[x]);
        }
        float[] rowLight = new float[cw];
        for (int y = 0; y < h; y++) {
            double cy = Math.max(0, Math.min(ch - 1.0, (y + 0.5) / CELL - 0.5));
            int y0 = (int) cy;
            int y1 = Math.min(ch - 1, y0 + 1);
            float fy = (float) (cy - y0);
            for (int c = 0; c < cw; c++) {
                float l = light[y0 * cw + c] * (1 - fy) + light[y1 * cw + c] * fy;
                // the gain that takes this light to PAPER
                rowLight[c] = (float) (PAPER / Math.max(24, l));
            }
            int row = y * w;
            for (int x = 0; x < w; x++) {
                float gain = rowLight[x0s[x]] * (1 - fxs[x]) + rowLight[x1s[x]] * fxs[x];
                int v = (int) ((px[row + x] & 0xff) * gain + 0.5f);
                px[row + x] = (byte) Math.min(255, v);
            }
        }
        flat.getRaster().setDataElements(0, 0, w, h, px);
        return uneven;
    }

    /** Mean over a (2r+1) square, separable, the window cut at the ends. */
    private static float[] boxBlur(float[] in, int w, int h, int r) {
        float[] rows = new float[in.length];
        for (int y = 0; y < h; y++) {
            double sum = 0;
            int count = 0;
            for (int x = 0; x <= Math.min(w - 1, r); x++) {
                sum += in[y * w + x];
                count++;
            }
            for (int x = 0; x < w; x++) {
                rows[y * w + x] = (float) (sum / count);
                if (x + r + 1 < w) {
                    sum += in[y * w + x + r + 1];
                    count++;
                }
                if (x - r >= 0) {
                    sum -= in[y * w + x - r];
                    count--;
                }
            }
        }
        float[] out = new float[in.length];
        for (int x = 0; x < w; x++) {
            double sum = 0;
            int count = 0;
            for (int y = 0; y <= Math.min(h - 1, r); y++) {
                sum += rows[y * w + x];
                count++;
            }
            for (int y = 0; y < h; y++) {
                out[y * w + x] = (float) (sum / count);
                if (y + r + 1 < h) {
                    sum += rows[(y + r + 1) * w + x];
                    count++;
                }
                if (y - r >= 0) {
                    sum -= rows[(y - r) * w + x];
                    count--;
                }
            }
        }
        return out;
    }
}
