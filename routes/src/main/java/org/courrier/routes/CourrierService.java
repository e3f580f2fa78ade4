package org.courrier.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.courrier.extract.pipeline.CourrierSettings;
import org.courrier.extract.pipeline.LetterPipeline;
import org.courrier.ocr.PageReader;
import org.courrier.routes.api.AdminApi;
import org.courrier.routes.api.LettersApi;
import org.courrier.routes.api.PageImages;
import org.courrier.routes.api.Reviewers;
import org.courrier.routes.api.Reviews;
import org.courrier.routes.security.AccessPolicy;
import org.courrier.routes.security.LoginThrottle;
import org.courrier.routes.security.PasswordHasher;
import org.courrier.routes.security.SecuritySettings;
import org.courrier.routes.security.Sessions;
import org.courrier.routes.security.Users;
import org.courrier.routes.store.AdminAudit;
import org.courrier.routes.store.RecordStore;
import org.courrier.routes.store.UserStore;
import org.courrier.routes.web.BoxReadRoutes;
import org.courrier.routes.web.Gate;
import org.courrier.routes.web.SessionEndpoint;
import org.courrier.routes.web.SessionReviewers;
import org.courrier.routes.web.UiFiles;
import org.courrier.routes.web.WebRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watched-folder service: Camel Main with the letter, delivery and progress routes, the state database with
 * its record store, and the status server. {@link #start} returns once the routes run; {@link #close} stops
 * gracefully: letters in flight finish (within {@code camel.main.shutdown-timeout}), files not yet taken stay in the
 * inbox.
 */
public final class CourrierService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CourrierService.class);
    /** A file not sighted in the inbox for this long (beyond the stable interval) is no longer watched. */
    private static final java.time.Duration FORGET_AFTER = java.time.Duration.ofMinutes(10);

    /** Memory kept for rendered page images. */
    private static final long PAGE_CACHE_BYTES = 64L << 20;

    private final Main main;
    private final StateStore state;
    private final RecordStore records;
    private final LetterReader reader;
    private final WebServer web;
    private final RevisionDelivery revisions;
    private final ServiceLocks locks;
    private final Telemetry telemetry;

    private final CountDownLatch stopped = new CountDownLatch(1);
    /** The intake role's embedded broker, stopped last; null when none. */
    private AutoCloseable broker;

    private CourrierService(
            Main main,
            StateStore state,
            RecordStore records,
            LetterReader reader,
            WebServer web,
            RevisionDelivery revisions,
            ServiceLocks locks,
            Telemetry telemetry) {
        this.locks = locks;
        this.telemetry = telemetry;
        this.revisions = revisions;
        this.web = web;
        this.main = main;
        this.records = records;
        this.state = state;
        this.reader = reader;
    }

    /** Starts the service on merged properties (see {@link ConfigLayers}) with the standard pipeline. */
    public static CourrierService start(Properties merged) throws Exception {
        return start(merged, UnaryOperator.identity());
    }

    /**
     * Starts the service on merged properties with the pipeline's parts changed by {@code parts} (tests put their
     * own intake or page reader in); the service sets the page scheduler and the clock.
     */
    static CourrierService start(Properties merged, UnaryOperator<LetterPipeline.Builder> parts) throws Exception {
        return start(merged, parts, DiskSpace::usableSpace);
    }

    /** As {@link #start(Properties, UnaryOperator)}, reading free disk space with {@code usableSpace}. */
    static CourrierService start(
            Properties merged,
            UnaryOperator<LetterPipeline.Builder> parts,
            java.util.function.ToLongFunction<Path> usableSpace)
            throws Exception {
        return start(merged, parts, usableSpace, Clock.systemUTC());
    }

    /**
     * As {@link #start(Properties, UnaryOperator, java.util.function.ToLongFunction)}, telling the time of day with
     * {@code clock} (tests make it jump). Intervals (how long a file stayed unchanged, retry delays) are measured on
     * the monotonic clock whatever {@code clock} says.
     */
    static CourrierService start(
            Properties merged,
            UnaryOperator<LetterPipeline.Builder> parts,
            java.util.function.ToLongFunction<Path> usableSpace,
            Clock clock)
            throws Exception {
        return start(merged, parts, usableSpace, clock, false);
    }

    /**
     * The intake role of the scale-out ({@code ./courrier run --role intake}): the same service, whose letters are
     * split into page jobs for workers on a message broker and assembled again from their results (see
     * {@link IntakeRoutes}); with no {@code courrier.broker.url} it embeds the broker.
     */
    public static CourrierService startIntake(Properties merged) throws Exception {
        return start(merged, UnaryOperator.identity(), DiskSpace::usableSpace, Clock.systemUTC(), true);
    }

    private static CourrierService start(
            Properties merged,
            UnaryOperator<LetterPipeline.Builder> parts,
            java.util.function.ToLongFunction<Path> usableSpace,
            Clock clock,
            boolean intakeRole)
            throws Exception {
        ServiceSettings settings = ServiceSettings.from(merged);
        CourrierSettings pipeline = CourrierSettings.from(merged);
        // everything that can be checked is checked before the first letter is taken; a failure closes what opened
        java.util.Deque<AutoCloseable> opened = new java.util.ArrayDeque<>();
        try {
            prepareFolders(settings);
            ServiceLocks locks = new ServiceLocks();
            opened.push(locks);
            locks.folder("courrier.inbox", settings.inbox());
            locks.folder("courrier.data", settings.data());
            removeUnfinishedRecords(settings.outbox());
            Telemetry telemetry = new Telemetry();
            opened.push(telemetry);
            if (settings.httpPort() >= 0) {
                checkListen(settings);
            }
            StateStore state = new StateStore(settings.stateUrl(), settings.stateUser(), settings.statePassword());
            state.open();
            opened.push(state);
            locks.database(
                    settings.stateUrl(), settings.stateUser(), settings.statePassword(), telemetry::environmentBroken);
            SecuritySettings security = SecuritySettings.from(merged);
            Users users = new Users(new UserStore(state.dataSource(), clock), new PasswordHasher());
            if (settings.httpPort() >= 0) {
                SecuritySettings.checkBinding(settings.httpHost(), users.any());
            }
            FairPagePool pool = new FairPagePool(pipeline.workers());
            LetterReader reader =
                    new LetterReader(parts.apply(LetterPipeline.builder(pipeline)), pool, telemetry, clock);
            opened.push(reader);
            try {
                // a damaged language file is found now, naming it, not at the first scanned page
                reader.verify();
            } catch (org.courrier.document.CourrierException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            telemetry.queues(() -> waiting(settings), pool::waiting);

            Properties camel = new Properties();
            camel.putAll(merged);
            camel.putAll(settings.placeholders());
            Main main = new Main();
            // the service's owner stops it (the run command's shutdown hook on SIGTERM). Camel's default strategy
            // adds a JVM shutdown hook that is never removed (disableHangupSupport does not prevent it in Camel
            // 4.22): it kept every stopped service's context, routes, letter reader and language model (some
            // 35 MiB each) reachable until the JVM exited
            main.setShutdownStrategy(new org.apache.camel.main.SimpleMainShutdownStrategy());
            main.setOverrideProperties(camel);
            main.bind(LetterRoute.SEEN, new SeenRepository(state));
            IdempotentRepository inProgress = MemoryIdempotentRepository.memoryIdempotentRepository(50_000);
            main.bind(LetterRoute.IN_PROGRESS, inProgress);
            InboxBoundary boundary = new InboxBoundary(settings.inbox());
            DiskSpace disk = new DiskSpace(
                    java.util.Map.of("courrier.outbox", settings.outbox(), "courrier.data", settings.data()),
                    settings.diskMinFree(),
                    usableSpace,
                    telemetry,
                    clock);
            StateOutage outage = new StateOutage(settings.stateUrl(), state::reachable, telemetry, System::nanoTime);
            // set once the steps exist (they are made after the filter): a file whose letter is still completing
            java.util.concurrent.atomic.AtomicReference<java.util.function.Predicate<String>> completing =
                    new java.util.concurrent.atomic.AtomicReference<>(path -> false);
            SteadyFileFilter filter;
            main.bind(
                    LetterRoute.FILTER,
                    filter = new SteadyFileFilter(
                            settings.pickup().stableFor(),
                            settings.pickup().minAge(),
                            settings.pickup().stableFor().plus(FORGET_AFTER),
                            clock,
                            System::nanoTime,
                            path -> inProgress.contains(path)
                                    || completing.get().test(path),
                            // disk and database first: each pauses or resumes pickup as it finds things
                            () -> !disk.ok() | !outage.ok() || telemetry.stopReason() != null,
                            boundary::refusal));
            RecordStore records = new RecordStore(state.dataSource(), clock);
            telemetry.backlog(() -> backlog(records, clock));
            LetterRouteSteps steps = new LetterRouteSteps(
                    settings,
                    new ArchiveNames(),
                    boundary,
                    state,
                    records,
                    reader,
                    telemetry,
                    clock,
                    UUID.randomUUID().toString());
            steps.reportStuckTo(filter::stuck);
            completing.set(steps::completing);
            ErrorFileWriter failures = new ErrorFileWriter(settings.failed(), steps, telemetry, clock, disk, outage);
            ScaleOut.Intake scaleOut = null;
            if (intakeRole) {
                scaleOut = ScaleOut.intake(
                        merged, settings, pipeline, state, records, reader, steps, failures, telemetry, clock, main,
                        opened);
                main.configure().addRoutesBuilder(scaleOut.routes());
            } else {
                main.configure().addRoutesBuilder(new LetterRoute(settings, steps, failures));
            }
            main.configure().addRoutesBuilder(new DeliveryRoute(settings, telemetry));
            main.configure().addRoutesBuilder(new ProgressRoute(telemetry));
            RevisionDelivery revisions = new RevisionDelivery(settings, records);
            main.configure().addRoutesBuilder(revisions);
            WebServer web = null;
            if (settings.httpPort() >= 0) {
                Reviews reviews = new Reviews(records, revisions, telemetry::reviewed, clock);
                PageImages pages = new PageImages(settings.done(), pipeline.intake(), PAGE_CACHE_BYTES);
                // the first page an archivist opens after a start should not wait for PDFBox and the codecs to load
                Thread warmUp = new Thread(() -> pages.warmUp(), "courrier-page-images-warm-up");
                warmUp.setDaemon(true);
                warmUp.setPriority(Thread.MIN_PRIORITY);
                warmUp.start();
                Sessions sessions = new Sessions(
                        clock, security.sessionIdle(), security.sessionLifetime(), security.secureCookies());
                // who makes a change: the signed-in user of the session the request comes with
                Reviewers reviewers = new SessionReviewers(sessions);
                web = WebServer.install(
                        main,
                        settings,
                        telemetry,
                        new Gate(new AccessPolicy(sessions, security.token())),
                        List.of(
                                new LettersApi(records, pages, reviews, reviewers),
                                new BoxReadRoutes(records, pages, () -> PageReader.create(pipeline.ocr())),
                                new AdminApi(
                                        users,
                                        sessions::closeAllOf,
                                        new Replay(settings.failed(), settings.inbox()),
                                        new AdminAudit(state.dataSource(), clock),
                                        reviewers),
                                new WebRoutes(
                                        new UiFiles(),
                                        new SessionEndpoint(users, sessions, new LoginThrottle(clock)))));
            }
            opened.push(main::stop);
            opened.push(revisions::close);
            main.start();
            CamelContext context = main.getCamelContext();
            // the letters route starts last, once every other part runs: no letter is taken by a service that fails
            if (intakeRole) {
                // results first: letters a stopped intake left half-assembled complete before new ones are split
                context.getRouteController().startRoute(IntakeRoutes.ASSEMBLY_ROUTE);
                context.getRouteController().startRoute(IntakeRoutes.DEAD_PAGES_ROUTE);
                context.getRouteController().startRoute(IntakeRoutes.LOST_PAGES_ROUTE);
            }
            context.getRouteController().startRoute(LetterRoute.ROUTE_ID);
            LOG.info(
                    "courrier watching {} -> {}; data in {}; {} page worker(s), {} letter(s) at once{}",
                    settings.inbox(),
                    settings.outbox(),
                    settings.data(),
                    pipeline.workers(),
                    settings.lettersInFlight(),
                    web == null ? "" : "; HTTP on " + settings.httpHost() + ":" + web.port());
            CourrierService service =
                    new CourrierService(main, state, records, reader, web, revisions, locks, telemetry);
            if (scaleOut != null) {
                service.broker = scaleOut.broker();
            }
            return service;
        } catch (Exception | Error e) {
            while (!opened.isEmpty()) {
                try {
                    opened.pop().close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /**
     * Checks, before anything else starts, that the HTTP server can listen where it is told: a host that is not
     * this machine's or a port in use stops the service before it takes a letter, naming the setting. (The server
     * itself binds when the Camel context starts, still before the letters route.)
     */
    private static void checkListen(ServiceSettings settings) {
        String host = settings.httpHost();
        java.net.InetAddress address;
        try {
            address = java.net.InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("courrier.http.host: unknown host '" + host + "'", e);
        }
        // port 0 is probed too: the host must be one this machine can listen on
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(address, settings.httpPort()));
        } catch (java.net.BindException e) {
            boolean inUse = String.valueOf(e.getMessage()).contains("in use");
            throw new IllegalStateException(
                    (inUse ? "courrier.http.port" : "courrier.http.host") + ": cannot listen on " + host + ":"
                            + settings.httpPort() + ": " + e.getMessage()
                            + (inUse ? " (another program, or another courrier service, uses this port)" : ""),
                    e);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "courrier.http.host: cannot listen on " + host + ":" + settings.httpPort() + ": " + e.getMessage(),
                    e);
        }
    }

    /** Every record this service produced, with its revisions. */
    RecordStore records() {
        return records;
    }

    /** What the service counts, and why pickup is stopped or paused. */
    Telemetry telemetry() {
        return telemetry;
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    /** The HTTP server's port, -1 when it is off. */
    int statusPort() {
        return web == null ? -1 : web.port();
    }

    /** Blocks until {@link #close} has finished (called by the shutdown hook on SIGTERM or Ctrl-C). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        LOG.info("courrier stopping: letters in flight finish, the others stay in the inbox");
        try {
            revisions.close();
            main.stop();
        } finally {
            reader.close();
            state.close();
            locks.close();
            telemetry.close();
            if (broker != null) {
                try {
                    broker.close();
                } catch (Exception e) {
                    LOG.warn("the embedded broker did not stop cleanly: {}", e.toString());
                }
            }
            stopped.countDown();
        }
    }

    private static Telemetry.Backlog backlog(RecordStore records, Clock clock) {
        try {
            RecordStore.Backlog b = records.backlog();
            return new Telemetry.Backlog(
                    b.letters(),
                    b.oldestReceived() == null
                            ? java.time.Duration.ZERO
                            : java.time.Duration.between(b.oldestReceived(), clock.instant()));
        } catch (java.sql.SQLException e) {
            return Telemetry.Backlog.UNKNOWN;
        }
    }

    /**
     * Removes records a killed run left half-written in the outbox ({@code .writing-…}, never seen by readers): their
     * letters are read again from the in-flight journal and written whole. Done once the locks are held, so no
     * other service is writing there.
     */
    private static void removeUnfinishedRecords(Path outbox) {
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith(LetterRouteSteps.TEMP_PREFIX)
                        && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(f);
                    LOG.info("removed the unfinished record {} a stopped run left", f.getFileName());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not clear unfinished records in {}: {}", outbox, e.getMessage());
        }
    }

    /**
     * Makes every folder the service works in, or fails naming its setting: a path that is a file (or anything but
     * a folder), or a folder that cannot be made or written to.
     */
    static void prepareFolders(ServiceSettings settings) {
        settings.folders().forEach((key, folder) -> {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new IllegalArgumentException(key + ": " + folder + " is a file, not a folder");
            }
            if (key.equals("courrier.undelivered")) {
                return; // made when a record is first kept there
            }
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        key + ": cannot make the folder " + folder + ": "
                                + e.getClass().getSimpleName() + " " + e.getMessage(),
                        e);
            }
            if (!Files.isWritable(folder)) {
                throw new IllegalArgumentException(key + ": the folder " + folder + " is not writable");
            }
        });
    }

    private static int waiting(ServiceSettings settings) {
        try (Stream<Path> files =
                settings.pickup().recursive() ? Files.walk(settings.inbox()) : Files.list(settings.inbox())) {
            return (int) files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !SteadyFileFilter.ignored(p.getFileName().toString()))
                    .limit(1_000_000)
                    .count();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }
}
