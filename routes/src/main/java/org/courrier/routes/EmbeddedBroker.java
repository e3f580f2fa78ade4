package org.courrier.routes;

import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache ActiveMQ Artemis broker in this JVM, persistent in a folder of its own: what {@code ./courrier run
 * --role intake} starts when no {@code courrier.broker.url} is given, and what the scale-out tests and benchmark run.
 * Page jobs are redelivered with doubling back-off and go to {@link BrokerSettings#DEAD_PAGES} after
 * {@code deliveryAttempts} deliveries (a consumer that dies holding a job counts as one).
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final EmbeddedActiveMQ server;
    private final String listen;

    private EmbeddedBroker(EmbeddedActiveMQ server, String listen) {
        this.server = server;
        this.listen = listen;
    }

    /** Starts a broker listening on {@code listen} (tcp://host:port) with its journal under {@code folder}. */
    public static EmbeddedBroker start(String listen, Path folder, int deliveryAttempts, long redeliveryDelayMs)
            throws Exception {
        Configuration config = new ConfigurationImpl()
                .setName("courrier")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalDirectory(folder.resolve("journal").toString())
                .setBindingsDirectory(folder.resolve("bindings").toString())
                .setLargeMessagesDirectory(folder.resolve("large-messages").toString())
                .setPagingDirectory(folder.resolve("paging").toString())
                .addAcceptorConfiguration("courrier", listen);
        AddressSettings pages = new AddressSettings()
                .setMaxDeliveryAttempts(deliveryAttempts)
                .setRedeliveryDelay(redeliveryDelayMs)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(Math.max(redeliveryDelayMs, 60_000))
                .setDeadLetterAddress(SimpleString.of(BrokerSettings.DEAD_PAGES))
                .setAutoCreateDeadLetterResources(true)
                .setDeadLetterQueuePrefix(SimpleString.of(""))
                .setDeadLetterQueueSuffix(SimpleString.of(""));
        config.addAddressSetting(BrokerSettings.PAGES, pages);
        // results and dead letters: retried too, never dropped
        config.addAddressSetting(
                BrokerSettings.RESULTS,
                new AddressSettings()
                        .setMaxDeliveryAttempts(-1)
                        .setRedeliveryDelay(redeliveryDelayMs)
                        .setRedeliveryMultiplier(2.0)
                        .setMaxRedeliveryDelay(Math.max(redeliveryDelayMs, 60_000)));
        EmbeddedActiveMQ server = new EmbeddedActiveMQ();
        server.setConfiguration(config);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException(
                    "courrier.broker.listen: the embedded broker cannot listen on " + listen + ": " + e.getMessage(),
                    e);
        }
        if (!server.getActiveMQServer().isActive()) {
            server.stop();
            throw new IllegalStateException("courrier.broker.listen: the embedded broker did not start on " + listen
                    + " (is the port in use, or the folder " + folder + " locked by another broker?)");
        }
        LOG.info("embedded message broker listening on {}, journal in {}", listen, folder);
        return new EmbeddedBroker(server, listen);
    }

    /** Where clients connect. */
    public String url() {
        return listen;
    }

    /** Messages waiting on a queue (0 when it does not exist yet). */
    public long depth(String queue) {
        var q = server.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return q == null ? 0 : q.getMessageCount();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
