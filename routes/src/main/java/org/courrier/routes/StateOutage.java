package org.courrier.routes;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pauses pickup while the state database cannot be reached (a PostgreSQL server stopped, restarting or cut off), and
 * resumes it when the database answers again. A letter that met the outage is not the letter's fault: it goes back
 * into the inbox (never to {@code failed/}) and is read again after the pause; files not yet taken stay in the inbox
 * untouched, and {@link Telemetry#stopReason()} (health) says why pickup waits.
 *
 * <p>Thread-safe.
 */
final class StateOutage {

    /** Names {@link Telemetry#pause} this class's pause by. */
    static final String PAUSE = "state";

    private static final Logger LOG = LoggerFactory.getLogger("org.courrier.letters");
    /** How often, at most, the database is asked whether it is back. */
    private static final long PROBE_EVERY_NANOS = 1_000_000_000L;

    private final String url;
    private final BooleanSupplier reachable;
    private final Telemetry telemetry;
    private final LongSupplier nanoTime;
    private boolean down;
    private long probed;

    /**
     * @param url       the state database, as {@code courrier.state.url} names it (for the reason)
     * @param reachable whether the database answers now (may wait for the pool's connection timeout)
     */
    StateOutage(String url, BooleanSupplier reachable, Telemetry telemetry, LongSupplier nanoTime) {
        this.url = url;
        this.reachable = reachable;
        this.telemetry = telemetry;
        this.nanoTime = nanoTime;
    }

    /**
     * Whether {@code failure} (or one of its causes) says the database could not be reached or the connection was
     * lost: SQLState class 08 (connection exception), 57P01-57P03 (the server shutting down, crashed or starting),
     * or the JDBC connection exception types (a pool that timed out waiting for a connection among them).
     */
    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.matches("57P0[123]")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A letter met the outage: pickup pauses until the database answers again. */
    synchronized void lost(Throwable cause) {
        String reason = "STATE_DATABASE_UNREACHABLE: courrier.state.url (" + url + "): " + cause.getMessage()
                + "; pickup paused, files stay in the inbox until the database answers again";
        if (!down) {
            LOG.error("PICKUP PAUSED - {}. Pickup resumes by itself once the database is back.", reason);
        }
        down = true;
        probed = nanoTime.getAsLong();
        telemetry.pause(PAUSE, reason);
    }

    /**
     * Whether pickup may take a letter as far as the state database goes: while paused, asks the database at most
     * once a second whether it is back, and resumes pickup when it is.
     */
    synchronized boolean ok() {
        if (!down) {
            return true;
        }
        long now = nanoTime.getAsLong();
        if (now - probed < PROBE_EVERY_NANOS) {
            return false;
        }
        probed = now;
        if (!reachable.getAsBoolean()) {
            probed = nanoTime.getAsLong();
            return false;
        }
        down = false;
        telemetry.resume(PAUSE);
        LOG.info("pickup resumed: the state database answers again");
        return true;
    }
}
