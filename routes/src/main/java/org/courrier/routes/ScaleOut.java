package org.courrier.routes;

import jakarta.jms.Connection;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Deque;
import java.util.Enumeration;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.main.Main;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.apache.camel.processor.aggregate.jdbc.PostgresAggregationRepository;
import org.courrier.extract.pipeline.CourrierSettings;
import org.courrier.ingest.Intake;
import org.courrier.routes.store.RecordStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jms.connection.CachingConnectionFactory;

/** Puts the intake role together: its broker (embedded or not), JMS components, aggregator state and routes. */
final class ScaleOut {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("org.courrier.letters");

    private ScaleOut() {}

    /** What the intake role adds to the service. */
    record Intake(IntakeRoutes routes, AutoCloseable broker) {}

    static Intake intake(
            Properties merged,
            ServiceSettings settings,
            CourrierSettings pipeline,
            StateStore state,
            RecordStore records,
            LetterReader reader,
            LetterRouteSteps steps,
            ErrorFileWriter failures,
            Telemetry telemetry,
            Clock clock,
            Main main,
            Deque<AutoCloseable> opened)
            throws Exception {
        BrokerSettings broker = BrokerSettings.from(merged);
        if (broker.shared().isPresent()) {
            Path folder = broker.shared().get();
            try {
                Files.createDirectories(folder);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(
                        "courrier.broker.shared-folder: cannot create " + folder + ": " + e.getMessage(), e);
            }
            LOG.info("page bytes go to the workers through the shared folder {}", folder);
        }
        EmbeddedBroker embedded = null;
        if (broker.embedded()) {
            embedded = EmbeddedBroker.start(
                    broker.listen(),
                    settings.data().resolve("broker"),
                    broker.deliveryAttempts(),
                    broker.redeliveryDelay().toMillis());
            opened.push(embedded);
        }
        ActiveMQConnectionFactory cf = PageWorker.connectionFactory(broker);
        // results are taken in a broker transaction; jobs are sent through cached sessions (one connection)
        main.bind("jms", JmsComponent.jmsComponentTransacted(cf));
        CachingConnectionFactory sending = new CachingConnectionFactory(cf);
        sending.setSessionCacheSize(4);
        main.bind("jmsout", JmsComponent.jmsComponent(sending));
        opened.push(sending::destroy);
        EmbeddedBroker local = embedded;
        IntakeRoutes.QueueDepth depth = new IntakeRoutes.QueueDepth() {
            @Override
            public long pagesWaiting() throws Exception {
                return local != null
                        ? local.depth(BrokerSettings.PAGES)
                        : browse(cf, broker.maxQueuedPages() + 1, null);
            }

            @Override
            public boolean jobsQueued(String letter) throws Exception {
                if (!letter.matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException("not a letter id: " + letter);
                }
                return browse(cf, 1, PageJobs.LETTER + " = '" + letter + "'") > 0;
            }
        };
        JdbcAggregationRepository repository =
                aggregationRepository(state.dataSource(), settings.stateUrl().startsWith("jdbc:postgresql:"));
        IntakeRoutes routes = new IntakeRoutes(
                settings,
                broker,
                steps,
                failures,
                org.courrier.ingest.Intake.create(pipeline.intake()),
                reader,
                records,
                new ArchiveNames(),
                telemetry,
                repository,
                depth,
                clock);
        return new Intake(routes, embedded);
    }

    /**
     * Camel's JDBC aggregation repository in the state database: pages gathered so far survive an intake restart,
     * and a completed letter whose record was not yet out is completed again when the intake comes back.
     */
    private static JdbcAggregationRepository aggregationRepository(DataSource data, boolean postgres) {
        // its two tables come with the state database's migrations (V6__page_assembly.sql)
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(data);
        JdbcAggregationRepository repository = postgres
                ? new PostgresAggregationRepository(transactions, IntakeRoutes.REPOSITORY, data) {
                    @Override
                    public boolean confirmWithResult(CamelContext context, String exchangeId) {
                        return !keptAsCompleted(jdbcTemplate, exchangeId)
                                || super.confirmWithResult(context, exchangeId);
                    }
                }
                : new JdbcAggregationRepository(transactions, IntakeRoutes.REPOSITORY, data) {
                    @Override
                    public boolean confirmWithResult(CamelContext context, String exchangeId) {
                        return !keptAsCompleted(jdbcTemplate, exchangeId)
                                || super.confirmWithResult(context, exchangeId);
                    }
                };
        repository.setUseRecovery(true);
        repository.setRecoveryInterval(5000);
        return repository;
    }

    /**
     * Whether a completed letter waits in the completed table. A letter whose first result completes it (a one-page
     * letter) is never kept there, and Camel's confirmation of it would log an ERROR that it found no row to delete
     * for every such letter: that confirmation is skipped instead. (Should the intake die before such a letter's
     * record is out, the lost-page check sends its page again.)
     */
    private static boolean keptAsCompleted(JdbcTemplate jdbc, String exchangeId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + IntakeRoutes.REPOSITORY + "_completed WHERE id = ?",
                Integer.class,
                exchangeId);
        if (n == null || n == 0) {
            LOG.debug("letter completed on its first result: nothing to confirm for {}", exchangeId);
            return false;
        }
        return true;
    }

    /** Counts page jobs waiting on the broker (those {@code selector} picks, or all), stopping at {@code limit}. */
    private static long browse(ActiveMQConnectionFactory cf, int limit, String selector) throws Exception {
        try (Connection c = cf.createConnection();
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            c.start();
            try (QueueBrowser b = s.createBrowser(s.createQueue(BrokerSettings.PAGES), selector)) {
                Enumeration<?> e = b.getEnumeration();
                long n = 0;
                while (n < limit && e.hasMoreElements()) {
                    e.nextElement();
                    n++;
                }
                return n;
            }
        }
    }
}
