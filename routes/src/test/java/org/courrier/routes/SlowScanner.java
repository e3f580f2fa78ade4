package org.courrier.routes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A simulated scanner that writes a file in chunks at a steady pace, as scanners and slow network shares do. */
final class SlowScanner implements AutoCloseable {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    /** A write under way: {@code written} completes with the time the last chunk landed. */
    record Writing(CompletableFuture<Instant> written, ScheduledFuture<?> task) {}

    /** Starts appending {@code bytes} to {@code target} in {@code chunks} pieces, one every {@code every}. */
    Writing write(Path target, byte[] bytes, int chunks, Duration every) {
        CompletableFuture<Instant> written = new CompletableFuture<>();
        AtomicInteger chunk = new AtomicInteger();
        ScheduledFuture<?> task = executor.scheduleAtFixedRate(
                () -> {
                    int c = chunk.getAndIncrement();
                    try {
                        Files.write(
                                target,
                                Arrays.copyOfRange(bytes, bytes.length * c / chunks, bytes.length * (c + 1) / chunks),
                                StandardOpenOption.CREATE,
                                StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        written.completeExceptionally(e);
                    }
                    if (c == chunks - 1) {
                        written.complete(Instant.now());
                        throw new IllegalStateException("done writing");
                    }
                },
                0,
                every.toMillis(),
                TimeUnit.MILLISECONDS);
        return new Writing(written, task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
