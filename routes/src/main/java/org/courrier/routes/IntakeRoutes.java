package org.courrier.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.AggregationRepository;
import org.courrier.document.CourrierException;
import org.courrier.document.Document;
import org.courrier.document.Page;
import org.courrier.document.Reason;
import org.courrier.document.SourceFile;
import org.courrier.extract.record.LetterRecord;
import org.courrier.extract.record.RecordJson;
import org.courrier.ingest.Intake;
import org.courrier.ingest.OpenedDocument;
import org.courrier.routes.store.RecordStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake role's routes ({@code ./courrier run --role intake}). The letters route takes steady files as the
 * single-process service does (same pickup, duplicate and crash rules), opens each to count its pages and sends one
 * page job per page to the broker; the file then waits in {@code data/pending/}. The assembly route takes the page
 * results the workers send back, gathers them per letter in an aggregator whose state is in the state database (so a
 * restarted intake goes on where it stopped), and once every page is there extracts the fields, keeps the record,
 * writes it to the outbox and moves the source from {@code pending/} to {@code done/}. Results are consumed in a
 * broker transaction: one that is not yet in the aggregator's table is delivered again; a page already gathered is
 * not counted twice, and a letter already recorded ignores late results, so each letter ends as one record.
 */
final class IntakeRoutes extends RouteBuilder {

    static final String ASSEMBLY_ROUTE = "pages-assembled";
    static final String DEAD_PAGES_ROUTE = "pages-dead";
    static final String LOST_PAGES_ROUTE = "pages-lost";
    /** The aggregator's tables in the state database: {@value} and {@value}_completed. */
    static final String REPOSITORY = "courrier_page_assembly";

    private static final Logger LOG = LoggerFactory.getLogger("org.courrier.letters");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ServiceSettings settings;
    private final BrokerSettings broker;
    private final LetterRouteSteps steps;
    private final ErrorFileWriter failures;
    private final Intake intake;
    private final LetterReader reader;
    private final RecordStore records;
    private final ArchiveNames archive;
    private final Telemetry telemetry;
    private final AggregationRepository repository;
    private final QueueDepth depth;
    private final Clock clock;
    /** When each letter in pending/ (by its file there) was last heard of: split, or a result of one of its pages. */
    private final Map<Path, Instant> lastHeard = new ConcurrentHashMap<>();
    /** Letters found, one page timeout ago, with nothing heard and no job queued: lost unless heard of since. */
    private final java.util.Set<Path> suspect = ConcurrentHashMap.newKeySet();
    /** Where letters go to the workers when the settings name a shared folder; empty: on the broker. */
    private final java.util.Optional<SharedLetters> shared;

    /** Page jobs waiting on the broker, for back-pressure and to tell a lost job from a queued one. */
    interface QueueDepth {
        long pagesWaiting() throws Exception;

        /** Whether a job of this letter (its content hash) waits on the page queue. */
        boolean jobsQueued(String letter) throws Exception;
    }

    IntakeRoutes(
            ServiceSettings settings,
            BrokerSettings broker,
            LetterRouteSteps steps,
            ErrorFileWriter failures,
            Intake intake,
            LetterReader reader,
            RecordStore records,
            ArchiveNames archive,
            Telemetry telemetry,
            AggregationRepository repository,
            QueueDepth depth,
            Clock clock) {
        this.settings = settings;
        this.broker = broker;
        this.shared = broker.shared().map(SharedLetters::new);
        this.steps = steps;
        this.failures = failures;
        this.intake = intake;
        this.reader = reader;
        this.records = records;
        this.archive = archive;
        this.telemetry = telemetry;
        this.repository = repository;
        this.depth = depth;
        this.clock = clock;
    }

    /** Where letters wait, once split into page jobs, until their record is out. */
    static Path pending(ServiceSettings settings) {
        return settings.data().resolve("pending");
    }

