package org.courrier.routes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps a second service off the folders and the state database one service works: an exclusive file lock on
 * {@code .courrier.lock} in the inbox and in the data folder (released by the operating system when the process
 * dies, even by SIGKILL), and for a PostgreSQL state database a session-level advisory lock held on a connection of
 * its own (released by the server when that session ends). A lock another service holds fails the start naming the
 * setting. The PostgreSQL lock is checked every few seconds: when the server restarted and the session was lost it
 * is taken again; when another service took it meanwhile, pickup stops (health says why).
 *
 * <p>Thread-safe.
 */
final class ServiceLocks implements AutoCloseable {

    /** Name of the lock file in the inbox and the data folder (hidden: never taken for a letter). */
    static final String LOCK_FILE = ".courrier.lock";
    /** The advisory lock key: "courrier" in ASCII. One service per PostgreSQL database. */
    static final long ADVISORY_KEY = 0x636f757272696572L;

    private static final Logger LOG = LoggerFactory.getLogger(ServiceLocks.class);

    private final Deque<AutoCloseable> held = new ArrayDeque<>();

    /**
     * Locks {@code folder} for this process; fails naming {@code key} when another service holds it. The lock file
     * stays when the service stops (removing it would let a service starting meanwhile lock a file no longer there).
     */
    synchronized void folder(String key, Path folder) {
        Path file = folder.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IllegalStateException(key + ": cannot make the lock file " + file + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this very process holds it: another service in the same JVM
        } catch (IOException e) {
            close(channel);
            throw new IllegalStateException(key + ": cannot lock " + file + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            String holder = holder(file);
            close(channel);
            throw new IllegalStateException(key + ": another courrier service is working " + folder + " (it holds "
                    + file + (holder.isEmpty() ? "" : ": " + holder) + "); one service per folder");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(
                    ("courrier pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.debug("could not note the pid in {}: {}", file, e.getMessage());
        }
        held.push(channel); // closing the channel releases the lock
    }

    /**
     * Takes the PostgreSQL advisory lock of the state database {@code url} (other databases have their own: H2's
     * file lock and the data folder's keep a second service off an embedded one); fails naming
     * {@code courrier.state.url} when another service holds it. {@code lost} is told when the lock is found taken by
     * another service after a lost session.
     */
    synchronized void database(String url, String user, String password, java.util.function.Consumer<String> lost) {
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        AdvisoryLock lock = new AdvisoryLock(url, user, password, lost);
        lock.take();
        held.push(lock);
    }

    @Override
    public synchronized void close() {
        while (!held.isEmpty()) {
            close(held.pop());
        }
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("closing a lock: {}", e.getMessage());
        }
    }

    /** A session-level advisory lock on a connection of its own, taken again after the session is lost. */
    private static final class AdvisoryLock implements AutoCloseable {

        private final String url;
        private final String user;
        private final String password;
        private final java.util.function.Consumer<String> lost;
        private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "courrier-state-lock");
            t.setDaemon(true);
            return t;
        });
        private Connection session;
        private boolean gone;

        AdvisoryLock(String url, String user, String password, java.util.function.Consumer<String> lost) {
            this.url = url;
            this.user = user;
            this.password = password;
            this.lost = lost;
        }

        /** Takes the lock at start: fails naming the setting. Then checks it every 5 s. */
        void take() {
            try {
                if (!lock()) {
                    throw new IllegalStateException(taken());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "courrier.state.url: cannot lock the state database " + url + ": " + e.getMessage(), e);
            }
            watch.scheduleWithFixedDelay(this::check, 5, 5, TimeUnit.SECONDS);
        }

        private String taken() {
            return "courrier.state.url: another courrier service is working the state database " + url
                    + " (it holds the advisory lock " + ADVISORY_KEY + "); one service per state database";
        }

        private synchronized boolean lock() throws SQLException {
            Connection c = DriverManager.getConnection(url, user, password);
            try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                s.setLong(1, ADVISORY_KEY);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getBoolean(1)) {
                        session = c;
                        return true;
                    }
                }
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            c.close();
            return false;
        }

        private synchronized void check() {
            if (gone) {
                return;
            }
            try {
                if (session != null && session.isValid(2)) {
                    return;
                }
                if (session != null) {
                    session.close();
                    session = null;
                    LOG.warn("the state database session holding the service's lock was lost; taking it again");
                }
                if (!lock()) {
                    gone = true;
                    LOG.error("PICKUP STOPPED - {}", taken());
                    lost.accept(taken());
                } else {
                    LOG.info("state database lock taken again");
                }
            } catch (SQLException e) {
                LOG.debug("state database not reachable for its lock: {}", e.getMessage());
            }
        }

        @Override
        public synchronized void close() throws SQLException {
            gone = true;
            watch.shutdownNow();
            if (session != null) {
                session.close();
            }
        }
    }
}
