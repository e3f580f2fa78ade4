package org.courrier.extract.record;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.courrier.document.SourceFile;

/**
 * The letter record, version 1: the contract with downstream systems, published as
 * {@code extract/src/main/resources/schema/courrier.letter-1.schema.json}.
 */
public record LetterRecord(
        SourceFile source,
        String language,
        LetterFields fields,
        String text,
        OcrInfo ocr,
        Review review,
        Instant processedAt,
        long durationMs) {

    public static final String SCHEMA = "courrier.letter/1";

    public LetterRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ocr, "ocr");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(processedAt, "processedAt");
        if (durationMs < 0) {
            throw new IllegalArgumentException("durationMs must not be negative");
        }
    }

    /** The record's id: the SHA-256 of the source file's bytes. */
    public String id() {
        return source.sha256();
    }

    /** How the text was obtained. */
    public record OcrInfo(String engine, String languages, List<PageInfo> pages) {
        public OcrInfo {
            pages = List.copyOf(pages);
        }
    }

    /**
     * One page's reading: method ({@code ocr}, {@code text-layer} or {@code text}) and what was applied; for a phone
     * photo, how its sheet was flattened (null for every other page); the size in pixels of the image the page's
     * boxes are measured in (0 when unknown).
     */
    public record PageInfo(
            int page,
            String method,
            double meanConfidence,
            int rotation,
            double skewDegrees,
            org.courrier.document.Flattening flattening,
            int width,
            int height) {

        /** A page read as it came, its size not said. */
        public PageInfo(int page, String method, double meanConfidence, int rotation, double skewDegrees) {
            this(page, method, meanConfidence, rotation, skewDegrees, null, 0, 0);
        }
    }
}
