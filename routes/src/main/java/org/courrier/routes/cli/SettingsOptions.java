package org.courrier.routes.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.courrier.routes.ConfigLayers;
import picocli.CommandLine.Option;

/**
 * The settings flags shared by {@code run}, {@code extract} and {@code replay}. Each named flag sets one setting;
 * values are validated with the settings, so a bad one is reported under the setting's key.
 */
final class SettingsOptions {

    @Option(names = "--inbox", paramLabel = "DIR", description = "watched folder (courrier.inbox, default ./inbox)")
    private String inbox;

    @Option(
            names = "--outbox",
            paramLabel = "DIR",
            description = "where records are written (courrier.outbox, default ./outbox)")
    private String outbox;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "state, done/, failed/, duplicates/ (courrier.data, default ./data)")
    private String data;

    @Option(
            names = "--workers",
            paramLabel = "N",
            description = "OCR page workers, 0 = number of cores (courrier.workers, default 0)")
    private String workers;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "health and metrics port, 0 = any free port, -1 = off (courrier.http.port, default 8765)")
    private String port;

    @Option(
            names = "--deliver-to",
            paramLabel = "URIS",
            description = "further Camel endpoints, comma-separated (courrier.deliver.to)")
    private String deliverTo;

    @Option(names = "--recursive", description = "also watch subfolders of the inbox (courrier.pickup.recursive)")
    private boolean recursive;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "properties file layered over the defaults (or the COURRIER_CONFIG variable)")
    private Path config;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "any other setting, e.g. --set courrier.pickup.stable-for=PT10S (named flags win)")
    private Map<String, String> set = new LinkedHashMap<>();

    Properties merge(Map<String, String> env) {
        Map<String, String> flags = new LinkedHashMap<>(set);
        put(flags, "courrier.inbox", inbox);
        put(flags, "courrier.outbox", outbox);
        put(flags, "courrier.data", data);
        put(flags, "courrier.workers", workers);
        put(flags, "courrier.http.port", port);
        put(flags, "courrier.deliver.to", deliverTo);
        if (recursive) {
            flags.put("courrier.pickup.recursive", "true");
        }
        return ConfigLayers.merge(config, env, flags);
    }

    private static void put(Map<String, String> flags, String key, String value) {
        if (value != null) {
            flags.put(key, value);
        }
    }
}
