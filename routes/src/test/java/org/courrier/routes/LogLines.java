package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** The messages one logger writes during a test, to wait for and assert on. Detach with {@link #close}. */
final class LogLines extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Logger logger;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();

    private LogLines(Logger logger) {
        this.logger = logger;
    }

    static LogLines of(String loggerName) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        LogLines capture = new LogLines(logger);
        capture.setContext(logger.getLoggerContext());
        capture.start();
        logger.addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        lines.add(event.getFormattedMessage());
    }

    /** Waits for the next message matching; fails when none comes within a minute. */
    String await(String what, Predicate<String> matching) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(line).as("waiting for " + what + " after " + all).isNotNull();
            all.add(line);
            if (matching.test(line)) {
                return line;
            }
        }
    }

    /** Every message written so far, without waiting. */
    List<String> drain() {
        lines.drainTo(all);
        return List.copyOf(all);
    }

    /** Every message taken so far by {@link #await}. */
    List<String> seen() {
        return List.copyOf(all);
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        stop();
    }
}
