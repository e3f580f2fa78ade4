package org.courrier.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ProcessorDefinition;
import org.courrier.routes.api.RevisionOutbox;
import org.courrier.routes.store.RecordStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends reviewers' decisions downstream like first records: each approved or rejected revision is written atomically
 * to the outbox as {@code NAME.<8 hex>.r<N>.json} (revision 1 keeps its name; nothing is replaced), then handed to
 * every endpoint of {@code courrier.deliver.to} through the delivery routes (retried, kept in {@code undelivered/}
 * when refused), and only then marked delivered in the record store. A revision still pending when the service
 * stopped, or whose outbox write failed, is sent when the service starts and then every minute until it is out.
 *
 * <p>Thread-safe.
 */
final class RevisionDelivery extends RouteBuilder implements RevisionOutbox {

    private static final Logger LOG = LoggerFactory.getLogger("org.courrier.delivery");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ROUTE = "direct:revisions";
    private static final String PENDING = "courrierPending";

    private final ServiceSettings settings;
    private final RecordStore records;
    private final Set<RecordStore.Pending> queued = ConcurrentHashMap.newKeySet();
    /** One sender: revisions go out one at a time, in the order they were decided, off the request's thread. */
    private final ThreadPoolExecutor sender =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "courrier-revisions");
                t.setDaemon(true);
                return t;
            });

    private volatile ProducerTemplate template;

    RevisionDelivery(ServiceSettings settings, RecordStore records) {
        this.settings = settings;
        this.records = records;
    }

    @Override
    public void send(String id, int revision) {
        RecordStore.Pending p = new RecordStore.Pending(id, revision);
        ProducerTemplate t = template;
        if (t != null && queued.add(p)) {
            try {
                sender.execute(() -> {
                    try {
                        Exchange done = t.send(ROUTE, e -> e.getIn().setBody(p));
                        if (done.getException() != null) {
                            LOG.warn(
                                    "revision {} of {} not sent yet ({}); tried again within a minute",
                                    p.revision(),
                                    p.id().substring(0, 8),
                                    done.getException().getMessage());
                        }
                    } finally {
                        queued.remove(p);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.remove(p); // stopping: it stays pending and goes out at the next start
            }
        }
    }

    /** How long {@link #close} lets the revision under way finish. */
    private static final long FINISH_SECONDS = 15;

    /**
     * Stops sending: revisions queued and not started stay pending in the store (they go out at the next start); the
     * one under way may finish first. Only when it takes longer than {@value #FINISH_SECONDS} s is the sender
     * interrupted: an interrupt that lands in a write to the state database closes H2's file under it and breaks
     * the store for the rest of the run.
     */
    void close() {
        sender.shutdown();
        // the sends not yet started are dropped, not run: each of their revisions is still PENDING in the store
        sender.getQueue().clear();
        try {
            if (!sender.awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("a revision still on its way after {} s; interrupting it (it stays pending)", FINISH_SECONDS);
                sender.shutdownNow();
            }
        } catch (InterruptedException e) {
            sender.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void configure() {
        template = getContext().createProducerTemplate();
        ProcessorDefinition<?> route = from(ROUTE)
                .routeId("revisions")
                .process(this::load)
                .to("file:{{courrier.outbox}}?tempPrefix=" + LetterRouteSteps.TEMP_PREFIX + "&fileExist=Override");
        if (!settings.deliverTo().isEmpty()) {
            route = route.process(DeliveryRoute.toEach(settings.deliverTo().size()));
        }
        route.process(this::delivered)
                .log(LoggingLevel.INFO, "org.courrier.delivery", "revision out: ${header.CamelFileName}");
        from("timer:revisions-pending?delay=1000&period=60000")
                .routeId("revisions-pending")
                .process(e -> records.pendingDeliveries().forEach(p -> send(p.id(), p.revision())));
    }

    private void load(Exchange e) throws Exception {
        RecordStore.Pending p = e.getIn().getBody(RecordStore.Pending.class);
        e.setProperty(PENDING, p);
        String json = records.revisionJson(p.id(), p.revision())
                .orElseThrow(() -> new IllegalStateException("no revision " + p.revision() + " of " + p.id()));
        JsonNode record = MAPPER.readTree(json);
        String name = LetterRouteSteps.outboxName(
                record.path("source").path("fileName").asText("letter"), p.id());
        e.getIn().setBody(json);
        e.getIn().setHeader(Exchange.FILE_NAME, name.replaceFirst("\\.json$", ".r" + p.revision() + ".json"));
        e.getIn().setHeader(Exchange.CONTENT_TYPE, "application/json");
    }

    private void delivered(Exchange e) throws Exception {
        RecordStore.Pending p = e.getProperty(PENDING, RecordStore.Pending.class);
        records.delivered(p.id(), p.revision());
        LOG.debug("revision {} of {} delivered", p.revision(), p.id());
    }
}