    @Override
    public void configure() {
        // as the single process: RETRY reasons (a page job the broker did not take is IO_ERROR) are tried again
        LetterRoute.failurePolicy(this, settings, failures);

        RouteDefinition pickup =
                from(LetterRoute.INBOX).routeId(LetterRoute.ROUTE_ID).autoStartup(false);
        LetterRoute.admittedOnce(pickup, steps).process(this::split);

        // a page job the broker gave up on (its workers died or failed on it every time): the letter fails, naming it
        from("jms:queue:" + BrokerSettings.DEAD_PAGES + "?concurrentConsumers=1&cacheLevelName=CACHE_CONSUMER")
                .routeId(DEAD_PAGES_ROUTE)
                .autoStartup(false)
                .process(e -> {
                    Integer page = e.getIn().getHeader(PageJobs.PAGE, Integer.class);
                    e.getIn().setBody("");
                    e.getIn()
                            .setHeader(
                                    PageJobs.ERROR,
                                    Reason.OCR_FAILED.name() + ": page " + page + " of "
                                            + e.getIn().getHeader(PageJobs.FILE) + " could not be read in "
                                            + broker.deliveryAttempts()
                                            + " deliveries (the worker failed, timed out or died each time)");
                    LOG.warn(
                            "page {} of {}: dead-lettered by the broker",
                            page,
                            e.getIn().getHeader(PageJobs.FILE));
                })
                .to("jms:queue:" + BrokerSettings.RESULTS);

        // the end-to-end check: a letter whose job or result the broker lost is not left waiting for ever
        long check = Math.max(1000, Math.min(30_000, broker.pageTimeout().toMillis() / 4));
        from("timer:pages-lost?delay=" + check + "&period=" + check)
                .routeId(LOST_PAGES_ROUTE)
                .autoStartup(false)
                .process(e -> resendLost(e.getContext()));

        from("jms:queue:" + BrokerSettings.RESULTS + "?concurrentConsumers=1&cacheLevelName=CACHE_CONSUMER")
                .routeId(ASSEMBLY_ROUTE)
                .autoStartup(false)
                // a letter whose assembled pages cannot become a record (extraction failed, over budget) fails
                .onException(Exception.class)
                .handled(true)
                .process(this::assemblyFailed)
                .end()
                .process(this::arrived)
                .filter(this::alreadyRecorded)
                .stop()
                .end()
                .aggregate(header(PageJobs.LETTER), new Gather())
                .aggregationRepository(repository)
                .completionPredicate(IntakeRoutes::complete)
                .process(this::record)
                .choice()
                .when(header(PageJobs.ERROR).isNotNull())
                .process(this::fail)
                .otherwise()
                .to("file:{{courrier.outbox}}?tempFileName=" + LetterRouteSteps.TEMP_PREFIX
                        + "${exchangeId}.json&fileExist=Override")
                .process(this::archive)
                .end();
    }

    /**
     * Opens the letter to know its pages (a file that cannot be opened fails here, as in the single process), waits
     * while more page jobs than {@code courrier.broker.max-queued-pages} are queued, and sends one job per page.
     * The file consumer then moves the file to {@code pending/}.
     */
    private void split(Exchange exchange) throws Exception {
        Path file = LetterRouteSteps.file(exchange);
        String id = exchange.getIn().getHeader(LetterRouteSteps.ID, String.class);
        SourceFile source;
        int pages;
        try (OpenedDocument opened = intake.open(file, id)) {
            source = opened.source();
            pages = opened.pages().size();
        }
        if (pages == 0) {
            throw new CourrierException(Reason.EMPTY, file.getFileName() + ": the document has no pages");
        }
        waitForRoom(file);
        steps.archiveTo(exchange, LetterRouteSteps.MOVE_TO, pending(settings));
        String pendingAs = exchange.getProperty(LetterRouteSteps.MOVE_TO, String.class);
        List<Integer> all =
                java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList();
        // jobs already sent are sent again on a retry: their results are gathered once
        sendJobs(exchange.getContext(), file, source, id, pages, all, pendingAs);
        lastHeard.put(Path.of(pendingAs), clock.instant());
        LOG.info("letter {}: {} page job(s) sent, waiting as {}", file.getFileName(), pages, pendingAs);
    }

