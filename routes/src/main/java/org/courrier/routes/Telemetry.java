package org.courrier.routes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What the service has done, as Micrometer meters in one Prometheus registry: letter counters, latency histograms
 * per stage, records auto-accepted and sent to review, the review backlog, route timings (see {@link RouteTimer})
 * and the JVM's own meters. Also the reason pickup stopped, if it did, which health reports.
 *
 * <p>Thread-safe.
 */
final class Telemetry implements AutoCloseable {

    /** The stages of a letter that are timed, as the {@code stage} tag of {@code courrier_stage_seconds}. */
    enum Stage {
        /** The whole pipeline: file in, record out. */
        READ,
        /** One page through OCR. */
        OCR_PAGE,
        /** The record into the record store. */
        KEEP,
        /** The record written to the outbox. */
        OUTBOX,
        /** The record handed to the further endpoints (retries included). */
        DELIVER,
        /** From pickup to the letter's last step. */
        LETTER;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** How many letters wait for a reviewer, and since when the oldest of them. */
    record Backlog(int letters, Duration oldest) {
        static final Backlog UNKNOWN = new Backlog(-1, Duration.ZERO);
    }

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter lettersDone = counter("courrier.letters.done", "Letters turned into a record");
    private final Counter lettersFailed = counter("courrier.letters.failed", "Letters moved to failed/");
    private final Counter duplicates = counter("courrier.letters.duplicate", "Files set aside as duplicates");
    private final Counter pages = counter("courrier.pages", "Pages read in letters done");
    private final Counter ocrSeconds = counter("courrier.ocr.seconds", "Seconds spent reading pages");
    private final Counter undelivered =
            counter("courrier.deliveries.failed", "Records kept in undelivered/ after all retries");
    /** Listens to the JVM's collectors, holding the registry: closed with the service, or it keeps the registry. */
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();

    private final AtomicInteger inFlight = new AtomicInteger();
    private final java.util.EnumMap<Stage, Timer> stages = new java.util.EnumMap<>(Stage.class);
    private volatile IntSupplier waiting = () -> 0;
    private volatile IntSupplier pagesWaiting = () -> 0;
    private volatile Supplier<Backlog> backlog = () -> Backlog.UNKNOWN;
    private volatile String stopReason;
    /** Why pickup is paused, by what paused it (disk, state database), in the order the pauses began. */
    private final java.util.Map<String, String> paused = new java.util.LinkedHashMap<>();

