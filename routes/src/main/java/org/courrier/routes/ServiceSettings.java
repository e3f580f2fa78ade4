package org.courrier.routes;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The service's own settings (folders, pickup, retries, delivery, state, HTTP), read once from the merged
 * properties and validated: a bad value fails naming the setting and what is allowed. Folders are absolute.
 */
record ServiceSettings(Path inbox, Path outbox, Path data, Path done, Path failed, Path duplicates, Path undelivered,
                       Pickup pickup, int lettersInFlight, int retryAttempts, Duration retryDelay, int crashLimit,
                       List<String> deliverTo, int deliverAttempts, Duration deliverDelay,
                       String stateUrl, String stateUser, String statePassword,
                       String httpHost, int httpPort, Duration progressInterval) {

    /** When a file in the inbox is taken. */
    record Pickup(Duration pollInterval, Duration stableFor, Duration minAge, boolean recursive) {
    }

    ServiceSettings {
        deliverTo = List.copyOf(deliverTo);
        if (inbox.equals(outbox)) {
            throw new IllegalArgumentException("courrier.inbox and courrier.outbox must be different folders: " + inbox);
        }
        for (Path p : List.of(done, failed, duplicates)) {
            if (pickup.recursive() && p.startsWith(inbox)) {
                throw new IllegalArgumentException(
                        "courrier.done, courrier.failed and courrier.duplicates must lie outside a recursively watched inbox: " + p);
            }
        }
    }

    static ServiceSettings from(Properties p) {
        Path inbox = folder(p, "courrier.inbox");
        Path outbox = folder(p, "courrier.outbox");
        Path data = folder(p, "courrier.data");
        Pickup pickup = new Pickup(positive(p, "courrier.pickup.poll-interval"), duration(p, "courrier.pickup.stable-for"),
                duration(p, "courrier.pickup.min-age"), bool(p, "courrier.pickup.recursive"));
        List<String> targets = Arrays.stream(p.getProperty("courrier.deliver.to", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String t : targets) {
            if (!t.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.+")) {
                throw new IllegalArgumentException("courrier.deliver.to must list Camel endpoint URIs (scheme:...): " + t);
            }
        }
        String url = text(p, "courrier.state.url");
        if (url.isEmpty()) {
            // every commit reaches the file at once: a killed process must not forget an attempt
            url = "jdbc:h2:file:" + data.resolve("state").resolve("courrier") + ";WRITE_DELAY=0";
        } else if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("courrier.state.url must be a jdbc:postgresql: or jdbc:h2: URL: " + url);
        }
        int port = whole(p, "courrier.http.port", -1, 65535);
        return new ServiceSettings(inbox, outbox, data,
                folderOr(p, "courrier.done", data.resolve("done")), folderOr(p, "courrier.failed", data.resolve("failed")),
                folderOr(p, "courrier.duplicates", data.resolve("duplicates")),
                folderOr(p, "courrier.undelivered", outbox.resolve("undelivered")), pickup,
                whole(p, "courrier.letters-in-flight", 1, 64), whole(p, "courrier.retry.attempts", 0, 20),
                duration(p, "courrier.retry.delay"), whole(p, "courrier.crash-limit", 1, 100), targets,
                whole(p, "courrier.deliver.attempts", 1, 100), duration(p, "courrier.deliver.delay"),
                url, text(p, "courrier.state.user"), text(p, "courrier.state.password"),
                text(p, "courrier.http.host").isEmpty() ? "0.0.0.0" : text(p, "courrier.http.host"), port,
                positive(p, "courrier.progress.interval"));
    }

    /** The values Camel's {{placeholders}} read: folders as absolute paths, durations in milliseconds. */
    Properties placeholders() {
        Properties p = new Properties();
        p.setProperty("courrier.inbox", inbox.toString());
        p.setProperty("courrier.outbox", outbox.toString());
        p.setProperty("courrier.done", done.toString());
        p.setProperty("courrier.failed", failed.toString());
        p.setProperty("courrier.duplicates", duplicates.toString());
        p.setProperty("courrier.undelivered", undelivered.toString());
        p.setProperty("courrier.pickup.poll-ms", Long.toString(pickup.pollInterval().toMillis()));
        p.setProperty("courrier.pickup.recursive", Boolean.toString(pickup.recursive()));
        p.setProperty("courrier.progress.interval-ms", Long.toString(progressInterval.toMillis()));
        p.setProperty("courrier.letters-in-flight", Integer.toString(lettersInFlight));
        return p;
    }

    private static String text(Properties p, String key) {
        return p.getProperty(key, "").trim();
    }

    private static Path folder(Properties p, String key) {
        String v = text(p, key);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(key + " is not set (a folder path)");
        }
        return Path.of(v).toAbsolutePath().normalize();
    }

    private static Path folderOr(Properties p, String key, Path fallback) {
        return text(p, key).isEmpty() ? fallback : folder(p, key);
    }

    private static int whole(Properties p, String key, int min, int max) {
        try {
            int v = Integer.parseInt(text(p, key));
            if (v < min || v > max) {
                throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ": " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + p.getProperty(key), e);
        }
    }

    private static boolean bool(Properties p, String key) {
        String v = text(p, key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false: " + v);
        }
        return Boolean.parseBoolean(v);
    }

    private static Duration duration(Properties p, String key) {
        try {
            Duration d = Duration.parse(text(p, key));
            if (d.isNegative()) {
                throw new IllegalArgumentException(key + " must not be negative: " + d);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT2S: " + p.getProperty(key), e);
        }
    }

    private static Duration positive(Properties p, String key) {
        Duration d = duration(p, key);
        if (d.isZero()) {
            throw new IllegalArgumentException(key + " must be longer than zero");
        }
        return d;
    }
}