    /** The letter's name in the shared folder once copied there, or null when page bytes travel as messages. */
    private String sharedCopy(Path file, SourceFile source, String id) throws CourrierException {
        if (shared.isEmpty()) {
            return null;
        }
        try {
            return shared.get().put(file, id);
        } catch (IOException e) {
            throw new CourrierException(
                    Reason.IO_ERROR,
                    source.fileName() + ": cannot be copied to the shared folder "
                            + shared.get().folder() + ": " + e.getMessage(),
                    e);
        }
    }

    /** Sends a job for each of {@code numbers}, the pages of {@code file} (in the inbox, or in pending/). */
    private void sendJobs(
            org.apache.camel.CamelContext context,
            Path file,
            SourceFile source,
            String id,
            int pages,
            List<Integer> numbers,
            String pendingAs)
            throws Exception {
        // the letter travels once to the shared folder, or with each job as a large message
        String copy = sharedCopy(file, source, id);
        byte[] bytes = copy == null ? Files.readAllBytes(file) : new byte[0];
        String sourceJson = PageJobs.sourceJson(source);
        ProducerTemplate out = context.createProducerTemplate();
        try {
            for (int number : numbers) {
                Exchange sent = out.send("jmsout:queue:" + BrokerSettings.PAGES, job -> {
                    job.getIn().setBody(bytes);
                    if (copy != null) {
                        job.getIn().setHeader(PageJobs.SHARED, copy);
                    }
                    job.getIn().setHeader(PageJobs.LETTER, id);
                    job.getIn().setHeader(PageJobs.PAGE, number);
                    job.getIn().setHeader(PageJobs.PAGES, pages);
                    job.getIn().setHeader(PageJobs.FILE, source.fileName());
                    job.getIn().setHeader(PageJobs.PENDING, pendingAs);
                    job.getIn().setHeader(PageJobs.SOURCE, sourceJson);
                });
                if (sent.getException() != null) {
                    throw new CourrierException(
                            Reason.IO_ERROR,
                            source.fileName() + ": page job " + number + " was not taken by the broker: "
                                    + sent.getException().getMessage(),
                            sent.getException());
                }
            }
        } finally {
            out.stop();
        }
    }

    /**
     * Sends again the missing pages of each letter in pending/ that was found twice, {@code courrier.broker.page-timeout}
     * apart, with nothing heard of it (no split, no result) for that long and no job of it on the page queue: its job
     * or its result was lost (a broker that lost a job, a worker that took one and sent nothing). Twice, because a
     * job a worker has just taken is on no queue: it is lost only if its result has not come back a page timeout
     * later. Results gathered twice count once, so a page that was merely slow costs a second reading, never a
     * second record.
     */
    private void resendLost(org.apache.camel.CamelContext context) throws Exception {
        Path dir = pending(settings);
        if (!Files.isDirectory(dir)) {
            lastHeard.clear();
            return;
        }
        Instant now = clock.instant();
        List<Path> files;
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            Instant last = lastHeard.putIfAbsent(file, now);
            if (last == null || now.isBefore(last.plus(broker.pageTimeout()))) {
                continue;
            }
            lastHeard.put(file, now);
            String id; // hashed only for a letter not heard of for a page timeout
            try {
                id = org.courrier.ingest.ContentHash.sha256(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            } catch (CourrierException e) {
                continue; // archived meanwhile
            }
            if (records.load(id).isPresent() || depth.jobsQueued(id)) {
                suspect.remove(file); // recorded and being archived, or still in the queue behind others
            } else if (!suspect.add(file)) {
                suspect.remove(file);
                resend(context, file, id);
            }
        }
        java.util.Set<Path> waiting = new java.util.HashSet<>(files);
        lastHeard.keySet().retainAll(waiting);
        suspect.retainAll(waiting);
    }

