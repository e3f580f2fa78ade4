package org.courrier.ocr;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A page's image in the pixels its words were read in, so that the boxes of the record lie on their ink: the
 * reading upscaled a low-resolution fax, turned the page by a quarter turn and undid a small skew, and the record
 * keeps each of these ({@code ocr.pages[]}: {@code rotation}, {@code skewDegrees}, {@code width}, {@code height}).
 * A photo's flattening comes first ({@link PageFlattener#flat}); this is what follows it. The steps are composed
 * into one transform and the image resampled once, at the scale asked for: a screen image at half size costs a
 * quarter of the full one.
 *
 * <p>Thread-safe: stateless.
 */
public final class PageGeometry {

    private PageGeometry() {}

    /**
     * The image as the OCR read it, at full size, resampled bicubically (for reading a region again).
     *
     * @see #asRead(BufferedImage, int, double, int, int, double)
     */
    public static BufferedImage asRead(BufferedImage image, int rotation, double skewDegrees, int width, int height) {
        return asRead(image, rotation, skewDegrees, width, height, 1);
    }

    /**
     * The image as the OCR read it, at {@code scale} of its size (bilinear below full size, for the screen).
     *
     * @param image the page as it came (a photo already flattened)
     * @param rotation clockwise quarter turn the reading applied: 0, 90, 180 or 270
     * @param skewDegrees the clockwise skew the reading measured and undid
     * @param width width of the image read, in pixels; 0 when unknown (no resizing then)
     * @param height height of the image read, in pixels; 0 when unknown
     * @param scale image pixels per pixel of the image read, above 0 and at most 1
     * @throws IllegalArgumentException when the rotation is not a quarter turn, the scale is out of range, or the
     *     size read is not this image's size at some scale (the record belongs to another file)
     */
    public static BufferedImage asRead(
            BufferedImage image, int rotation, double skewDegrees, int width, int height, double scale) {
        if (rotation % 90 != 0 || rotation < 0 || rotation >= 360) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270: " + rotation);
        }
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be above 0 and at most 1: " + scale);
        }
        boolean sideways = rotation == 90 || rotation == 270;
        int turnedWidth = sideways ? image.getHeight() : image.getWidth();
        int turnedHeight = sideways ? image.getWidth() : image.getHeight();
        double factor = 1;
        if (width > 0 && height > 0 && (turnedWidth != width || turnedHeight != height)) {
            factor = (double) width / turnedWidth;
            if (Math.abs(turnedHeight * factor - height) > Math.max(2, height * 0.01)) {
                throw new IllegalArgumentException("the page was read as " + width + "x" + height
                        + " pixels; this image is " + turnedWidth + "x" + turnedHeight
                        + " once turned, not the same page at another scale");
            }
        }
        if (rotation == 0 && skewDegrees == 0 && factor == 1 && scale == 1) {
            return image;
        }
        double readWidth = turnedWidth * factor;
        double readHeight = turnedHeight * factor;
        // right to left: upscale, quarter turn about the centre, undo the skew about the centre, scale for the caller
        AffineTransform t = AffineTransform.getScaleInstance(scale, scale);
        t.rotate(Math.toRadians(-skewDegrees), readWidth / 2, readHeight / 2);
        t.translate(readWidth / 2, readHeight / 2);
        t.rotate(Math.toRadians(rotation));
        t.scale(factor, factor);
        t.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
        int w = (int) Math.round(readWidth * scale);
        int h = (int) Math.round(readHeight * scale);
        // a bilevel fax resamples through the general (slow) loops: gray first
        BufferedImage source = image.getColorModel().getPixelSize() == 1 ? ImageOperations.gray(image) : image;
        return ImageOperations.transformed(source, w, h, t, scale == 1 ? Smoothing.BICUBIC : Smoothing.BILINEAR);
    }

    /** How pixels between source pixels are made. */
    enum Smoothing {
        NEAREST,
        BILINEAR,
        BICUBIC
    }
}
