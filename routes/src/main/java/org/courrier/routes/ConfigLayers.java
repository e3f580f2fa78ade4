package org.courrier.routes;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.courrier.extract.pipeline.CourrierSettings;

/**
 * Merges the configuration sources, later ones winning: the pipeline defaults, the classpath
 * {@code application.properties}, an optional file, environment variables, then command-line flags.
 *
 * <p>An environment variable overrides a known key only: {@code courrier.pickup.min-age} is read from
 * {@code COURRIER_PICKUP_MIN_AGE}.
 */
public final class ConfigLayers {

    /** Environment variable naming the optional configuration file (the {@code --config} flag wins). */
    public static final String CONFIG_ENV = "COURRIER_CONFIG";

    private ConfigLayers() {}

    /** The merged settings: defaults, {@code application.properties}, the file, the environment, then flags. */
    public static Properties merge(Path configFile, Map<String, String> env, Map<String, String> flags) {
        Properties p = CourrierSettings.defaults();
        try (InputStream in = ConfigLayers.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is missing from the classpath");
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = configFile != null ? configFile : env.containsKey(CONFIG_ENV) ? Path.of(env.get(CONFIG_ENV)) : null;
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(
                        "configuration file not found (--config / " + CONFIG_ENV + "): " + file);
            }
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read configuration file " + file, e);
            }
        }
        for (String key : p.stringPropertyNames()) {
            String value = env.get(envName(key));
            if (value != null) {
                p.setProperty(key, value);
            }
        }
        p.putAll(flags);
        return p;
    }

    /** The environment variable that overrides a key. */
    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
