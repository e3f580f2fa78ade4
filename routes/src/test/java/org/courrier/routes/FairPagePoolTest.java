package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FairPagePoolTest {

    @Test
    void aOnePageLetterIsReadBeforeTheRestOfALongDocumentQueuedAheadOfIt() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (FairPagePool pool = new FairPagePool(1)) {
            // the single worker is busy while the queue fills: 40 pages of a report, then a one-page letter
            Future<?> blocker = pool.submit(0, () -> {
                busy.countDown();
                return release.await(10, TimeUnit.SECONDS);
            });
            busy.await(10, TimeUnit.SECONDS);
            List<Future<String>> pages = new ArrayList<>();
            for (int p = 1; p <= 40; p++) {
                String name = "report-p" + p;
                pages.add(pool.submit(p, () -> {
                    order.add(name);
                    return name;
                }));
            }
            Future<String> letter = pool.submit(1, () -> {
                order.add("letter-p1");
                return "letter-p1";
            });
            release.countDown();
            blocker.get(10, TimeUnit.SECONDS);
            letter.get(10, TimeUnit.SECONDS);
            for (Future<String> f : pages) {
                f.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(order).hasSize(41);
        assertThat(order.indexOf("letter-p1")).isEqualTo(1);
        assertThat(order.subList(0, 3)).containsExactly("report-p1", "letter-p1", "report-p2");
        assertThat(order.get(40)).isEqualTo("report-p40");
    }

    @Test
    void pagesOfOneDocumentKeepTheirOrder() throws Exception {
        List<Integer> order = new CopyOnWriteArrayList<>();
        try (FairPagePool pool = new FairPagePool(1)) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int p = 1; p <= 10; p++) {
                int page = p;
                futures.add(pool.submit(page, () -> {
                    order.add(page);
                    return page;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i + 1);
            }
        }
        assertThat(order).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
}
