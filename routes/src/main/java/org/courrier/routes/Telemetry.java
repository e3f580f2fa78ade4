package org.courrier.routes;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.IntSupplier;

/**
 * What the service has done, as counters exported in the Prometheus text format.
 *
 * <p>Thread-safe.
 */
final class Telemetry {

    private final AtomicLong lettersDone = new AtomicLong();
    private final AtomicLong lettersFailed = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong pages = new AtomicLong();
    private final DoubleAdder ocrSeconds = new DoubleAdder();
    private final AtomicLong undelivered = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile IntSupplier waiting = () -> 0;
    private volatile IntSupplier pagesWaiting = () -> 0;
    private volatile String stopReason;
    private volatile String pausedReason;

    void letterDone(int pageCount) {
        lettersDone.incrementAndGet();
        pages.addAndGet(pageCount);
    }

    void letterFailed() {
        lettersFailed.incrementAndGet();
    }

    void duplicate() {
        duplicates.incrementAndGet();
    }

    void ocrSeconds(double seconds) {
        ocrSeconds.add(seconds);
    }

    void undelivered() {
        undelivered.incrementAndGet();
    }

    void started() {
        inFlight.incrementAndGet();
    }

    void finished() {
        inFlight.decrementAndGet();
    }

    /** Where queue depths are read from at scrape time. */
    void queues(IntSupplier filesWaiting, IntSupplier pageTasksWaiting) {
        this.waiting = filesWaiting;
        this.pagesWaiting = pageTasksWaiting;
    }

    /** Marks the installation as broken (a reason whose action is STOP); health turns DOWN. */
    void environmentBroken(String message) {
        stopReason = message;
    }

    /**
     * Why pickup does not run now, for health and the pickup filter: the installation is broken (stopped until a
     * restart), else pickup is paused (the disk is full: it resumes by itself); null when pickup runs.
     */
    String stopReason() {
        String stop = stopReason;
        return stop != null ? stop : pausedReason;
    }

    /** Pauses pickup for a reason that passes (disk full); health turns DOWN with it until {@link #resume}. */
    void pause(String reason) {
        pausedReason = reason;
    }

    void resume() {
        pausedReason = null;
    }

    String pausedReason() {
        return pausedReason;
    }

    long lettersDone() {
        return lettersDone.get();
    }

    long lettersFailed() {
        return lettersFailed.get();
    }

    int inFlight() {
        return inFlight.get();
    }

    int waiting() {
        return waiting.getAsInt();
    }

    String prometheus() {
        StringBuilder out = new StringBuilder();
        counter(out, "courrier_letters_done_total", "Letters turned into a record", lettersDone.get());
        counter(out, "courrier_letters_failed_total", "Letters moved to failed/", lettersFailed.get());
        counter(out, "courrier_letters_duplicate_total", "Files set aside as duplicates", duplicates.get());
        counter(out, "courrier_pages_total", "Pages read in letters done", pages.get());
        counter(out, "courrier_ocr_seconds_total", "Seconds spent reading pages", ocrSeconds.sum());
        counter(
                out,
                "courrier_deliveries_failed_total",
                "Records kept in undelivered/ after all retries",
                undelivered.get());
        gauge(out, "courrier_letters_in_flight", "Letters being read now", inFlight.get());
        gauge(out, "courrier_queue_files", "Files waiting in the inbox", waiting.getAsInt());
        gauge(out, "courrier_queue_pages", "Page tasks waiting for a worker", pagesWaiting.getAsInt());
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, double value) {
        metric(out, name, help, "counter", value);
    }

    private static void gauge(StringBuilder out, String name, String help, double value) {
        metric(out, name, help, "gauge", value);
    }

    private static void metric(StringBuilder out, String name, String help, String type, double value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        out.append(name)
                .append(' ')
                .append(String.format(Locale.ROOT, "%s", value))
                .append('\n');
    }
}
