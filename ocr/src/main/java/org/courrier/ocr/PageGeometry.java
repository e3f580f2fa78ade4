package org.courrier.ocr;

import java.awt.image.BufferedImage;

/**
 * A page's image in the pixels its words were read in, so that the boxes of the record lie on their ink: the
 * reading turned the page by a quarter turn, undid a small skew and upscaled a low-resolution fax, and the record
 * keeps each of these ({@code ocr.pages[]}: {@code rotation}, {@code skewDegrees}, {@code width}, {@code height}).
 * A photo's flattening comes first ({@link PageFlattener#flat}); this is what follows it.
 *
 * <p>Thread-safe: stateless.
 */
public final class PageGeometry {

    private PageGeometry() {}

    /**
     * The image as the OCR read it.
     *
     * @param image the page as it came (a photo already flattened)
     * @param rotation clockwise quarter turn the reading applied: 0, 90, 180 or 270
     * @param skewDegrees the clockwise skew the reading measured and undid
     * @param width width of the image read, in pixels; 0 when unknown (the size is then left as it is)
     * @param height height of the image read, in pixels; 0 when unknown
     * @throws IllegalArgumentException when the rotation is not a quarter turn, or the size read is not this image's
     *     size at some scale (the record belongs to another file)
     */
    public static BufferedImage asRead(BufferedImage image, int rotation, double skewDegrees, int width, int height) {
        if (rotation % 90 != 0 || rotation < 0 || rotation >= 360) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270: " + rotation);
        }
        BufferedImage out = rotation == 0 ? image : ImageOperations.quarterTurn(image, rotation);
        if (skewDegrees != 0) {
            out = ImageOperations.rotate(out, -skewDegrees);
        }
        if (width > 0 && height > 0 && (out.getWidth() != width || out.getHeight() != height)) {
            double factor = (double) width / out.getWidth();
            if (Math.abs(out.getHeight() * factor - height) > Math.max(2, height * 0.01)) {
                throw new IllegalArgumentException("the page was read as " + width + "x" + height
                        + " pixels; this image is " + out.getWidth() + "x" + out.getHeight()
                        + ", not the same page at another scale");
            }
            out = ImageOperations.scale(out, factor);
        }
        return out;
    }
}
