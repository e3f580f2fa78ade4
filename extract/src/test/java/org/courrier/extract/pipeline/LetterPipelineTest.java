package org.courrier.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.courrier.document.Box;
import org.courrier.document.CourrierException;
import org.courrier.document.Line;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.document.Reason;
import org.courrier.document.SourceFile;
import org.courrier.document.Word;
import org.courrier.extract.engine.FieldExtractor;
import org.courrier.extract.record.LetterRecord;
import org.courrier.extract.record.RecordJson;
import org.courrier.extract.record.RecordSchema;
import org.courrier.ingest.Intake;
import org.courrier.ingest.OpenedDocument;
import org.courrier.ingest.PageSource;
import org.courrier.ocr.PageReader;
import org.junit.jupiter.api.Test;

class LetterPipelineTest {

    private static final SourceFile SOURCE = new SourceFile("lettre.pdf", "application/pdf", 10, 3, "b".repeat(64));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private static Page page(int number, String text) {
        Word word = new Word(text, new Box(100, 100 * number, 400, 40), 1);
        return new Page(number, 2480, 3508, List.of(Line.of(List.of(word))), PageMethod.TEXT_LAYER, 100, 0, 0);
    }

    private static Intake intakeOf(List<PageSource> pages) {
        return file -> new OpenedDocument() {
            @Override
            public SourceFile source() {
                return SOURCE;
            }

            @Override
            public List<PageSource> pages() {
                return pages;
            }

            @Override
            public void close() {}
        };
    }

    /** Reads ready pages; page 1 waits until page 3 has been read, so the pages finish out of order. */
    private static class OutOfOrderReader implements PageReader {
        private final CountDownLatch lastPageRead = new CountDownLatch(1);
        private final List<Integer> finished = new ArrayList<>();

        @Override
        public Page read(PageSource page) throws CourrierException {
            Page ready = ((PageSource.Ready) page).page();
            try {
                if (ready.number() == 1 && !lastPageRead.await(10, TimeUnit.SECONDS)) {
                    throw new CourrierException(Reason.OCR_TIMEOUT, "page 3 never finished");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CourrierException(Reason.IO_ERROR, "interrupted", e);
            }
            synchronized (finished) {
                finished.add(ready.number());
            }
            if (ready.number() == 3) {
                lastPageRead.countDown();
            }
            return ready;
        }

        @Override
        public String engine() {
            return "test";
        }

        @Override
        public String languages() {
            return "fra+eng";
        }

        @Override
        public void close() {}
    }

    @Test
    void putsPagesBackInOrderWhenTheyFinishOutOfOrder() throws Exception {
        List<PageSource> pages = List.of(
                new PageSource.Ready(page(1, "premier")),
                new PageSource.Ready(page(2, "deuxième")),
                new PageSource.Ready(page(3, "troisième")));
        OutOfOrderReader reader = new OutOfOrderReader();
        try (LetterPipeline pipeline = LetterPipeline.builder(
                        CourrierSettings.from(Map.of("courrier.review.auto-accept-threshold", "0.9")))
                .withIntake(intakeOf(pages))
                .withPageReader(reader)
                .withScheduler(PageScheduler.of(Executors.newFixedThreadPool(3)))
                .withClock(CLOCK)
                .build()) {

            LetterRecord record = pipeline.process(Path.of("lettre.pdf"));

            assertThat(reader.finished.get(0)).isNotEqualTo(1);
            assertThat(record.text()).isEqualTo("premier\fdeuxième\ftroisième");
            assertThat(record.ocr().pages())
                    .extracting(LetterRecord.PageInfo::page)
                    .containsExactly(1, 2, 3);
            assertThat(record.ocr().engine()).isEqualTo("test");
            assertThat(record.processedAt()).isEqualTo(CLOCK.instant());
            assertThat(RecordSchema.violations(RecordJson.toJson(record))).isEmpty();
        }
    }

