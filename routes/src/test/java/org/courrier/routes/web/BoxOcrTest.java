package org.courrier.routes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.courrier.document.Page;
import org.courrier.document.PageMethod;
import org.courrier.ingest.PageSource;
import org.courrier.ocr.PageReader;
import org.courrier.routes.api.ApiException;
import org.junit.jupiter.api.Test;

/** The box reader's OCR engine is made on the first box, shared through one thread, and freed at stop. */
class BoxOcrTest {

    private final AtomicInteger made = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final Set<String> readOn = ConcurrentHashMap.newKeySet();

    /** A page reader that says which thread read and whether it was closed. */
    private PageReader counting() {
        made.incrementAndGet();
        return new PageReader() {
            @Override
            public Page read(PageSource page) {
                readOn.add(Thread.currentThread().getName());
                return ((PageSource.Ready) page).page();
            }

            @Override
            public String engine() {
                return "counting";
            }

            @Override
            public String languages() {
                return "fra";
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }

    private static PageSource page() {
        return new PageSource.Ready(new Page(1, 100, 100, List.of(), PageMethod.OCR, 90, 0, 0));
    }

    @Test
    void nothingIsMadeUntilTheFirstBoxAndNothingToFreeWhenNoneWasRead() {
        BoxOcr ocr = new BoxOcr(this::counting);
        assertThat(made).hasValue(0);
        assertThat(ocr.started()).isFalse();
        ocr.close();
        assertThat(made).hasValue(0);
        assertThat(closed).hasValue(0);
    }

    @Test
    void boxesFromManyRequestThreadsShareOneEngineOnOneThreadFreedAtStop() throws Exception {
        BoxOcr ocr = new BoxOcr(this::counting);
        ExecutorService requests = Executors.newFixedThreadPool(4);
        try {
            List<Future<Page>> reads = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                reads.add(requests.submit(() -> ocr.read(page())));
            }
            for (Future<Page> f : reads) {
                assertThat(f.get().meanConfidence()).isEqualTo(90);
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(made).as("one reader made").hasValue(1);
        assertThat(ocr.started()).isTrue();
        assertThat(readOn).containsExactly("courrier-box-ocr");
        assertThat(closed).hasValue(0);

        ocr.close();

        assertThat(closed).as("freed at stop").hasValue(1);
        assertThatThrownBy(() -> ocr.read(page()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
        ocr.close();
        assertThat(closed).as("freed once").hasValue(1);
    }
}
