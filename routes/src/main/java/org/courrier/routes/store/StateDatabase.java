package org.courrier.routes.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's database: a HikariCP connection pool on embedded H2 or PostgreSQL, brought to the newest schema by
 * the Flyway migrations in {@code db/migration} when it opens.
 *
 * <p>A database the release before Flyway left behind (its tables but no schema history) is baselined at version 0,
 * below every migration, so that all of them run on it; V1 is written to be idempotent for that reason. Baselining
 * at 1 instead would trust that such a database has exactly V1's shape, which the first release's (no
 * {@code owner} column) does not.
 *
 * <p>Thread-safe.
 */
public final class StateDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StateDatabase.class);
    /** Connections: the letters in flight, the delivery routes and the review screen share them. */
    private static final int POOL_SIZE = 8;

    private final HikariDataSource pool;

    private StateDatabase(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * Opens the pool and migrates the schema; fails naming the setting {@code courrier.state.url} and the reason.
     */
    public static StateDatabase open(String url, String user, String password) {
        recover(url, user, password);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(owned(url));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("courrier-state");
        // fail at once, with the driver's reason, when the database cannot be reached
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "courrier.state.url: cannot open the state database " + url + ": " + rootMessage(e), e);
        }
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of(
                            "long_text",
                            url.startsWith("jdbc:h2:") ? "CHARACTER LARGE OBJECT" : "TEXT",
                            "bytes",
                            url.startsWith("jdbc:h2:") ? "BLOB" : "BYTEA"))
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("state tables made before Flyway")
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info(
                        "state database {} migrated to schema version {} ({} migration(s))",
                        url,
                        result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (FlywayException | IllegalStateException e) {
            pool.close();
            throw new IllegalStateException(
                    "courrier.state.url: cannot migrate the state database " + url + ": " + rootMessage(e), e);
        }
        return new StateDatabase(pool);
    }

    /**
     * Opens an embedded H2 file database once on its own and shuts it down cleanly before the pool opens it, so that
     * each process starts from a cleanly closed store. A process that halted or was killed (the crash-loop guard
     * counts on exactly that) leaves the file unclosed; when the next process worked on such a file straight away
     * and died in turn, its committed claim was found in the file but rolled back when the file was opened again
     * (CrashTest: the third crash's attempt count lost, the poison file read a fourth time). Closing the recovered
     * store cleanly first, as opening and closing it with H2's Shell between runs did, keeps every committed claim.
     * Nothing to do for PostgreSQL, an in-memory H2 database or an H2 server other processes may use.
     */
    static void recover(String url, String user, String password) {
        String u = url.toLowerCase(Locale.ROOT);
        if (!u.startsWith("jdbc:h2:")
                || u.startsWith("jdbc:h2:mem:")
                || u.startsWith("jdbc:h2:tcp:")
                || u.startsWith("jdbc:h2:ssl:")
                || u.contains("auto_server=true")) {
            return;
        }
        try (Connection c = DriverManager.getConnection(owned(url), user, password);
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "courrier.state.url: cannot open the state database " + url + ": " + rootMessage(e), e);
        }
    }

    /**
     * An embedded H2 database is closed by this object, after the letters in flight have finished, not by H2's own
     * shutdown hook, which would close it under them when the service is stopped with SIGTERM.
     */
    static String owned(String url) {
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
            return url + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        return url;
    }

    /** The pool: borrow a connection per unit of work and close it to give it back. */
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }
}
