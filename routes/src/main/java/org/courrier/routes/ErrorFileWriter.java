package org.courrier.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code NAME.error.json} into the failed folder for a file whose exchange failed, before the file consumer
 * moves the file beside it: original file name, reason code, what to do, message, time and attempts. {@code NAME}
 * is a name no other file in the folder has (see {@link ArchiveNames}), set as {@link LetterRouteSteps#FAILED_TO}
 * for the file consumer. A failure that is not the letter's (a full disk, a folder refusing writes, the state
 * database unreachable) writes no error file: pickup pauses and the letter goes back into the inbox.
 *
 * <p>Thread-safe.
 */
final class ErrorFileWriter {

    /** Code for a failure that is not a {@link CourrierException}: a defect in Courrier itself. */
    static final String INTERNAL = "INTERNAL_ERROR";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Logger LOG = LoggerFactory.getLogger("org.courrier.letters");

    private final Path failed;
    private final LetterRouteSteps steps;
    private final Telemetry telemetry;
    private final Clock clock;
    private final DiskSpace disk;
    private final StateOutage outage;

    ErrorFileWriter(
            Path failed, LetterRouteSteps steps, Telemetry telemetry, Clock clock, DiskSpace disk, StateOutage outage) {
        this.disk = disk;
        this.outage = outage;
        this.failed = failed;
        this.steps = steps;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    /**
     * The installation is broken: every later letter would fail the same way. Pickup stops at once (the filter
     * refuses everything, health turns DOWN with the reason), then the letters route is stopped from another thread
     * (stopping waits for this very exchange). Files waiting stay in the inbox, untouched.
     */
    private void stopPickup(CamelContext context, Path file, Reason reason, String message) {
        telemetry.environmentBroken(reason + ": " + message);
        LOG.error(
                "PICKUP STOPPED - the installation is broken ({}) while reading {}: {}. Fix the installation (the "
                        + "message names what is missing: native library, OCR language data, permissions), then restart "
                        + "courrier; files waiting stay in the inbox; bring this one back with: courrier replay {}",
                reason,
                file.getFileName(),
                message,
                file.getFileName());
        Thread stopper = new Thread(
                () -> {
                    try {
                        context.getRouteController().stopRoute(LetterRoute.ROUTE_ID);
                    } catch (Exception e) {
                        LOG.warn("could not stop the letters route: {}", e.getMessage());
                    }
                },
                "courrier-pickup-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    void write(Exchange exchange) {
        Path file = LetterRouteSteps.file(exchange);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (DiskSpace.isDiskFull(cause)) {
            // not the letter's fault: it waits in the inbox while pickup is paused, and is read when space is back
            LOG.error("letter {}: a write failed for want of disk space: {}", file.getFileName(), cause.getMessage());
            disk.full();
            steps.returnToInbox(exchange);
            return;
        }
        if (StateOutage.isOutage(cause)) {
            // neither: the letter is read again once the state database answers
            LOG.error("letter {}: the state database is unreachable: {}", file.getFileName(), cause.getMessage());
            outage.lost(cause);
            steps.returnToInbox(exchange);
            return;
        }
        if (disk.refusesWrites(cause)) {
            LOG.error(
                    "letter {}: a folder of the service refuses writes: {}",
                    file.getFileName(),
                    telemetry.pausedReason(DiskSpace.PAUSE));
            steps.returnToInbox(exchange);
            return;
        }
        Reason reason = cause instanceof CourrierException ce ? ce.reason() : null;
        Integer crashes = exchange.getProperty(LetterRouteSteps.CRASHES, Integer.class);
        int attempts = crashes != null
                ? crashes
                : exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) + 1;
        ObjectNode error = JSON.createObjectNode();
        error.put("file", file.getFileName().toString());
        error.put("id", exchange.getIn().getHeader(LetterRouteSteps.ID, String.class));
        error.put("code", reason != null ? reason.name() : INTERNAL);
        error.put("action", reason != null ? reason.action().name() : Reason.Action.QUARANTINE.name());
        error.put("message", cause == null ? "unknown failure" : String.valueOf(cause.getMessage()));
        error.put("time", clock.instant().toString());
        error.put("attempts", attempts);
        steps.archiveTo(exchange, LetterRouteSteps.FAILED_TO, failed);
        String archived = exchange.getProperty(LetterRouteSteps.FAILED_TO, String.class);
        Path target = Path.of(archived + ArchiveNames.ERROR_SUFFIX);
        Path tmp = null;
        try {
            Files.createDirectories(failed);
            tmp = Files.createTempFile(failed, ".error-", ".tmp");
            JSON.writeValue(tmp.toFile(), error);
            // the reserved name is free: nothing is replaced
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp); // gone once moved; never left behind when the move failed
                } catch (IOException e) {
                    LOG.warn("could not remove {}: {}", tmp, e.getMessage());
                }
            }
        }
        telemetry.letterFailed();
        if (reason != null && reason.action() == Reason.Action.STOP) {
            stopPickup(exchange.getContext(), file, reason, cause.getMessage());
        } else {
            LOG.warn(
                    "failed {}: {} after {} attempt(s): {}",
                    file.getFileName(),
                    error.get("code").asText(),
                    attempts,
                    error.get("message").asText(),
                    reason == null ? cause : null);
        }
    }
}
