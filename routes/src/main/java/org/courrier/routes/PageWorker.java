package org.courrier.routes;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.main.Main;
import org.courrier.document.CourrierException;
import org.courrier.document.Page;
import org.courrier.document.Reason;
import org.courrier.extract.pipeline.CourrierSettings;
import org.courrier.ingest.Intake;
import org.courrier.ingest.OpenedDocument;
import org.courrier.ingest.PageSource;
import org.courrier.ocr.PageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker role ({@code ./courrier run --role worker}): takes page jobs from the broker, reads the page (its text
 * layer, or OCR) with the same intake and page reader as the single process, and sends the positioned text back.
 * A job is taken in a broker transaction that also sends its result: a worker that dies in the middle of a page
 * leaves the job to be delivered again, to itself or another worker. A page that cannot be read for a reason that
 * retrying cannot change (corrupt, too large) is answered with that reason at once; other failures are left to the
 * broker's redelivery, then its dead-letter queue.
 */
public final class PageWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("org.courrier.worker");
    /** Set on a job whose letter is no longer in the shared folder: it is consumed and not answered. */
    private static final String GONE = "courrierLetterGone";

    private final Main main;
    private final PageReader reader;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private PageWorker(Main main, PageReader reader) {
        this.main = main;
        this.reader = reader;
    }

    /** Connects to the broker and starts reading pages; returns once the worker listens. */
    public static PageWorker start(Properties merged) throws Exception {
        return start(merged, java.util.function.UnaryOperator.identity());
    }

    /** As {@link #start(Properties)}, with the page reader changed by {@code readers} (tests make it misbehave). */
    static PageWorker start(Properties merged, java.util.function.UnaryOperator<PageReader> readers) throws Exception {
        BrokerSettings broker = BrokerSettings.from(merged);
        CourrierSettings pipeline = CourrierSettings.from(merged);
        Intake intake = Intake.create(pipeline.intake());
        PageReader reader = readers.apply(PageReader.create(pipeline.ocr()));
        SharedLetters shared = broker.shared().map(SharedLetters::new).orElse(null);
        if (shared != null && !Files.isDirectory(shared.folder())) {
            reader.close();
            throw new IllegalStateException("courrier.broker.shared-folder: " + shared.folder()
                    + " is not a folder this worker can see (mount the intake's shared folder there)");
        }
        try {
            reader.verify();
        } catch (CourrierException e) {
            reader.close();
            throw new IllegalStateException(e.getMessage(), e);
        }
        String name = workerName();
        int threads = pipeline.workers();
        Main main = new Main();
        main.setShutdownStrategy(new org.apache.camel.main.SimpleMainShutdownStrategy());
        Properties camel = new Properties();
        camel.putAll(merged);
        main.setOverrideProperties(camel);
        main.bind("jms", JmsComponent.jmsComponentTransacted(connectionFactory(broker)));
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("jms:queue:" + BrokerSettings.PAGES + "?concurrentConsumers=" + threads
                                + "&cacheLevelName=CACHE_CONSUMER")
                        .routeId("pages")
                        .process(e -> read(e, intake, reader, shared, name))
                        // a job whose letter has left the shared folder: the letter ended, nothing to answer
                        .filter(exchangeProperty(GONE).isNull())
                        .to("jms:queue:" + BrokerSettings.RESULTS);
            }
        });
        try {
            main.start();
        } catch (Exception e) {
            reader.close();
            throw new IllegalStateException(
                    "courrier.broker.url: cannot reach the broker at " + broker.connectTo() + ": " + e.getMessage(), e);
        }
        LOG.info(
                "courrier worker {} reading pages from {} with {} thread(s){}",
                name,
                broker.connectTo(),
                threads,
                shared == null ? "" : ", letters from the shared folder " + shared.folder());
        return new PageWorker(main, reader);
    }

    /** A connection factory for the broker: no prefetch, so an idle worker gets the next job, not a busy one. */
    static ActiveMQConnectionFactory connectionFactory(BrokerSettings broker) {
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(broker.connectTo());
        cf.setConsumerWindowSize(0);
        // a broker restart is waited out: reconnect for ever, every second at most
        cf.setReconnectAttempts(-1);
        cf.setRetryInterval(500);
        cf.setRetryIntervalMultiplier(2.0);
        cf.setMaxRetryInterval(2000);
        if (!broker.user().isEmpty()) {
            cf.setUser(broker.user());
            cf.setPassword(broker.password());
        }
        return cf;
    }

    private static String workerName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    private static void read(Exchange exchange, Intake intake, PageReader reader, SharedLetters shared, String name)
            throws Exception {
        byte[] bytes = exchange.getIn().getBody(byte[].class);
        String copyName = exchange.getIn().getHeader(PageJobs.SHARED, String.class);
        String id = exchange.getIn().getHeader(PageJobs.LETTER, String.class);
        String file = exchange.getIn().getHeader(PageJobs.FILE, String.class);
        Integer number = exchange.getIn().getHeader(PageJobs.PAGE, Integer.class);
        if ((bytes == null && copyName == null) || id == null || file == null || number == null) {
            throw new IllegalArgumentException("a page job without its letter, file name, page number or bytes: "
                    + exchange.getIn().getHeaders().keySet());
        }
        if (copyName != null && shared == null) {
            // left to redelivery: another worker may have the folder; else the dead-letter queue names the page
            throw new IllegalStateException("page " + number + " of " + file + " is in the shared folder as " + copyName
                    + ", and this worker has no courrier.broker.shared-folder");
        }
        long t0 = System.nanoTime();
        LOG.debug("reading page {} of {}", number, file);
        Path letter;
        Path temporary = null;
        if (copyName != null) {
            java.util.Optional<Path> found = shared.find(copyName, id);
            if (found.isEmpty()) {
                gone(exchange, number, file, shared);
                return;
            }
            letter = found.get();
        } else {
            temporary = Files.createTempFile("courrier-page-", ".letter");
            Files.write(temporary, bytes);
            letter = temporary;
        }
        try {
            Page page;
            try (OpenedDocument opened = intake.open(letter, id)) {
                List<PageSource> pages = opened.pages();
                if (number < 1 || number > pages.size()) {
                    throw new CourrierException(
                            Reason.CORRUPT, file + ": page " + number + " asked, the letter has " + pages.size());
                }
                page = reader.read(pages.get(number - 1));
            }
            exchange.getIn().setBody(PageJobs.pageJson(page));
            LOG.info(
                    "page {} of {} read in {} s",
                    number,
                    file,
                    String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e9));
        } catch (CourrierException e) {
            if (copyName != null && e.reason() == Reason.NOT_FOUND) {
                gone(exchange, number, file, shared);
                return;
            }
            if (e.reason().action() == Reason.Action.RETRY || e.reason().action() == Reason.Action.STOP) {
                // the broker delivers the job again (here or to another worker), then to its dead-letter queue
                LOG.warn("page {} of {}: {} (the broker will deliver it again)", number, file, e.getMessage());
                throw e;
            }
            LOG.warn("page {} of {}: {}", number, file, e.getMessage());
            exchange.getIn().setBody("");
            exchange.getIn().setHeader(PageJobs.ERROR, e.reason().name() + ": page " + number + ": " + e.getMessage());
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
        exchange.getIn().setHeader(PageJobs.WORKER, name);
        exchange.getIn().setHeader(PageJobs.SECONDS, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The job's letter is not (or no longer as it was) in the shared folder: its record is out or it failed, and the
     * intake removed it. The job is consumed without an answer; were the letter still waiting, the intake's lost-page
     * check copies it again and sends the page again.
     */
    private static void gone(Exchange exchange, int number, String file, SharedLetters shared) {
        LOG.warn(
                "page {} of {}: the letter is no longer in the shared folder {} (it ended, or was removed): job dropped",
                number,
                file,
                shared.folder());
        exchange.setProperty(GONE, Boolean.TRUE);
    }

    /** Blocks until {@link #close} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops taking jobs; the page in hand is finished (within the shutdown timeout) or left to redelivery. */
    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        try {
            main.stop();
        } finally {
            reader.close();
            stopped.countDown();
        }
    }
}
