package org.courrier.routes;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
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
    private final ServiceSettings settings;
    private final Telemetry telemetry;

    DeliveryRoute(ServiceSettings settings, Telemetry telemetry) {
        this.settings = settings;
        this.telemetry = telemetry;
    }

    /** The direct endpoints the letter route multicasts to. */
    static String[] endpoints(int targets) {
        return IntStream.rangeClosed(1, targets).mapToObj(i -> "direct:deliver-" + i).toArray(String[]::new);
    }

    @Override
    public void configure() {
        List<String> targets = settings.deliverTo();
        for (int i = 1; i <= targets.size(); i++) {
            from("direct:deliver-" + i)
                    .routeId("deliver-" + i)
                    .errorHandler(deadLetterChannel(UNDELIVERED)
                            .useOriginalMessage()
                            .maximumRedeliveries(settings.deliverAttempts() - 1)
                            .redeliveryDelay(settings.deliverDelay().toMillis())
                            .useExponentialBackOff()
                            .backOffMultiplier(2)
                            .retryAttemptedLogLevel(LoggingLevel.WARN)
                            .logExhausted(false))
                    .setProperty(TARGET, constant(i))
                    .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                    .to(targets.get(i - 1));
        }
        from(UNDELIVERED)
                .routeId("undelivered")
                .process(e -> telemetry.undelivered())
                .log(LoggingLevel.ERROR, "org.courrier.delivery",
                        "undelivered ${header.CamelFileName} to ${exchangeProperty.CamelFailureEndpoint} after "
                                + settings.deliverAttempts() + " attempt(s): ${exception.message}; kept in "
                                + settings.undelivered() + "/${exchangeProperty." + TARGET + "}")
                .to("file:{{courrier.undelivered}}?tempPrefix=.writing-&fileExist=Override"
                        + "&fileName=${exchangeProperty." + TARGET + "}/${header.CamelFileName}");
    }
}
