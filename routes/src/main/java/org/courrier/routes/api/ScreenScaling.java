package org.courrier.routes.api;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A page image made smaller for the screen, and ready for JPEG: exact halves, so that a box measured in the page's
 * pixels lands on the same ink once multiplied by one half.
 */
final class ScreenScaling {

    private ScreenScaling() {}

    /**
     * The image at exactly half its size (rounded up, so no pixel of the page is lost): pixel {@code (x, y)} of the
     * result is the average of pixels {@code (2x .. 2x+1, 2y .. 2y+1)} of the image. Gray stays gray, anything else
     * becomes RGB on white (a transparent background is paper).
     */
    static BufferedImage half(BufferedImage image) {
        BufferedImage out =
                new BufferedImage((image.getWidth() + 1) / 2, (image.getHeight() + 1) / 2, opaqueType(image));
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
            g.drawImage(image, AffineTransform.getScaleInstance(0.5, 0.5), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The image as a JPEG writer takes it: 8-bit gray or RGB without alpha (the image itself when it is). */
    static BufferedImage opaque(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_BYTE_GRAY
                || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), opaqueType(image));
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int opaqueType(BufferedImage image) {
        return image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_3BYTE_BGR;
    }
}
