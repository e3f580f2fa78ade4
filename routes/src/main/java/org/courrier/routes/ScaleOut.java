package org.courrier.routes;

import jakarta.jms.Connection;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.time.Clock;
import java.util.Deque;
import java.util.Enumeration;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.main.Main;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.apache.camel.processor.aggregate.jdbc.PostgresAggregationRepository;
import org.courrier.extract.pipeline.CourrierSettings;
import org.courrier.ingest.Intake;
import org.courrier.routes.store.RecordStore;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jms.connection.CachingConnectionFactory;

/** Puts the intake role together: its broker (embedded or not), JMS components, aggregator state and routes. */
final class ScaleOut {

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
        JdbcAggregationRepository repository = postgres
                ? new PostgresAggregationRepository(
                        new DataSourceTransactionManager(data), IntakeRoutes.REPOSITORY, data)
                : new JdbcAggregationRepository(new DataSourceTransactionManager(data), IntakeRoutes.REPOSITORY, data);
        repository.setUseRecovery(true);
        repository.setRecoveryInterval(5000);
        return repository;
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
