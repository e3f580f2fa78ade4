package org.courrier.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.courrier.document.CourrierException;
import org.courrier.ingest.Intake;
import org.courrier.ingest.OpenedDocument;

/**
 * The {@link TextIntake}, except that a letter containing the line {@code GATE} is held until the test opens the
 * gate: it stays in flight for as long as the test needs. Fails the letter if the gate stays shut for a minute.
 */
final class GatedIntake implements Intake {

    private final TextIntake text = new TextIntake();
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();

    @Override
    public OpenedDocument open(Path file) throws CourrierException {
        if (gated(file)) {
            held.incrementAndGet();
            try {
                if (!gate.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(file.getFileName() + ": the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return text.open(file);
    }

    /** Lets every held letter, and all later ones, through. */
    void open() {
        gate.countDown();
    }

    /** How many letters reached the gate so far. */
    int held() {
        return held.get();
    }

    private static boolean gated(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).lines().anyMatch("GATE"::equals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
