package org.courrier.routes;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.courrier.document.CourrierException;
import org.courrier.document.Document;
import org.courrier.document.Page;
import org.courrier.document.Reason;
import org.courrier.extract.FieldExtractor;
import org.courrier.extract.LetterRecord;
import org.courrier.extract.Review;
import org.courrier.ingest.Intake;
import org.courrier.ingest.OpenedDocument;
import org.courrier.ingest.PageSource;
import org.courrier.ocr.PageReader;

/**
 * File in, record out, for the service: like {@code LetterPipeline}, but pages go to the {@link FairPagePool} so
 * that letters in flight share the workers fairly, and OCR time is counted.
 *
 * <p>Thread-safe: several letters may be read at once.
 */
final class LetterReader implements AutoCloseable {

    private final Intake intake;
    private final PageReader pageReader;
    private final FieldExtractor extractor;
    private final FairPagePool pool;
    private final double autoAcceptThreshold;
    private final Telemetry telemetry;
    private final Clock clock;

    LetterReader(Intake intake, PageReader pageReader, FieldExtractor extractor, FairPagePool pool,
                 double autoAcceptThreshold, Telemetry telemetry, Clock clock) {
        this.intake = intake;
        this.pageReader = pageReader;
        this.extractor = extractor;
        this.pool = pool;
        this.autoAcceptThreshold = autoAcceptThreshold;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    FairPagePool pool() {
        return pool;
    }

    LetterRecord read(Path file) throws CourrierException {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        Document document = pages(file);
        FieldExtractor.Extraction extraction;
        try {
            extraction = extractor.extract(document);
        } catch (RuntimeException e) {
            throw new CourrierException(Reason.EXTRACTION_FAILED, file.getFileName() + ": field extraction failed: " + e, e);
        }
        List<LetterRecord.PageInfo> pages = document.pages().stream()
                .map(p -> new LetterRecord.PageInfo(p.number(), p.method().label(), p.meanConfidence(), p.rotation(),
                        p.skewDegrees()))
                .toList();
        LetterRecord.OcrInfo ocr = new LetterRecord.OcrInfo(pageReader.engine(), pageReader.languages(), pages);
        return new LetterRecord(document.source(), extraction.language(), extraction.fields(), document.text(), ocr,
                Review.of(extraction.fields(), autoAcceptThreshold), start,
                Duration.ofNanos(System.nanoTime() - t0).toMillis());
    }

    private Document pages(Path file) throws CourrierException {
        try (OpenedDocument opened = intake.open(file)) {
            List<Future<Page>> futures = new ArrayList<>();
            for (PageSource source : opened.pages()) {
                futures.add(pool.submit(source.number(), () -> timed(source)));
            }
            List<Page> pages = new ArrayList<>(futures.size());
            try {
                for (Future<Page> f : futures) {
                    pages.add(f.get());
                }
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new CourrierException(Reason.IO_ERROR, file.getFileName() + ": interrupted while reading pages", e);
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                if (e.getCause() instanceof CourrierException ce) {
                    throw ce;
                }
                throw new CourrierException(Reason.OCR_FAILED,
                        file.getFileName() + ": reading a page failed: " + e.getCause(), e.getCause());
            }
            return new Document(opened.source(), pages);
        }
    }

    private Page timed(PageSource source) throws CourrierException {
        long t0 = System.nanoTime();
        try {
            return pageReader.read(source);
        } finally {
            if (source instanceof PageSource.Image) {
                telemetry.ocrSeconds((System.nanoTime() - t0) / 1e9);
            }
        }
    }

    @Override
    public void close() {
        pool.close();
        pageReader.close();
    }
}
