package org.courrier.ingest;

/**
 * Limits that protect the machine from files it cannot afford to read, enforced before the expensive work.
 *
 * @param maxFileBytes     largest file accepted
 * @param maxPages         most pages per document
 * @param maxPixelsPerPage most pixels in one page image (decompression and pixel bombs)
 * @param renderDpi        resolution at which PDF pages without a usable text layer are rendered for OCR
 */
public record IntakeLimits(long maxFileBytes, int maxPages, long maxPixelsPerPage, int renderDpi) {

    /** 200 MiB, 200 pages, 120 megapixels per page, 300 dpi. */
    public static final IntakeLimits DEFAULTS = new IntakeLimits(200L << 20, 200, 120_000_000L, 300);

    public IntakeLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("courrier.intake.max-file-bytes must be positive: " + maxFileBytes);
        }
        if (maxPages <= 0) {
            throw new IllegalArgumentException("courrier.intake.max-pages must be positive: " + maxPages);
        }
        if (maxPixelsPerPage <= 0) {
            throw new IllegalArgumentException(
                    "courrier.intake.max-pixels-per-page must be positive: " + maxPixelsPerPage);
        }
        if (renderDpi < 72 || renderDpi > 1200) {
            throw new IllegalArgumentException("courrier.intake.render-dpi must be between 72 and 1200: " + renderDpi);
        }
    }
}
