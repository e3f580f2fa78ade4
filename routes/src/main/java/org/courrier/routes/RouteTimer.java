package org.courrier.routes;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Camel's route metrics in the Micrometer registry: {@code courrier_route_seconds{route, outcome}}, the time of each
 * exchange from its creation to its completion, by the route it started in and whether it failed.
 *
 * <p>Thread-safe.
 */
final class RouteTimer extends EventNotifierSupport {

    private final MeterRegistry registry;

    RouteTimer(MeterRegistry registry) {
        this.registry = registry;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        String route = exchange.getFromRouteId();
        if (route == null) {
            return;
        }
        Timer.builder("courrier.route")
                .description("Time of each exchange of a Camel route, from its creation to its completion")
                .tag("route", route)
                .tag("outcome", event instanceof CamelEvent.ExchangeFailedEvent ? "failed" : "completed")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry)
                .record(exchange.getClock().elapsed(), TimeUnit.MILLISECONDS);
    }
}
