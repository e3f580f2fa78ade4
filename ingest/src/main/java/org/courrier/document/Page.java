package org.courrier.document;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One page of positioned text.
 *
 * @param number         1-based page number
 * @param width          page width in pixels (300 dpi for text-layer pages)
 * @param height         page height in pixels
 * @param lines          lines in reading order
 * @param method         how the text was obtained
 * @param meanConfidence mean word confidence in percent (0-100), 100 for text-layer pages
 * @param rotation       clockwise rotation applied before reading, one of 0, 90, 180, 270
 * @param skewDegrees    deskew angle applied, in degrees
 * @param flattening     how a photographed sheet was found and flattened before the turn and the deskew, null when
 *                       the page was read as it came (scans, faxes, born-digital pages)
 */
public record Page(
        int number,
        int width,
        int height,
        List<Line> lines,
        PageMethod method,
        double meanConfidence,
        int rotation,
        double skewDegrees,
        Flattening flattening) {

    /** A page read as it came, not flattened. */
    public Page(
            int number,
            int width,
            int height,
            List<Line> lines,
            PageMethod method,
            double meanConfidence,
            int rotation,
            double skewDegrees) {
        this(number, width, height, lines, method, meanConfidence, rotation, skewDegrees, null);
    }

    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1: " + number);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("page size must not be negative: " + width + "x" + height);
        }
        lines = List.copyOf(lines);
        Objects.requireNonNull(method, "method");
        if (rotation % 90 != 0 || rotation < 0 || rotation >= 360) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270: " + rotation);
        }
    }

    /** Whether the page was a photo whose sheet was found and flattened. */
    public boolean flattened() {
        return flattening != null;
    }

    /** The page's text, one line per line. */
    public String text() {
        return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    }
}
