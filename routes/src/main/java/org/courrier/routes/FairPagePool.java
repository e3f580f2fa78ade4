package org.courrier.routes;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded pool of page workers that serves page tasks of all letters in flight fairly: a waiting task with a
 * lower page number runs first, ties in order of submission. Page 1 of a letter that arrives while a 40-page
 * document is being read therefore runs after at most one page of that document per worker, not after all 40.
 *
 * <p>Thread-safe.
 */
final class FairPagePool implements AutoCloseable {

    private final ThreadPoolExecutor executor;
    private final AtomicLong sequence = new AtomicLong();

    FairPagePool(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("courrier.workers must be at least 1: " + workers);
        }
        AtomicInteger count = new AtomicInteger();
        this.executor =
                new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "courrier-page-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Queues the reading of one page; pages with lower numbers are served first. */
    <T> Future<T> submit(int pageNumber, Callable<T> task) {
        PageTask<T> pageTask = new PageTask<>(task, pageNumber, sequence.incrementAndGet());
        executor.execute(pageTask);
        return pageTask;
    }

    /** Page tasks waiting for a worker. */
    int waiting() {
        return executor.getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class PageTask<T> extends FutureTask<T> implements Comparable<PageTask<?>> {
        private final int page;
        private final long order;

        PageTask(Callable<T> task, int page, long order) {
            super(task);
            this.page = page;
            this.order = order;
        }

        @Override
        public int compareTo(PageTask<?> other) {
            int byPage = Integer.compare(page, other.page);
            return byPage != 0 ? byPage : Long.compare(order, other.order);
        }
    }
}