    private void resend(org.apache.camel.CamelContext context, Path file, String id) throws Exception {
        SourceFile read;
        int pages;
        try (OpenedDocument opened = intake.open(file, id)) {
            read = opened.source();
            pages = opened.pages().size();
        }
        SourceFile source = new SourceFile(
                ArchiveNames.sourceName(file.getFileName().toString(), id),
                read.mediaType(),
                read.sizeBytes(),
                read.pageCount(),
                read.sha256());
        java.util.Set<Integer> gathered = new java.util.HashSet<>();
        Exchange sofar = repository.get(context, id);
        if (sofar != null && sofar.getIn().getBody() instanceof Map<?, ?> got) {
            got.keySet().forEach(k -> gathered.add(((Number) k).intValue()));
        }
        List<Integer> missing = java.util.stream.IntStream.rangeClosed(1, pages)
                .boxed()
                .filter(n -> !gathered.contains(n))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        LOG.warn(
                "letter {}: no page result for {} and no job of it queued: page(s) {} sent again",
                source.fileName(),
                broker.pageTimeout().multipliedBy(2),
                missing);
        sendJobs(context, file, source, id, pages, missing, file.toString());
    }

    /** Back-pressure: no further letter is split while the page queue is longer than the setting. */
    private void waitForRoom(Path file) throws Exception {
        boolean said = false;
        while (depth.pagesWaiting() > broker.maxQueuedPages()) {
            if (!said) {
                LOG.info(
                        "letter {}: more than {} page jobs wait (courrier.broker.max-queued-pages); splitting waits",
                        file.getFileName(),
                        broker.maxQueuedPages());
                said = true;
            }
            Thread.sleep(200);
        }
    }

    private void arrived(Exchange exchange) {
        String worker = exchange.getIn().getHeader(PageJobs.WORKER, String.class);
        String pending = exchange.getIn().getHeader(PageJobs.PENDING, String.class);
        if (pending != null) {
            Path letter = Path.of(pending);
            lastHeard.computeIfPresent(letter, (k, v) -> clock.instant());
            suspect.remove(letter);
        }
        LOG.debug(
                "result for page {} of {} from {} (delivery {})",
                exchange.getIn().getHeader(PageJobs.PAGE),
                exchange.getIn().getHeader(PageJobs.FILE),
                worker,
                exchange.getIn().getHeader("JMSXDeliveryCount"));
        if (worker != null) {
            Double seconds = exchange.getIn().getHeader(PageJobs.SECONDS, Double.class);
            telemetry.workerPage(
                    worker, seconds == null ? 0 : seconds, exchange.getIn().getHeader(PageJobs.ERROR) != null);
        }
        // broker headers are neither needed nor kept in the aggregator's table
        exchange.getIn().removeHeaders("JMS*");
    }

    /** A result for a letter whose record is already out (a page read twice, a job sent again): ignored. */
    private boolean alreadyRecorded(Exchange exchange) {
        String id = exchange.getIn().getHeader(PageJobs.LETTER, String.class);
        try {
            boolean done = id != null && records.load(id).isPresent();
            if (done) {
                LOG.debug(
                        "late result for page {} of {}: its record is out",
                        exchange.getIn().getHeader(PageJobs.PAGE),
                        exchange.getIn().getHeader(PageJobs.FILE));
            }
            return done;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up record " + id + ": " + e.getMessage(), e);
        }
    }

    /** Pages of one letter by number, JSON each; a page delivered twice is kept once. */
    static final class Gather implements AggregationStrategy {
        @Override
        @SuppressWarnings("unchecked")
        public Exchange aggregate(Exchange gathered, Exchange result) {
            int page = result.getIn().getHeader(PageJobs.PAGE, Integer.class);
            String body = result.getIn().getBody(String.class);
            if (gathered == null) {
                HashMap<Integer, String> pages = new HashMap<>();
                pages.put(page, body);
                // a copy: the consumed message's own exchange is not the one the aggregator completes and confirms
                Exchange first = result.copy();
                first.getIn().setBody(pages);
                if (first.getIn().getHeader(PageJobs.ERROR) == null) {
                    first.getIn().removeHeader(PageJobs.PAGE);
                }
                return first;
            }
            HashMap<Integer, String> pages = gathered.getIn().getBody(HashMap.class);
            pages.putIfAbsent(page, body);
            String error = result.getIn().getHeader(PageJobs.ERROR, String.class);
            if (error != null && gathered.getIn().getHeader(PageJobs.ERROR) == null) {
                gathered.getIn().setHeader(PageJobs.ERROR, error);
                gathered.getIn().setHeader(PageJobs.PAGE, page);
            }
            gathered.getIn().setBody(pages);
            return gathered;
        }
    }

