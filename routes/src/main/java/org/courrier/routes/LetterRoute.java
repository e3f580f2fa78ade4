package org.courrier.routes;

import org.apache.camel.Exchange;
import org.apache.camel.builder.Builder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.courrier.document.CourrierException;
import org.courrier.document.Reason;

/**
 * Inbox to outbox: takes steady files, sets duplicates aside (a record already produced, or the same content in
 * flight), reads each letter into a record, keeps it in the record store, writes it atomically to the outbox, hands
 * it to the delivery routes, then the file consumer moves the source to {@code done/YYYY/MM/DD} (or
 * {@code duplicates/}); a failure writes {@code NAME.error.json} and moves the source to {@code failed/}. Every
 * destination name is unique ({@link ArchiveNames}): nothing the service was given replaces another file.
 */
final class LetterRoute extends RouteBuilder {

    static final String ROUTE_ID = "letters";
    /** Registry name of the {@link SeenRepository}. */
    static final String SEEN = "seenRecords";
    /** Registry name of the {@link SteadyFileFilter}. */
    static final String FILTER = "steadyFiles";
    /** Registry name of the file consumer's in-progress repository, which the {@link SteadyFileFilter} reads too. */
    static final String IN_PROGRESS = "filesInProgress";

    private final ServiceSettings settings;
    private final LetterRouteSteps steps;
    private final ErrorFileWriter failures;

    LetterRoute(ServiceSettings settings, LetterRouteSteps steps, ErrorFileWriter failures) {
        this.settings = settings;
        this.steps = steps;
        this.failures = failures;
    }

    /**
     * The inbox as both the single process and the scale-out intake take it: steady files only, each file once at a
     * time, oldest first, moved where the letter's steps say once it is done or failed.
     */
    static final String INBOX = "file:{{courrier.inbox}}?filter=#steadyFiles&inProgressRepository=#" + IN_PROGRESS
            + "&recursive={{courrier.pickup.recursive}}&delay={{courrier.pickup.poll-ms}}"
            + "&readLock=none&sortBy=file:modified"
            + "&move=${exchangeProperty." + LetterRouteSteps.MOVE_TO + "}"
            + "&moveFailed=${exchangeProperty." + LetterRouteSteps.FAILED_TO + "}";

    /**
     * What a letter route does with a failure: a RETRY reason is tried again with back-off (a state database outage
     * is not: pickup pauses until it is back, see {@link StateOutage}); anything else, or retries spent, is written
     * to the failed folder with its reason.
     */
    static void failurePolicy(RouteBuilder routes, ServiceSettings settings, ErrorFileWriter failures) {
        routes.onException(CourrierException.class)
                .onWhen(e -> e.getProperty(Exchange.EXCEPTION_CAUGHT, CourrierException.class)
                                        .reason()
                                        .action()
                                == Reason.Action.RETRY
                        && !StateOutage.isOutage(e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)))
                .maximumRedeliveries(settings.retryAttempts())
                .redeliveryDelay(settings.retryDelay().toMillis())
                .useExponentialBackOff()
                .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN)
                .logExhausted(false)
                .process(failures::write);
        routes.onException(Exception.class).logExhausted(false).process(failures::write);
    }

    /**
     * A letter taken once: its twin already in flight, or a content already recorded, is filed as a duplicate and goes
     * no further; what follows runs for a new letter only.
     */
    static ProcessorDefinition<?> admittedOnce(ProcessorDefinition<?> taken, LetterRouteSteps steps) {
        return taken.process(steps::begin)
                .filter(Builder.exchangeProperty(LetterRouteSteps.TWIN_IN_FLIGHT)
                        .isEqualTo(true))
                .process(steps::duplicate)
                .stop()
                .end()
                .idempotentConsumer(Builder.header(LetterRouteSteps.ID))
                .idempotentRepository(SEEN)
                .eager(false)
                .skipDuplicate(false)
                .filter(Builder.exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                .process(steps::duplicate)
                .stop()
                .end();
    }

    @Override
    public void configure() {
        // a state database outage is not retried here: pickup pauses until it is back (see StateOutage)
        failurePolicy(this, settings, failures);

        RouteDefinition route = from(INBOX)
                .routeId(ROUTE_ID)
                // started by the service once everything else runs (see CourrierService.start)
                .autoStartup(false);
        // several letters in flight; when all are busy the poller reads one itself instead of queueing the backlog
        ProcessorDefinition<?> body = admittedOnce(
                        route.threads(settings.lettersInFlight(), settings.lettersInFlight())
                                .maxQueueSize(1)
                                .rejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns)
                                .threadName("courrier-letter"),
                        steps)
                .process(steps::read)
                .process(steps::keep)
                .process(LetterRouteSteps::stageStarts)
                // the temporary name is short whatever the letter's name (tempPrefix would put the source's name in it)
                .to("file:{{courrier.outbox}}?tempFileName=" + LetterRouteSteps.TEMP_PREFIX
                        + "${exchangeId}.json&fileExist=Override")
                .process(e -> steps.stageEnded(e, Telemetry.Stage.OUTBOX));
        if (!settings.deliverTo().isEmpty()) {
            // each endpoint gets its own copy through its own route: one endpoint's failure cannot stop the others
            body = body.process(LetterRouteSteps::stageStarts)
                    .process(DeliveryRoute.toEach(settings.deliverTo().size()))
                    .process(e -> steps.stageEnded(e, Telemetry.Stage.DELIVER));
        }
        body.process(steps::done);
    }
}
