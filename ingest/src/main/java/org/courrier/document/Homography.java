package org.courrier.document;

import java.util.Arrays;

/**
 * A plane projective transform (3x3 matrix, last element 1): how a flat sheet maps onto a photo of it, and back.
 * Immutable, thread-safe.
 */
public final class Homography {

    /** Below this a pivot is taken as zero: the four points are (nearly) collinear. */
    private static final double SINGULAR = 1e-12;

    private final double[] m;

    private Homography(double[] m) {
        this.m = m;
    }

    /** The transform of nine row-major coefficients; it is normalised so that the last one is 1. */
    public static Homography of(double... coefficients) {
        if (coefficients.length != 9) {
            throw new IllegalArgumentException("a homography has 9 coefficients, not " + coefficients.length);
        }
        double s = coefficients[8];
        if (Math.abs(s) < SINGULAR) {
            throw new IllegalArgumentException("a homography's last coefficient must not be 0");
        }
        double[] m = new double[9];
        for (int i = 0; i < 9; i++) {
            m[i] = coefficients[i] / s;
        }
        return new Homography(m);
    }

    /**
     * The transform taking four points onto four others, each given as {@code x0, y0, x1, y1, x2, y2, x3, y3}:
     * the 8x8 linear system of the eight unknown coefficients solved by Gaussian elimination with partial pivoting.
     *
     * @throws IllegalArgumentException when three of either four points are collinear (no such transform)
     */
    public static Homography mapping(double[] from, double[] to) {
        if (from.length != 8 || to.length != 8) {
            throw new IllegalArgumentException("four points (8 numbers) on each side are needed");
        }
        requireNoThreeCollinear(from, from, to);
        requireNoThreeCollinear(to, from, to);
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[2 * i];
            double y = from[2 * i + 1];
            double u = to[2 * i];
            double v = to[2 * i + 1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        double scale = 0;
        for (double[] row : a) {
            for (int j = 0; j < 8; j++) {
                scale = Math.max(scale, Math.abs(row[j]));
            }
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) <= SINGULAR * Math.max(1, scale)) {
                throw new IllegalArgumentException("no homography: three of the points are collinear "
                        + Arrays.toString(from) + " -> " + Arrays.toString(to));
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    if (f != 0) {
                        for (int c = col; c < 9; c++) {
                            a[r][c] -= f * a[col][c];
                        }
                    }
                }
            }
        }
        double[] m = new double[9];
        for (int i = 0; i < 8; i++) {
            m[i] = a[i][8] / a[i][i];
        }
        m[8] = 1;
        for (double v : m) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("no homography for " + Arrays.toString(from));
            }
        }
        return new Homography(m);
    }

    private static void requireNoThreeCollinear(double[] p, double[] from, double[] to) {
        double extent = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                extent = Math.max(extent, Math.hypot(p[2 * i] - p[2 * j], p[2 * i + 1] - p[2 * j + 1]));
            }
        }
        for (int skip = 0; skip < 4; skip++) {
            int[] k = new int[3];
            for (int i = 0, n = 0; i < 4; i++) {
                if (i != skip) {
                    k[n++] = i;
                }
            }
            double cross = (p[2 * k[1]] - p[2 * k[0]]) * (p[2 * k[2] + 1] - p[2 * k[0] + 1])
                    - (p[2 * k[1] + 1] - p[2 * k[0] + 1]) * (p[2 * k[2]] - p[2 * k[0]]);
            if (!(Math.abs(cross) > 1e-9 * extent * extent)) {
                throw new IllegalArgumentException("no homography: three of the points are collinear "
                        + Arrays.toString(from) + " -> " + Arrays.toString(to));
            }
        }
    }

    /** The transform taking the rectangle {@code (0,0)-(width,height)} onto four corners, clockwise from top-left. */
    public static Homography fromRectangle(double width, double height, double[] corners) {
        return mapping(new double[] {0, 0, width, 0, width, height, 0, height}, corners);
    }

    /** Where a point goes: {@code {x', y'}}. */
    public double[] map(double x, double y) {
        double w = m[6] * x + m[7] * y + m[8];
        return new double[] {(m[0] * x + m[1] * y + m[2]) / w, (m[3] * x + m[4] * y + m[5]) / w};
    }

    /** The smallest box holding the image of a box (its four corners mapped). */
    public Box mapBox(Box box) {
        return imageOf(box, this::map);
    }

    /** The smallest box holding the four corners of a box as a point mapping moves them. */
    public static Box imageOf(Box box, java.util.function.BiFunction<Double, Double, double[]> mapping) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            double[] p = mapping.apply(
                    (double) (i == 1 || i == 2 ? box.right() : box.x()), (double) (i >= 2 ? box.bottom() : box.y()));
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        int x = (int) Math.floor(minX);
        int y = (int) Math.floor(minY);
        return new Box(x, y, (int) Math.ceil(maxX) - x, (int) Math.ceil(maxY) - y);
    }

    /** The transform going back. */
    public Homography inverse() {
        double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], i = m[8];
        double[] adj = {
            e * i - f * h, c * h - b * i, b * f - c * e,
            f * g - d * i, a * i - c * g, c * d - a * f,
            d * h - e * g, b * g - a * h, a * e - b * d
        };
        double det = a * adj[0] + b * adj[3] + c * adj[6];
        if (Math.abs(det) < SINGULAR) {
            throw new IllegalStateException("a singular homography has no inverse");
        }
        return of(adj);
    }

    /** The nine coefficients, row-major, the last one 1. */
    public double[] coefficients() {
        return m.clone();
    }

    @Override
    public String toString() {
        return "Homography" + Arrays.toString(m);
    }
}
