package org.courrier.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Finds the sheet of paper in a photo: the four corners of a bright quadrilateral that stands out from a darker
 * background all round it. On a copy reduced to about {@link #WORK_SIDE} pixels, each pixel is compared with the
 * brightest light around it (a large max filter, which sees paper wherever paper is near): paper is nearly as bright
 * as that, a desk half as bright or less, whatever the vignette. The largest connected bright region is the sheet;
 * each of its four sides is fitted by a line through its outline (least squares, the worst points dropped, so a
 * curled corner or a rounded one does not pull it), and the corners are where those lines cross.
 *
 * <p>There is no sheet edge (and the page is read as it came) when the border of the image is not clearly darker
 * than its middle (scans, faxes, born-digital pages), when the region touches much of the image border, or when
 * what is found is not a plausible sheet (too small, not convex, sides far from square). Thread-safe: stateless.
 */
final class SheetFinder {

    /** The reduced copy's longer side, in pixels. */
    static final int WORK_SIDE = 600;
    /** The middle must be this much brighter than the border (of 255) for a sheet edge to be looked for. */
    static final double MIN_CONTRAST = 40;
    /**
     * A pixel is paper when at least this share of the brightest light around it (a desk measures 0.35-0.5): the first
     * that finds a plausible sheet wins; the second takes in paper under a shadow.
     */
    static final double[] PAPER_SHARES = {0.58, 0.48};
    /** The sheet's long sides over its short ones, within this factor of A4's square root of 2. */
    static final double ASPECT_TOLERANCE = 1.25;
    /** The sheet covers at least this share of the photo. */
    static final double MIN_AREA = 0.2;
    /** At most this share of the image border may be paper: beyond it the sheet's edge is not in view. */
    static final double MAX_BORDER_PAPER = 0.1;

    /** Outline samples this close to a candidate side (in reduced pixels) are on it. */
    static final double INLIER = 1.5;
    /** How far out of the outermost paper cell's centre the sheet's edge lies, in cells (measured on photos). */
    static final double EDGE_OUTWARD = 0.5;

    private SheetFinder() {}

    /**
     * The sheet's corners in the image's pixels, clockwise from the top-left as the image stands
     * ({@code x0, y0, … x3, y3}), or null when no sheet edge is found.
     */
    static double[] corners(BufferedImage image) {
        int factor = Math.max(1, (int) Math.ceil(Math.max(image.getWidth(), image.getHeight()) / (double) WORK_SIDE));
        int w = image.getWidth() / factor;
        int h = image.getHeight() / factor;
        if (w < 32 || h < 32) {
            return null;
        }
        float[] lum = reduced(image, factor, w, h);
        if (!darkerBorder(lum, w, h)) {
            return null;
        }
        int radius = Math.max(w, h) / 6;
        float[] light = maxFilter(lum, w, h, radius);
        // a shadow across the sheet can put part of it under the first share: then a lower one is tried
        for (double share : PAPER_SHARES) {
            double[] quad = sheet(lum, light, share, w, h);
            if (quad != null) {
                for (int i = 0; i < 8; i++) {
                    // a reduced pixel covers factor x factor pixels: its centre is half a cell in
                    quad[i] = (quad[i] + 0.5) * factor;
                }
                return quad;
            }
        }
        return null;
    }

    /** The sheet's corners in reduced pixels when paper is what reaches {@code share} of the light, or null. */
    private static double[] sheet(float[] lum, float[] light, double share, int w, int h) {
        boolean[] paper = new boolean[w * h];
        for (int i = 0; i < paper.length; i++) {
            paper[i] = lum[i] >= share * light[i];
        }
        // a text line reduced to gray must not cut the sheet: close small gaps (dilate, then erode)
        paper = erode(dilate(paper, w, h, 2), w, h, 2);
        int[] label = largestRegion(paper, w, h);
        if (label == null) {
            return null;
        }
        boolean[] sheet = new boolean[w * h];
        int area = 0;
        for (int i = 0; i < sheet.length; i++) {
            if (label[i] == 1) {
                sheet[i] = true;
                area++;
            }
        }
        if (area < MIN_AREA * w * h || borderShare(sheet, w, h) > MAX_BORDER_PAPER) {
            return null;
        }
        double[] quad = fitQuadrilateral(sheet, w, h);
        if (quad == null || !plausible(quad, w, h) || !fills(quad, sheet, area, w, h)) {
            return null;
        }
        return quad;
    }

    /** Mean luminance of each factor x factor cell. */
    private static float[] reduced(BufferedImage image, int factor, int w, int h) {
        float[] out = new float[w * h];
        int width = w * factor;
        LumaRows rows = new LumaRows(image);
        int[] luma = new int[image.getWidth()];
        for (int y = 0; y < h * factor; y++) {
            rows.read(y, luma);
            int base = (y / factor) * w;
            for (int x = 0; x < width; x++) {
                out[base + x / factor] += luma[x];
            }
        }
        float cells = factor * factor;
        for (int i = 0; i < out.length; i++) {
            out[i] /= cells;
        }
        return out;
    }

    /** Whether the image's outer ring is clearly darker than its middle: a sheet on a desk, not a scan. */
    private static boolean darkerBorder(float[] lum, int w, int h) {
        int ring = Math.max(2, Math.min(w, h) / 50);
        float[] border = new float[2 * ring * (w + h)];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean edge = x < ring || y < ring || x >= w - ring || y >= h - ring;
                if (edge && n < border.length) {
                    border[n++] = lum[y * w + x];
                }
            }
        }
        float[] middle = new float[(w / 2) * (h / 2)];
        int m = 0;
        for (int y = h / 4; y < h / 4 + h / 2; y++) {
            for (int x = w / 4; x < w / 4 + w / 2; x++) {
                middle[m++] = lum[y * w + x];
            }
        }
        return percentile(middle, m, 0.75) - percentile(border, n, 0.5) >= MIN_CONTRAST;
    }

    private static float percentile(float[] values, int n, double p) {
        float[] copy = Arrays.copyOf(values, n);
        Arrays.sort(copy);
        return copy[(int) Math.min(n - 1, Math.round(p * (n - 1)))];
    }

    /** The maximum over a (2r+1) square around each pixel, separable (rows, then columns). */
    static float[] maxFilter(float[] in, int w, int h, int r) {
        float[] rows = new float[in.length];
        float[] out = new float[in.length];
        float[] line = new float[Math.max(w, h)];
        float[] result = new float[Math.max(w, h)];
        for (int y = 0; y < h; y++) {
            System.arraycopy(in, y * w, line, 0, w);
            slidingMax(line, w, r, result);
            System.arraycopy(result, 0, rows, y * w, w);
        }
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                line[y] = rows[y * w + x];
            }
            slidingMax(line, h, r, result);
            for (int y = 0; y < h; y++) {
                out[y * w + x] = result[y];
            }
        }
        return out;
    }

    /** Van Herk / Gil-Werman: the max over [i-r, i+r] for every i, in linear time. */
    private static void slidingMax(float[] a, int n, int r, float[] out) {
        int size = 2 * r + 1;
        float[] g = new float[n];
        float[] hh = new float[n];
        for (int i = 0; i < n; i++) {
            g[i] = i % size == 0 ? a[i] : Math.max(g[i - 1], a[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            hh[i] = i == n - 1 || (i + 1) % size == 0 ? a[i] : Math.max(hh[i + 1], a[i]);
        }
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - r);
            int hi = Math.min(n - 1, i + r);
            out[i] = Math.max(hh[lo], g[hi]);
            if (hi - lo + 1 < size || lo / size == hi / size) {
                // a window cut by the ends, or within one block: the block formulas do not cover it exactly
                float m = a[lo];
                for (int k = lo + 1; k <= hi; k++) {
                    m = Math.max(m, a[k]);
                }
                out[i] = m;
            }
        }
    }

    private static boolean[] dilate(boolean[] in, int w, int h, int r) {
        return morph(in, w, h, r, true);
    }

    private static boolean[] erode(boolean[] in, int w, int h, int r) {
        return morph(in, w, h, r, false);
    }

    /** Dilation (any set in the square) or erosion (all set), separable. */
    private static boolean[] morph(boolean[] in, int w, int h, int r, boolean any) {
        boolean[] rows = new boolean[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean v = !any;
                for (int k = Math.max(0, x - r); k <= Math.min(w - 1, x + r); k++) {
                    if (in[y * w + k] == any) {
                        v = any;
                        break;
                    }
                }
                rows[y * w + x] = v;
            }
        }
        boolean[] out = new boolean[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean v = !any;
                for (int k = Math.max(0, y - r); k <= Math.min(h - 1, y + r); k++) {
                    if (rows[k * w + x] == any) {
                        v = any;
                        break;
                    }
                }
                out[y * w + x] = v;
            }
        }
        return out;
    }

    /** Labels: 1 on the largest 4-connected set region, 0 elsewhere; null when nothing is set. */
    private static int[] largestRegion(boolean[] set, int w, int h) {
        int[] label = new int[w * h];
        int next = 2;
        int best = -1;
        int bestSize = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < set.length; start++) {
            if (!set[start] || label[start] != 0) {
                continue;
            }
            int id = next++;
            int size = 0;
            label[start] = id;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                size++;
                int x = p % w;
                int y = p / w;
                if (x > 0 && set[p - 1] && label[p - 1] == 0) {
                    label[p - 1] = id;
                    queue.add(p - 1);
                }
                if (x < w - 1 && set[p + 1] && label[p + 1] == 0) {
                    label[p + 1] = id;
                    queue.add(p + 1);
                }
                if (y > 0 && set[p - w] && label[p - w] == 0) {
                    label[p - w] = id;
                    queue.add(p - w);
                }
                if (y < h - 1 && set[p + w] && label[p + w] == 0) {
                    label[p + w] = id;
                    queue.add(p + w);
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = id;
            }
        }
        if (best < 0) {
            return null;
        }
        for (int i = 0; i < label.length; i++) {
            label[i] = label[i] == best ? 1 : 0;
        }
        return label;
    }

    /** Share of the image's outermost pixels that are on the sheet. */
    private static double borderShare(boolean[] sheet, int w, int h) {
        int on = 0;
        for (int x = 0; x < w; x++) {
            on += (sheet[x] ? 1 : 0) + (sheet[(h - 1) * w + x] ? 1 : 0);
        }
        for (int y = 0; y < h; y++) {
            on += (sheet[y * w] ? 1 : 0) + (sheet[y * w + w - 1] ? 1 : 0);
        }
        return on / (2.0 * (w + h));
    }

    /**
     * The four sides: rough corners are the outline's extreme points along the diagonals; each side is then the line
     * through the outline between its two rough corners (the middle 70 % of it), and the corners are where those
     * lines meet.
     */
    static double[] fitQuadrilateral(boolean[] sheet, int w, int h) {
        int[] left = new int[h];
        int[] right = new int[h];
        int[] top = new int[w];
        int[] bottom = new int[w];
        Arrays.fill(left, -1);
        Arrays.fill(right, -1);
        Arrays.fill(top, -1);
        Arrays.fill(bottom, -1);
        double[] best = {
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY
        };
        double[] rough = new double[8];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!sheet[y * w + x]) {
                    continue;
                }
                if (left[y] < 0) {
                    left[y] = x;
                }
                right[y] = x;
                if (top[x] < 0) {
                    top[x] = y;
                }
                bottom[x] = y;
                // top-left: smallest x + y; top-right: largest x - y; bottom-right: largest x + y; bottom-left
                double[] scores = {-(x + y), x - y, x + y, y - x};
                for (int k = 0; k < 4; k++) {
                    if (scores[k] > best[k]) {
                        best[k] = scores[k];
                        rough[2 * k] = x;
                        rough[2 * k + 1] = y;
                    }
                }
            }
        }
        // lines as a*x + b*y = c with (a, b) of unit length
        double[] topLine = fitSide(top, rough[0], rough[2], true, h, -EDGE_OUTWARD);
        double[] rightLine = fitSide(right, rough[3], rough[5], false, w, EDGE_OUTWARD);
        double[] bottomLine = fitSide(bottom, rough[6], rough[4], true, h, EDGE_OUTWARD);
        double[] leftLine = fitSide(left, rough[1], rough[7], false, w, -EDGE_OUTWARD);
        if (topLine == null || rightLine == null || bottomLine == null || leftLine == null) {
            return null;
        }
        double[] quad = new double[8];
        double[][] sides = {leftLine, topLine, rightLine, bottomLine, leftLine};
        for (int k = 0; k < 4; k++) {
            double[] p = intersect(sides[k], sides[k + 1]);
            if (p == null) {
                return null;
            }
            quad[2 * k] = p[0];
            quad[2 * k + 1] = p[1];
        }
        return quad;
    }

    /**
     * Fits {@code other = slope * along + offset} through the outline samples between two positions (their middle
     * 70 %), leaving out samples on the image's border (another sheet, or the desk cut by the frame): the line with
     * the most samples within {@link #INLIER} cells among those through pairs of samples, then least squares over
     * those samples, so a curled corner, a shadow's bite or a second sheet's edge does not pull it. The outline is
     * moved out by {@code outward} cells (the outermost paper cell is partly desk). Returns the line as
     * {@code a, b, c} of {@code a*x + b*y = c}.
     */
    private static double[] fitSide(
            int[] outline, double from, double to, boolean horizontal, int limit, double outward) {
        int lo = (int) Math.ceil(Math.min(from, to) + 0.15 * Math.abs(to - from));
        int hi = (int) Math.floor(Math.max(from, to) - 0.15 * Math.abs(to - from));
        int n = 0;
        double[] s = new double[Math.max(0, hi - lo + 1)];
        double[] t = new double[s.length];
        for (int i = Math.max(0, lo); i <= Math.min(outline.length - 1, hi); i++) {
            if (outline[i] > 0 && outline[i] < limit - 1) {
                s[n] = i;
                t[n] = outline[i] + outward;
                n++;
            }
        }
        if (n < 8) {
            return null;
        }
        int step = Math.max(1, n / 40);
        int bestCount = -1;
        boolean[] keep = new boolean[n];
        boolean[] candidate = new boolean[n];
        for (int i = 0; i < n; i += step) {
            for (int j = i + step; j < n; j += step) {
                double slope = (t[j] - t[i]) / (s[j] - s[i]);
                if (Math.abs(slope) > 1) {
                    continue;
                }
                double offset = t[i] - slope * s[i];
                int count = 0;
                for (int k = 0; k < n; k++) {
                    candidate[k] = Math.abs(t[k] - slope * s[k] - offset) <= INLIER;
                    if (candidate[k]) {
                        count++;
                    }
                }
                if (count > bestCount) {
                    bestCount = count;
                    System.arraycopy(candidate, 0, keep, 0, n);
                }
            }
        }
        if (bestCount < Math.max(8, n / 3)) {
            return null;
        }
        double[] fit = leastSquares(s, t, n, keep);
        double slope = fit[0];
        double offset = fit[1];
        // horizontal: y = slope x + offset -> -slope x + y = offset; vertical: x = slope y + offset
        double a = horizontal ? -slope : 1;
        double b = horizontal ? 1 : -slope;
        double norm = Math.hypot(a, b);
        return new double[] {a / norm, b / norm, offset / norm};
    }

    private static double[] leastSquares(double[] s, double[] t, int n, boolean[] keep) {
        double ss = 0;
        double st = 0;
        double sum = 0;
        double tt = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (keep == null || keep[i]) {
                ss += s[i] * s[i];
                st += s[i] * t[i];
                sum += s[i];
                tt += t[i];
                count++;
            }
        }
        double d = count * ss - sum * sum;
        if (count < 2 || d == 0) {
            return new double[] {0, tt / Math.max(1, count)};
        }
        double slope = (count * st - sum * tt) / d;
        return new double[] {slope, (tt - slope * sum) / count};
    }

    private static double[] intersect(double[] l1, double[] l2) {
        double det = l1[0] * l2[1] - l1[1] * l2[0];
        if (Math.abs(det) < 1e-6) {
            return null;
        }
        return new double[] {(l1[2] * l2[1] - l1[1] * l2[2]) / det, (l1[0] * l2[2] - l1[2] * l2[0]) / det};
    }

    /**
     * Whether the region is the quadrilateral: it fills at least 90 % of it and little of it lies outside (a round
     * plate or a blob fits a quadrilateral badly).
     */
    private static boolean fills(double[] q, boolean[] sheet, int area, int w, int h) {
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        path.moveTo(q[0], q[1]);
        for (int k = 1; k < 4; k++) {
            path.lineTo(q[2 * k], q[2 * k + 1]);
        }
        path.closePath();
        int inside = 0;
        int quadArea = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (path.contains(x, y)) {
                    quadArea++;
                    if (sheet[y * w + x]) {
                        inside++;
                    }
                }
            }
        }
        return quadArea > 0 && inside >= 0.9 * quadArea && area - inside <= 0.08 * area;
    }

    /**
     * Convex, corners inside the image (with a little room), inner angles 60-120°, at least MIN_AREA of it, and about
     * the proportions of a sheet (a shadow that cut the sheet in two leaves a piece that is not).
     */
    private static boolean plausible(double[] q, int w, int h) {
        double slack = 0.02 * Math.max(w, h);
        for (int k = 0; k < 4; k++) {
            double x = q[2 * k];
            double y = q[2 * k + 1];
            if (x < -slack || y < -slack || x > w + slack || y > h + slack) {
                return false;
            }
        }
        double area = 0;
        for (int k = 0; k < 4; k++) {
            int j = (k + 1) % 4;
            int i = (k + 3) % 4;
            double ax = q[2 * i] - q[2 * k];
            double ay = q[2 * i + 1] - q[2 * k + 1];
            double bx = q[2 * j] - q[2 * k];
            double by = q[2 * j + 1] - q[2 * k + 1];
            double cross = bx * ay - by * ax;
            if (cross <= 0) {
                return false;
            }
            double angle = Math.toDegrees(Math.acos((ax * bx + ay * by) / (Math.hypot(ax, ay) * Math.hypot(bx, by))));
            if (angle < 60 || angle > 120) {
                return false;
            }
            area += q[2 * k] * q[2 * j + 1] - q[2 * j] * q[2 * k + 1];
        }
        double across = Math.hypot(q[2] - q[0], q[3] - q[1]) + Math.hypot(q[4] - q[6], q[5] - q[7]);
        double down = Math.hypot(q[6] - q[0], q[7] - q[1]) + Math.hypot(q[4] - q[2], q[5] - q[3]);
        double aspect = Math.max(across, down) / Math.min(across, down);
        return Math.abs(area) / 2 >= MIN_AREA * w * h
                && aspect >= Math.sqrt(2) / ASPECT_TOLERANCE
                && aspect <= Math.sqrt(2) * ASPECT_TOLERANCE;
    }
}