    /** Every page is there, or one page could not be read. */
    static boolean complete(Exchange gathered) {
        if (gathered.getIn().getHeader(PageJobs.ERROR) != null) {
            return true;
        }
        Map<?, ?> pages = gathered.getIn().getBody(Map.class);
        Integer expected = gathered.getIn().getHeader(PageJobs.PAGES, Integer.class);
        return pages != null && expected != null && pages.size() >= expected;
    }

    /**
     * Puts the pages back in order and reads the fields; the body becomes the record's JSON, named and archived as
     * the single process names them. A letter with a page that could not be read is left for {@link #fail}.
     */
    @SuppressWarnings("unchecked")
    private void record(Exchange exchange) throws Exception {
        if (exchange.getIn().getHeader(PageJobs.ERROR) != null) {
            return;
        }
        String id = exchange.getIn().getHeader(PageJobs.LETTER, String.class);
        SourceFile source = PageJobs.source(exchange.getIn().getHeader(PageJobs.SOURCE, String.class));
        Map<Integer, String> gathered = exchange.getIn().getBody(Map.class);
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= gathered.size(); n++) {
            String json = gathered.get(n);
            if (json == null) {
                throw new IllegalStateException(source.fileName() + ": page " + n + " is missing from its results");
            }
            pages.add(PageJobs.page(json));
        }
        long t0 = System.nanoTime();
        LetterRecord record = reader.record(new Document(source, pages));
        telemetry.stage(Telemetry.Stage.READ, System.nanoTime() - t0);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        Path doneAs = archive.reserve(
                settings.done()
                        .resolve(String.format(
                                "%04d/%02d/%02d", today.getYear(), today.getMonthValue(), today.getDayOfMonth())),
                source.fileName(),
                id);
        exchange.setProperty(LetterRouteSteps.MOVE_TO, doneAs.toString());
        exchange.setProperty("courrierRecordPages", record.ocr().pages().size());
        exchange.setProperty("courrierRecordStatus", record.review().status().name());
        String json = RecordJson.toJson(record, doneAs.toString());
        try {
            records.save(json, Instant.now(clock));
        } catch (SQLException e) {
            archive.release(doneAs);
            throw new CourrierException(
                    Reason.IO_ERROR,
                    source.fileName() + ": the record could not be kept in the state database: " + e.getMessage(),
                    e);
        }
        exchange.getIn().setBody(json);
        exchange.getIn().setHeader(Exchange.FILE_NAME, LetterRouteSteps.outboxName(source.fileName(), id));
    }

    /** Moves the source from pending/ to done/ once its record is in the outbox. */
    private void archive(Exchange exchange) throws Exception {
        Path doneAs = Path.of(exchange.getProperty(LetterRouteSteps.MOVE_TO, String.class));
        try {
            Path pendingAs = awaitPending(exchange);
            if (pendingAs != null) {
                Files.createDirectories(doneAs.getParent());
                Files.move(pendingAs, doneAs, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            archive.release(doneAs);
        }
        removeSharedCopy(exchange);
        telemetry.letterDone(
                exchange.getProperty("courrierRecordPages", Integer.class),
                exchange.getProperty("courrierRecordStatus", String.class));
        LOG.info(
                "letter {}: {} page(s) from the workers, {} -> {}",
                exchange.getIn().getHeader(PageJobs.FILE),
                exchange.getProperty("courrierRecordPages"),
                exchange.getProperty("courrierRecordStatus"),
                exchange.getIn().getHeader(Exchange.FILE_NAME));
    }

    /**
     * The letter's file in pending/: the file consumer moves it there just after the page jobs are sent, so a letter
     * whose pages were read very fast may get here first and waits for it. Null when it is gone already (a recovered
     * completion whose source was archived before the intake stopped).
     */
    private Path awaitPending(Exchange exchange) throws InterruptedException, IOException {
        Path pendingAs = Path.of(exchange.getIn().getHeader(PageJobs.PENDING, String.class));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(pendingAs)) {
            if (System.nanoTime() > deadline) {
                LOG.warn(
                        "letter {}: its source was no longer in {} when its record came out (archived before a "
                                + "restart?)",
                        exchange.getIn().getHeader(PageJobs.FILE),
                        pendingAs.getParent());
                return null;
            }
            Thread.sleep(50);
        }
        return pendingAs;
    }

    private void assemblyFailed(Exchange exchange) throws Exception {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Reason reason = cause instanceof CourrierException ce ? ce.reason() : Reason.EXTRACTION_FAILED;
        String release = exchange.getProperty(LetterRouteSteps.MOVE_TO, String.class);
        if (release != null) {
            archive.release(Path.of(release));
        }
        if (exchange.getIn().getHeader(PageJobs.PENDING) == null) {
            LOG.error("a page result could not be handled: {}", String.valueOf(cause), cause);
            return;
        }
        exchange.getIn().setHeader(PageJobs.ERROR, reason.name() + ": " + (cause == null ? "" : cause.getMessage()));
        fail(exchange);
    }

    /** A page could not be read: the letter goes to failed/ with its error file naming the page. */
    private void fail(Exchange exchange) throws Exception {
        String id = exchange.getIn().getHeader(PageJobs.LETTER, String.class);
        String file = exchange.getIn().getHeader(PageJobs.FILE, String.class);
        String error = exchange.getIn().getHeader(PageJobs.ERROR, String.class);
        int colon = error.indexOf(':');
        Reason reason = Reason.valueOf(colon > 0 ? error.substring(0, colon) : error);
        String message = colon > 0 ? error.substring(colon + 1).trim() : error;
        Path failedAs = archive.reserve(settings.failed(), file, id);
        try {
            ObjectNode json = JSON.createObjectNode();
            json.put("file", file);
            json.put("id", id);
            json.put("code", reason.name());
            json.put("action", reason.action().name());
            json.put("message", message);
            json.put("page", exchange.getIn().getHeader(PageJobs.PAGE, Integer.class));
            json.put("time", clock.instant().toString());
            json.put("attempts", broker.deliveryAttempts());
            Files.createDirectories(settings.failed());
            Path tmp = Files.createTempFile(settings.failed(), ".error-", ".tmp");
            JSON.writeValue(tmp.toFile(), json);
            Files.move(tmp, Path.of(failedAs + ArchiveNames.ERROR_SUFFIX), StandardCopyOption.ATOMIC_MOVE);
            Path pendingAs = awaitPending(exchange);
            if (pendingAs != null) {
                Files.move(pendingAs, failedAs, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            archive.release(failedAs);
        }
        removeSharedCopy(exchange);
        telemetry.letterFailed();
        LOG.warn("failed {}: {}: {}", file, reason, message);
    }

    /** The letter ended: its copy in the shared folder, if any, is no longer needed (a late job finds it gone). */
    private void removeSharedCopy(Exchange exchange) {
        String id = exchange.getIn().getHeader(PageJobs.LETTER, String.class);
        if (shared.isEmpty() || id == null) {
            return;
        }
        try {
            shared.get().remove(id);
        } catch (IOException e) {
            LOG.warn(
                    "letter {}: its copy in {} could not be removed: {}",
                    exchange.getIn().getHeader(PageJobs.FILE),
                    shared.get().folder(),
                    e.getMessage());
        }
    }
}
