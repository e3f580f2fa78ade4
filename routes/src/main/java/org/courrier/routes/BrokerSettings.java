package org.courrier.routes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.courrier.extract.pipeline.SettingValues;

/**
 * The scale-out roles' settings ({@code ./courrier run --role intake|worker}): where the message broker is, whether
 * the intake embeds one, how often a page is tried before the dead-letter queue, and how many page jobs may wait
 * before the intake stops splitting letters.
 *
 * @param url              the broker the roles connect to; blank: the intake embeds a broker listening on
 *                         {@code listen} and workers connect there
 * @param listen           where an embedded broker listens ({@code tcp://host:port})
 * @param user             broker user, blank for none
 * @param password         broker password
 * @param deliveryAttempts deliveries of a page job (a worker killed or failing counts) before its dead-letter queue
 * @param redeliveryDelay  wait before the first redelivery; it doubles on each further one
 * @param maxQueuedPages   the intake splits no further letter while more page jobs than this wait
 * @param pageTimeout      a letter found twice this far apart with no page result and none of its jobs queued
 *                         has its missing pages sent again (a job or result the broker lost); longer than any
 *                         page takes to read
 * @param sharedFolder     blank: a page job carries the letter's bytes (a large message); otherwise a folder both
 *                         roles see (each by its own path to it), through which the intake hands the letter to the
 *                         workers instead, the job carrying only its name
 */
record BrokerSettings(
        String url,
        String listen,
        String user,
        String password,
        int deliveryAttempts,
        Duration redeliveryDelay,
        int maxQueuedPages,
        Duration pageTimeout,
        String sharedFolder) {

    /** Page jobs: one message per page, body the letter's bytes. */
    static final String PAGES = "courrier.pages";
    /** Page results: one message per page read, body the page's positioned text as JSON. */
    static final String RESULTS = "courrier.page-results";
    /** Page jobs that were delivered {@code deliveryAttempts} times without being read. */
    static final String DEAD_PAGES = "courrier.pages.dead";

    BrokerSettings {
        if (pageTimeout.toMillis() < 1000) {
            throw new IllegalArgumentException(
                    "courrier.broker.page-timeout must be one second or more: " + pageTimeout);
        }
        if (!listen.matches("tcp://[^:/]+:\\d{1,5}")) {
            throw new IllegalArgumentException("courrier.broker.listen must be tcp://HOST:PORT: " + listen);
        }
        if (!url.isEmpty() && !url.matches("(tcp|\\(tcp)://.+")) {
            throw new IllegalArgumentException(
                    "courrier.broker.url must be an Artemis URL (tcp://host:61616, or (tcp://a:61616,tcp://b:61616)): "
                            + url);
        }
    }

    static BrokerSettings from(Properties properties) {
        SettingValues p = new SettingValues(properties);
        return new BrokerSettings(
                p.text("courrier.broker.url"),
                p.text("courrier.broker.listen").isEmpty() ? "tcp://127.0.0.1:61616" : p.text("courrier.broker.listen"),
                p.text("courrier.broker.user"),
                p.text("courrier.broker.password"),
                p.text("courrier.broker.delivery-attempts").isEmpty()
                        ? 3
                        : p.whole("courrier.broker.delivery-attempts", 1, 100),
                p.text("courrier.broker.redelivery-delay").isEmpty()
                        ? Duration.ofSeconds(1)
                        : p.duration("courrier.broker.redelivery-delay"),
                p.text("courrier.broker.max-queued-pages").isEmpty()
                        ? 200
                        : p.whole("courrier.broker.max-queued-pages", 1, 1_000_000),
                p.text("courrier.broker.page-timeout").isEmpty()
                        ? Duration.ofMinutes(5)
                        : p.duration("courrier.broker.page-timeout"),
                p.text("courrier.broker.shared-folder"));
    }

    /** The folder page bytes go through, when the settings name one; else they travel on the broker. */
    Optional<Path> shared() {
        return sharedFolder.isBlank() ? Optional.empty() : Optional.of(Path.of(sharedFolder));
    }

    /** Whether the intake embeds the broker (no {@code courrier.broker.url} given). */
    boolean embedded() {
        return url.isEmpty();
    }

    /** The URL clients connect to. */
    String connectTo() {
        return url.isEmpty() ? listen : url;
    }
}
