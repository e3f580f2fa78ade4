package org.courrier.document;

import java.util.List;

/**
 * How a photographed page was made flat before it was read: the sheet's four corners in the photo, and whether its
 * light was uneven (and evened out). The page's boxes are in the flattened image; {@link #toPhoto} takes a point of
 * the flattened image (before any quarter turn or deskew the page also records) back onto the photo.
 *
 * @param photoWidth   width of the photo, in pixels
 * @param photoHeight  height of the photo, in pixels
 * @param flatWidth    width of the flattened image, in pixels
 * @param flatHeight   height of the flattened image, in pixels
 * @param corners      the sheet's corners in the photo, clockwise from the top-left: {@code x0, y0, … x3, y3}
 * @param unevenLight  whether the light over the sheet varied enough to be evened out
 */
public record Flattening(
        int photoWidth, int photoHeight, int flatWidth, int flatHeight, List<Double> corners, boolean unevenLight) {

    public Flattening {
        corners = List.copyOf(corners);
        if (corners.size() != 8) {
            throw new IllegalArgumentException("four corners (8 numbers) are needed, not " + corners.size());
        }
        if (photoWidth <= 0 || photoHeight <= 0 || flatWidth <= 0 || flatHeight <= 0) {
            throw new IllegalArgumentException("image sizes must be positive");
        }
    }

    /** The transform from the flattened image onto the photo. */
    public Homography toPhoto() {
        double[] c = new double[8];
        for (int i = 0; i < 8; i++) {
            c[i] = corners.get(i);
        }
        return Homography.fromRectangle(flatWidth, flatHeight, c);
    }
}
