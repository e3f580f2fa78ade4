package org.courrier.routes;

import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs progress at {@code courrier.progress.interval} while letters are waiting or in flight. */
final class ProgressRoute extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger("org.courrier.progress");
    private final Telemetry telemetry;
    private long doneBefore;
    private long failedBefore;

    ProgressRoute(Telemetry telemetry) {
        this.telemetry = telemetry;
    }

    @Override
    public void configure() {
        from("timer:progress?period={{courrier.progress.interval-ms}}&delay={{courrier.progress.interval-ms}}")
                .routeId("progress")
                .process(e -> report());
    }

    private void report() {
        long done = telemetry.lettersDone();
        long failed = telemetry.lettersFailed();
        int waiting = telemetry.waiting();
        int inFlight = telemetry.inFlight();
        if (waiting > 0 || inFlight > 0 || done != doneBefore || failed != failedBefore) {
            LOG.info(
                    "progress: {} waiting, {} in flight, {} done (+{}), {} failed (+{})",
                    waiting,
                    inFlight,
                    done,
                    done - doneBefore,
                    failed,
                    failed - failedBefore);
        }
        doneBefore = done;
        failedBefore = failed;
    }
}