    @Test
    void aPageFailureReachesTheCallerWithItsReason() {
        PageSource failing = new PageSource.Image() {
            @Override
            public int dpi() {
                return 300;
            }

            @Override
            public java.awt.image.BufferedImage render() throws CourrierException {
                throw new CourrierException(Reason.TOO_LARGE, "lettre.pdf: page 2 is 40000 x 40000 pixels");
            }

            @Override
            public int number() {
                return 2;
            }
        };
        PageReader rendering = new OutOfOrderReader() {
            @Override
            public Page read(PageSource page) throws CourrierException {
                if (page instanceof PageSource.Image image) {
                    image.render();
                }
                return ((PageSource.Ready) page).page();
            }
        };
        List<PageSource> pages = List.of(new PageSource.Ready(page(1, "premier")), failing);
        try (LetterPipeline pipeline = LetterPipeline.builder(
                        CourrierSettings.from(Map.of("courrier.review.auto-accept-threshold", "0.9")))
                .withIntake(intakeOf(pages))
                .withPageReader(rendering)
                .withScheduler(PageScheduler.of(Executors.newFixedThreadPool(2)))
                .withClock(CLOCK)
                .build()) {

            assertThatThrownBy(() -> pipeline.process(Path.of("lettre.pdf")))
                    .isInstanceOf(CourrierException.class)
                    .hasMessageContaining("page 2")
                    .extracting(e -> ((CourrierException) e).reason())
                    .isEqualTo(Reason.TOO_LARGE);
        }
    }

    /** An extractor that spins, ignoring interruption, on a letter whose text holds HANG; records being interrupted. */
    private static final class HangingExtractor implements FieldExtractor {
        private final FieldExtractor real = FieldExtractor.create();
        private final CountDownLatch interrupted = new CountDownLatch(1);
        private volatile boolean released;

        @Override
        public Extraction extract(org.courrier.document.Document document) {
            while (document.text().contains("HANG") && !released) {
                if (Thread.interrupted()) {
                    interrupted.countDown();
                }
            }
            return real.extract(document);
        }
    }

    private static org.courrier.document.Document letter(String text) {
        return new org.courrier.document.Document(SOURCE, List.of(page(1, text)));
    }

    @Test
    void fieldExtractionOverItsBudgetFailsTheLetterWhileTheNextOneIsExtracted() throws Exception {
        HangingExtractor hanging = new HangingExtractor();
        try (LetterPipeline pipeline = LetterPipeline.builder(
                        CourrierSettings.from(Map.of("courrier.extract.budget", "PT0.3S")))
                .withIntake(intakeOf(List.of()))
                .withPageReader(new OutOfOrderReader())
                .withExtractor(hanging)
                .withScheduler(PageScheduler.of(Executors.newFixedThreadPool(1)))
                .withClock(CLOCK)
                .build()) {
            CourrierException over = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () -> org.junit.jupiter.api.Assertions.assertThrows(
                            CourrierException.class, () -> pipeline.process(letter("HANG forever"))),
                    "a letter over its extraction budget must fail within the budget, not hang");
            assertThat(over.reason().name()).isEqualTo("OVER_BUDGET");
            assertThat(over.reason().action()).isEqualTo(Reason.Action.QUARANTINE);
            assertThat(over).hasMessageContaining("lettre.pdf").hasMessageContaining("courrier.extract.budget");
            assertThat(hanging.interrupted.await(5, TimeUnit.SECONDS))
                    .as("the engine thread was interrupted")
                    .isTrue();

            LetterRecord next = pipeline.process(letter("Objet : une lettre ordinaire"));
            assertThat(next.text()).isEqualTo("Objet : une lettre ordinaire");
        } finally {
            hanging.released = true;
        }
    }

    @Test
    void runningOutOfMemoryIsOverBudgetNeverARetryReason() {
        PageReader exhausted = new OutOfOrderReader() {
            @Override
            public Page read(PageSource page) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        PageReader ready = new OutOfOrderReader() {
            @Override
            public Page read(PageSource page) {
                return ((PageSource.Ready) page).page();
            }
        };
        FieldExtractor greedy = document -> {
            throw new OutOfMemoryError("Java heap space");
        };
        List<LetterPipeline.Builder> builders = List.of(
                LetterPipeline.builder(CourrierSettings.from(Map.of())).withPageReader(exhausted),
                LetterPipeline.builder(CourrierSettings.from(Map.of()))
                        .withPageReader(ready)
                        .withExtractor(greedy));
        for (LetterPipeline.Builder builder : builders) {
            try (LetterPipeline pipeline = builder.withIntake(intakeOf(List.of(new PageSource.Ready(page(1, "x")))))
                    .withScheduler(PageScheduler.of(Executors.newFixedThreadPool(1)))
                    .withClock(CLOCK)
                    .build()) {
                assertThatThrownBy(() -> pipeline.process(Path.of("lettre.pdf")))
                        .isInstanceOfSatisfying(CourrierException.class, e -> {
                            assertThat(e.reason().name()).isEqualTo("OVER_BUDGET");
                            assertThat(e.reason().action()).isNotEqualTo(Reason.Action.RETRY);
                        })
                        .hasMessageContaining("lettre.pdf")
                        .hasMessageContaining("memory");
            }
        }
    }
}
