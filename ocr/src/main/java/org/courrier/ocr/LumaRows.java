package org.courrier.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Reads an image's rows as luminance (0-255, ITU-R BT.601 weights in integers), straight from the pixel buffer for
 * the types decoders give (8-bit gray, 3-byte BGR from JPEG, packed RGB) and through {@code getRGB} for the others.
 * Not thread-safe: one per reading thread.
 */
final class LumaRows {

    private final BufferedImage image;
    private final int type;
    private final byte[] bytes;
    private final int[] ints;
    private final int[] rgb;

    LumaRows(BufferedImage image) {
        this.image = image;
        int t = image.getType();
        boolean plain = image.getRaster().getParent() == null
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
        if (plain && (t == BufferedImage.TYPE_BYTE_GRAY || t == BufferedImage.TYPE_3BYTE_BGR)) {
            this.bytes = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            this.ints = null;
            this.type = t;
        } else if (plain && (t == BufferedImage.TYPE_INT_RGB || t == BufferedImage.TYPE_INT_ARGB)) {
            this.bytes = null;
            this.ints = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            this.type = BufferedImage.TYPE_INT_RGB;
        } else {
            this.bytes = null;
            this.ints = null;
            this.type = BufferedImage.TYPE_CUSTOM;
        }
        this.rgb = type == BufferedImage.TYPE_CUSTOM ? new int[image.getWidth()] : null;
    }

    /** Row y's luminance into {@code out} (at least the image's width long). */
    void read(int y, int[] out) {
        int w = image.getWidth();
        switch (type) {
            case BufferedImage.TYPE_BYTE_GRAY -> {
                int at = y * w;
                for (int x = 0; x < w; x++) {
                    out[x] = bytes[at + x] & 0xff;
                }
            }
            case BufferedImage.TYPE_3BYTE_BGR -> {
                int at = y * w * 3;
                for (int x = 0; x < w; x++, at += 3) {
                    out[x] = luma(bytes[at + 2] & 0xff, bytes[at + 1] & 0xff, bytes[at] & 0xff);
                }
            }
            case BufferedImage.TYPE_INT_RGB -> {
                int at = y * w;
                for (int x = 0; x < w; x++) {
                    int p = ints[at + x];
                    out[x] = luma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
                }
            }
            default -> {
                image.getRGB(0, y, w, 1, rgb, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = rgb[x];
                    out[x] = luma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
                }
            }
        }
    }

    /** The whole image as one luminance byte a pixel, row after row. */
    static byte[] all(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h];
        LumaRows rows = new LumaRows(image);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            rows.read(y, row);
            int at = y * w;
            for (int x = 0; x < w; x++) {
                out[at + x] = (byte) row[x];
            }
        }
        return out;
    }

    private static int luma(int r, int g, int b) {
        return (r * 77 + g * 150 + b * 29 + 128) >> 8;
    }
}
