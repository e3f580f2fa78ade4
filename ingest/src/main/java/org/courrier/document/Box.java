package org.courrier.document;

/**
 * An axis-aligned rectangle in pixels of the page image (text-layer pages: PDF points scaled to 300 dpi).
 * Origin is the top-left corner of the page.
 */
public record Box(int x, int y, int w, int h) {

    public static final Box EMPTY = new Box(0, 0, 0, 0);

    public Box {
        if (w < 0 || h < 0) {
            throw new IllegalArgumentException("box width and height must not be negative: " + w + "x" + h);
        }
    }

    public int right() {
        return x + w;
    }

    public int bottom() {
        return y + h;
    }

    public int centerX() {
        return x + w / 2;
    }

    public int centerY() {
        return y + h / 2;
    }

    /** The smallest box that holds both; an empty box is ignored. */
    public Box union(Box other) {
        if (other == null || other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        int nx = Math.min(x, other.x);
        int ny = Math.min(y, other.y);
        return new Box(nx, ny, Math.max(right(), other.right()) - nx, Math.max(bottom(), other.bottom()) - ny);
    }

    public boolean isEmpty() {
        return w == 0 && h == 0;
    }

    /** Length of the vertical overlap with another box, 0 when they do not overlap. */
    public int verticalOverlap(Box other) {
        return Math.max(0, Math.min(bottom(), other.bottom()) - Math.max(y, other.y));
    }

    /** How many pixels of width this box shares with another: 0 when they stand side by side. */
    public int horizontalOverlap(Box other) {
        return Math.max(0, Math.min(right(), other.right()) - Math.max(x, other.x));
    }
}