    Telemetry() {
        Gauge.builder("courrier.letters.in.flight", inFlight, AtomicInteger::get)
                .description("Letters being read now")
                .register(registry);
        Gauge.builder("courrier.queue.files", this, t -> t.waiting.getAsInt())
                .description("Files waiting in the inbox")
                .register(registry);
        Gauge.builder("courrier.queue.pages", this, t -> t.pagesWaiting.getAsInt())
                .description("Page tasks waiting for a worker")
                .register(registry);
        Gauge.builder("courrier.review.backlog", this, t -> t.backlog.get().letters())
                .description("Letters waiting for a reviewer (NEEDS_REVIEW in the record store)")
                .register(registry);
        Gauge.builder(
                        "courrier.review.backlog.oldest",
                        this,
                        t -> t.backlog.get().oldest().toMillis() / 1000.0)
                .description("Age of the oldest letter waiting for a reviewer, since it was received")
                .baseUnit("seconds")
                .register(registry);
        for (Stage s : Stage.values()) {
            stages.put(
                    s,
                    Timer.builder("courrier.stage")
                            .description("Time of one step of a letter, per stage")
                            .tag("stage", s.tag())
                            .publishPercentileHistogram()
                            .minimumExpectedValue(Duration.ofMillis(1))
                            .maximumExpectedValue(Duration.ofMinutes(10))
                            .register(registry));
        }
        for (String status : new String[] {"AUTO_ACCEPTED", "NEEDS_REVIEW"}) {
            records(status); // both series exist from the start, at 0
        }
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    private Counter counter(String name, String help) {
        return Counter.builder(name).description(help).register(registry);
    }

    private Counter records(String status) {
        return Counter.builder("courrier.records")
                .description("Records written, by review status: AUTO_ACCEPTED or sent to review (NEEDS_REVIEW)")
                .tag("status", status)
                .register(registry);
    }

    /** Scale-out: when each worker (host/pid) last sent a page result to this intake. */
    private final java.util.Map<String, Long> workersSeen = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A page result came from {@code worker}, read in {@code seconds}, {@code failed} when the page could not be
     * read: counted per worker, and the worker counts as seen now.
     */
    void workerPage(String worker, double seconds, boolean failed) {
        if (workersSeen.put(worker, System.nanoTime()) == null) {
            Gauge.builder("courrier.workers.seen", this, t -> t.workersSeenWithin(Duration.ofMinutes(1)))
                    .description("Scale-out workers that sent a page result in the last minute")
                    .register(registry);
        }
        Counter.builder("courrier.worker.pages")
                .description("Page results a scale-out worker sent")
                .tag("worker", worker)
                .register(registry)
                .increment();
        Counter.builder("courrier.worker.seconds")
                .description("Seconds a scale-out worker spent reading pages")
                .tag("worker", worker)
                .register(registry)
                .increment(seconds);
        if (failed) {
            Counter.builder("courrier.worker.failures")
                    .description("Pages a scale-out worker could not read")
                    .tag("worker", worker)
                    .register(registry)
                    .increment();
        }
    }

    /** Workers that sent a page result within {@code window}. */
    int workersSeenWithin(Duration window) {
        long since = System.nanoTime() - window.toNanos();
        return (int) workersSeen.values().stream().filter(t -> t - since > 0).count();
    }

    /** Whether this service has heard from scale-out workers at all (the intake role). */
    boolean hasWorkers() {
        return !workersSeen.isEmpty();
    }

    /** The registry every meter is in, route timings included. */
    PrometheusMeterRegistry registry() {
        return registry;
    }

    void letterDone(int pageCount, String reviewStatus) {
        lettersDone.increment();
        pages.increment(pageCount);
        records(reviewStatus).increment();
    }

    void letterFailed() {
        lettersFailed.increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void ocrSeconds(double seconds) {
        ocrSeconds.increment(seconds);
        stage(Stage.OCR_PAGE, (long) (seconds * 1e9));
    }

    /** Counts {@code nanos} for one pass through {@code stage}. */
    void stage(Stage stage, long nanos) {
        stages.get(stage).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A review decision (approved, rejected) taken by a reviewer. */
    void reviewed(String outcome) {
        Counter.builder("courrier.reviews")
                .description("Review decisions taken, by outcome")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    void undelivered() {
        undelivered.increment();
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

    /** Where the review backlog is read from at scrape time. */
    void backlog(Supplier<Backlog> source) {
        this.backlog = source;
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
        return stop != null ? stop : pausedReason();
    }

    /**
     * Pauses pickup for a reason that passes (disk full, a folder refusing writes, the state database unreachable);
     * health turns DOWN with it until {@link #resume} of the same {@code source}. Each source pauses on its own.
     */
    synchronized void pause(String source, String reason) {
        paused.put(source, reason);
    }

    synchronized void resume(String source) {
        paused.remove(source);
    }

    /** The reason of the first pause still on, null when none is. */
    synchronized String pausedReason() {
        return paused.isEmpty() ? null : paused.values().iterator().next();
    }

    /** The reason {@code source} paused pickup for, null when it did not. */
    synchronized String pausedReason(String source) {
        return paused.get(source);
    }

    long lettersDone() {
        return (long) lettersDone.count();
    }

    long lettersFailed() {
        return (long) lettersFailed.count();
    }

    int inFlight() {
        return inFlight.get();
    }

    int waiting() {
        return waiting.getAsInt();
    }

    /**
     * Stops listening to the JVM's garbage collectors and closes the registry. The collectors' listener is
     * registered with the platform's management beans, which live as long as the JVM: left registered, it keeps the
     * registry and its meters of every stopped service.
     */
    @Override
    public void close() {
        gcMetrics.close();
        registry.close();
    }

    /** Every meter in the Prometheus text format. */
    String prometheus() {
        return registry.scrape();
    }
}
