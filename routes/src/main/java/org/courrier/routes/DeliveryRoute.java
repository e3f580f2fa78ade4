package org.courrier.routes;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Sends each record to the further endpoints configured in {@code courrier.deliver.to}, one route per endpoint
 * ({@code deliver-1}, {@code deliver-2}, ...). A failing delivery is retried with doubling back-off; when it keeps
 * failing the record is kept in {@code undelivered/N/} (N the endpoint's position in the list), logged and counted
 * — never dropped. The record is already in the outbox before any delivery starts.
 */
final class DeliveryRoute extends RouteBuilder {

    static final String UNDELIVERED = "direct:undelivered";
    private static final String TARGET = "courrierTarget";
    private static final String RECORD = "courrierRecordJson";
    private static final String NAME = "courrierRecordName";
    private final ServiceSettings settings;
    private final Telemetry telemetry;

    DeliveryRoute(ServiceSettings settings, Telemetry telemetry) {
        this.settings = settings;
        this.telemetry = telemetry;
    }

    /**
     * A {@code file:} target writes each record aside and renames it into place (unless its URI already says how), so
     * that a system watching that folder never reads a record half written; other targets as given.
     */
    static String writtenWhole(String uri) {
        if (!uri.startsWith("file:") || uri.contains("tempPrefix=") || uri.contains("tempFileName=")) {
            return uri;
        }
        return uri + (uri.contains("?") ? "&" : "?") + "tempPrefix=" + LetterRouteSteps.TEMP_PREFIX;
    }

    /** Sends a copy of the exchange to each delivery route in turn; each route keeps what it cannot deliver. */
    static Processor toEach(int targets) {
        List<String> uris = IntStream.rangeClosed(1, targets)
                .mapToObj(i -> "direct:deliver-" + i)
                .toList();
        return exchange -> {
            ProducerTemplate template = exchange.getContext().createProducerTemplate();
            try {
                for (String uri : uris) {
                    Exchange copy = template.send(uri, exchange.copy());
                    if (copy.getException() != null) {
                        throw copy.getException();
                    }
                }
            } finally {
                template.close();
            }
        };
    }

    @Override
    public void configure() {
        List<String> targets = settings.deliverTo();
        for (int i = 1; i <= targets.size(); i++) {
            from("direct:deliver-" + i)
                    .routeId("deliver-" + i)
                    .errorHandler(deadLetterChannel(UNDELIVERED)
                            .maximumRedeliveries(settings.deliverAttempts() - 1)
                            .redeliveryDelay(settings.deliverDelay().toMillis())
                            .useExponentialBackOff()
                            .backOffMultiplier(2)
                            .retryAttemptedLogLevel(LoggingLevel.WARN)
                            .logExhausted(false))
                    .setProperty(TARGET, constant(i))
                    // the endpoint may replace body and headers; what to keep is saved first
                    .setProperty(RECORD, body())
                    .setProperty(NAME, header(Exchange.FILE_NAME))
                    .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                    .to(writtenWhole(targets.get(i - 1)));
        }
        from(UNDELIVERED)
                .routeId("undelivered")
                .process(e -> telemetry.undelivered())
                .setBody(exchangeProperty(RECORD))
                .setHeader(Exchange.FILE_NAME, exchangeProperty(NAME))
                .log(
                        LoggingLevel.ERROR,
                        "org.courrier.delivery",
                        "undelivered ${header.CamelFileName} to ${exchangeProperty.CamelFailureEndpoint} after "
                                + settings.deliverAttempts() + " attempt(s): ${exception.message}; kept in "
                                + settings.undelivered() + "/${exchangeProperty." + TARGET + "}")
                .to("file:{{courrier.undelivered}}?tempFileName=" + LetterRouteSteps.TEMP_PREFIX
                        + "${exchangeId}.json&fileExist=Override"
                        + "&fileName=${exchangeProperty." + TARGET + "}/${header.CamelFileName}");
    }
}
