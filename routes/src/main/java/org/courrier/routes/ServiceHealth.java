package org.courrier.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.impl.health.ContextHealthCheck;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.apache.camel.impl.health.RoutesHealthCheckRepository;

/**
 * The service's health as Camel health checks: the Camel context, every route (the letters route stopped is DOWN)
 * and pickup (DOWN with the reason when a STOP reason such as {@code ENVIRONMENT} stopped it). {@link #json} is what
 * {@code GET /health} answers: {@code {"status":"UP"}} or {@code {"status":"DOWN","reason":"..."}}, with each check.
 *
 * <p>Thread-safe.
 */
final class ServiceHealth {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CamelContext context;
    private final HealthCheck pickup;
    private final HealthCheck camel;
    private final RoutesHealthCheckRepository routes;
    private final Telemetry telemetry;

    ServiceHealth(CamelContext context, Telemetry telemetry) {
        this.context = context;
        this.telemetry = telemetry;
        this.pickup = new PickupCheck(telemetry);
        ContextHealthCheck contextCheck = new ContextHealthCheck();
        contextCheck.setCamelContext(context);
        this.camel = contextCheck;
        this.routes = new RoutesHealthCheckRepository();
        routes.setCamelContext(context);
        ((PickupCheck) pickup).setCamelContext(context);
        // also in Camel's own registry, where its console and JMX look
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        if (registry == null) {
            registry = new DefaultHealthCheckRegistry(context);
            context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        }
        registry.register(pickup);
    }

    /** The health checks' results, pickup first. */
    List<HealthCheck.Result> results() {
        List<HealthCheck.Result> results = new ArrayList<>();
        results.add(pickup.call());
        results.add(camel.call());
        routes.stream().map(HealthCheck::call).forEach(results::add);
        return results;
    }

    /** Whether every check is UP, and the JSON body of {@code /health}. */
    record Answer(boolean up, String json) {}

    Answer answer() {
        List<HealthCheck.Result> results = results();
        boolean up = results.stream().allMatch(r -> r.getState() == HealthCheck.State.UP);
        ObjectNode body = MAPPER.createObjectNode();
        body.put("status", up ? "UP" : "DOWN");
        if (!up) {
            body.put(
                    "reason",
                    results.stream()
                            .filter(r -> r.getState() != HealthCheck.State.UP)
                            .map(ServiceHealth::reason)
                            .findFirst()
                            .orElse("DOWN"));
        }
        if (context.getRoute(IntakeRoutes.ASSEMBLY_ROUTE) != null) {
            // the scale-out intake: how many workers sent a page result in the last minute
            body.put("workers", telemetry.workersSeenWithin(java.time.Duration.ofMinutes(1)));
        }
        ObjectNode checks = body.putObject("checks");
        for (HealthCheck.Result r : results) {
            ObjectNode c = checks.putObject(r.getCheck().getId());
            c.put("status", r.getState().name());
            r.getMessage().ifPresent(m -> c.put("message", m));
        }
        return new Answer(up, body.toString());
    }

    private static String reason(HealthCheck.Result r) {
        return r.getMessage()
                .orElse(r.getCheck().getId() + " is " + r.getState()
                        + r.getDetails().entrySet().stream()
                                .filter(e -> e.getKey().equals("route.status"))
                                .map(Map.Entry::getValue)
                                .map(v -> " (" + v + ")")
                                .findFirst()
                                .orElse(""));
    }

    /** DOWN with the reason when pickup was stopped by a STOP reason (the installation is broken). */
    private static final class PickupCheck extends AbstractHealthCheck {
        private final Telemetry telemetry;

        PickupCheck(Telemetry telemetry) {
            super("courrier", "pickup");
            this.telemetry = telemetry;
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
            String stop = telemetry.stopReason();
            if (stop == null) {
                builder.up();
            } else {
                builder.down().message(stop);
            }
        }
    }
}
