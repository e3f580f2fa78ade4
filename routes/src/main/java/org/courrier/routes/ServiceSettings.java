package org.courrier.routes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.courrier.extract.pipeline.SettingValues;

/**
 * The service's own settings (folders, pickup, retries, delivery, state, HTTP), read once from the merged
 * properties and validated: a bad value fails naming the setting and what is allowed. Folders are absolute.
 */
public record ServiceSettings(
        Path inbox,
        Path outbox,
        Path data,
        Path done,
        Path failed,
        Path duplicates,
        Path undelivered,
        Pickup pickup,
        int lettersInFlight,
        int retryAttempts,
        Duration retryDelay,
        int crashLimit,
        List<String> deliverTo,
        int deliverAttempts,
        Duration deliverDelay,
        String stateUrl,
        String stateUser,
        String statePassword,
        String httpHost,
        int httpPort,
        Duration progressInterval) {

    /** When a file in the inbox is taken. */
    record Pickup(Duration pollInterval, Duration stableFor, Duration minAge, boolean recursive) {}

    public ServiceSettings {
        deliverTo = List.copyOf(deliverTo);
        if (inbox.equals(outbox)) {
            throw new IllegalArgumentException(
                    "courrier.inbox and courrier.outbox must be different folders: " + inbox);
        }
        if (pickup.recursive()) {
            // a folder the service writes into, inside a recursively watched inbox, would be read again as letters
            folders(inbox, outbox, data, done, failed, duplicates, undelivered).forEach((key, folder) -> {
                if (!key.equals("courrier.inbox") && folder.startsWith(inbox)) {
                    throw new IllegalArgumentException(key + " (" + folder + ") lies inside courrier.inbox (" + inbox
                            + "), which is watched with its subfolders (courrier.pickup.recursive=true): what the "
                            + "service writes there would be read again as letters; choose a folder outside the inbox");
                }
            });
        } else {
            folders(inbox, outbox, data, done, failed, duplicates, undelivered).forEach((key, folder) -> {
                if (!key.equals("courrier.inbox") && folder.equals(inbox)) {
                    throw new IllegalArgumentException(key + " and courrier.inbox must be different folders: " + inbox);
                }
            });
        }
    }

    /**
     * Every folder the service works in, by the setting that names it (a folder left blank is named by its own
     * setting too: {@code courrier.done} is {@code courrier.data/done} unless set).
     */
    java.util.Map<String, Path> folders() {
        return folders(inbox, outbox, data, done, failed, duplicates, undelivered);
    }

    private static java.util.Map<String, Path> folders(
            Path inbox, Path outbox, Path data, Path done, Path failed, Path duplicates, Path undelivered) {
        java.util.Map<String, Path> folders = new java.util.LinkedHashMap<>();
        folders.put("courrier.inbox", inbox);
        folders.put("courrier.outbox", outbox);
        folders.put("courrier.data", data);
        folders.put("courrier.done", done);
        folders.put("courrier.failed", failed);
        folders.put("courrier.duplicates", duplicates);
        folders.put("courrier.undelivered", undelivered);
        return folders;
    }

    /** Reads and validates the service settings; a bad value fails naming its key. */
    public static ServiceSettings from(Properties properties) {
        SettingValues p = new SettingValues(properties);
        Path inbox = p.folder("courrier.inbox");
        Path outbox = p.folder("courrier.outbox");
        Path data = p.folder("courrier.data");
        Pickup pickup = new Pickup(
                p.positive("courrier.pickup.poll-interval"),
                p.duration("courrier.pickup.stable-for"),
                p.duration("courrier.pickup.min-age"),
                p.bool("courrier.pickup.recursive"));
        List<String> targets = Arrays.stream(p.text("courrier.deliver.to").split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        for (String t : targets) {
            if (!t.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.+")) {
                throw new IllegalArgumentException(
                        "courrier.deliver.to must list Camel endpoint URIs (scheme:...): " + t);
            }
        }
        String url = p.text("courrier.state.url");
        if (url.isEmpty()) {
            // every commit reaches the file at once: a killed process must not forget an attempt
            url = "jdbc:h2:file:" + data.resolve("state").resolve("courrier") + ";WRITE_DELAY=0";
        } else if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("courrier.state.url must be a jdbc:postgresql: or jdbc:h2: URL: " + url);
        }
        int port = p.whole("courrier.http.port", -1, 65535);
        return new ServiceSettings(
                inbox,
                outbox,
                data,
                p.folderOr("courrier.done", data.resolve("done")),
                p.folderOr("courrier.failed", data.resolve("failed")),
                p.folderOr("courrier.duplicates", data.resolve("duplicates")),
                p.folderOr("courrier.undelivered", outbox.resolve("undelivered")),
                pickup,
                p.whole("courrier.letters-in-flight", 1, 64),
                p.whole("courrier.retry.attempts", 0, 20),
                p.duration("courrier.retry.delay"),
                p.whole("courrier.crash-limit", 1, 100),
                targets,
                p.whole("courrier.deliver.attempts", 1, 100),
                p.duration("courrier.deliver.delay"),
                url,
                p.text("courrier.state.user"),
                p.text("courrier.state.password"),
                p.text("courrier.http.host").isEmpty() ? "127.0.0.1" : p.text("courrier.http.host"),
                port,
                p.positive("courrier.progress.interval"));
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
        p.setProperty(
                "courrier.pickup.poll-ms", Long.toString(pickup.pollInterval().toMillis()));
        p.setProperty("courrier.pickup.recursive", Boolean.toString(pickup.recursive()));
        p.setProperty("courrier.progress.interval-ms", Long.toString(progressInterval.toMillis()));
        p.setProperty("courrier.letters-in-flight", Integer.toString(lettersInFlight));
        return p;
    }
}
