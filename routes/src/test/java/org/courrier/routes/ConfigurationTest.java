package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.courrier.extract.pipeline.CourrierSettings;
import org.courrier.routes.cli.CourrierCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void defaultsPutFoldersUnderTheWorkingDirectoryAndStateUnderData() {
        ServiceSettings s = ServiceSettings.from(ConfigLayers.merge(null, Map.of(), Map.of()));
        Path cwd = Path.of("").toAbsolutePath();
        assertThat(s.inbox()).isEqualTo(cwd.resolve("inbox"));
        assertThat(s.outbox()).isEqualTo(cwd.resolve("outbox"));
        assertThat(s.failed()).isEqualTo(cwd.resolve("data/failed"));
        assertThat(s.done()).isEqualTo(cwd.resolve("data/done"));
        assertThat(s.undelivered()).isEqualTo(cwd.resolve("outbox/undelivered"));
        assertThat(s.stateUrl()).isEqualTo("jdbc:h2:file:" + cwd.resolve("data/state/courrier") + ";WRITE_DELAY=0");
        assertThat(s.httpPort()).isEqualTo(8765);
        assertThat(s.deliverTo()).isEmpty();
    }

    @Test
    void fileThenEnvironmentThenFlagsOverrideEachOther() throws Exception {
        Path file = dir.resolve("courrier.properties");
        Files.writeString(
                file,
                "courrier.inbox=/from/file\ncourrier.outbox=/from/file-out\ncourrier.pickup.min-age=PT9S\n"
                        + "courrier.ocr.languages=fra\n");
        Properties p = ConfigLayers.merge(
                file,
                Map.of("COURRIER_OUTBOX", "/from/env", "COURRIER_PICKUP_MIN_AGE", "PT7S", "COURRIER_WORKERS", "3"),
                Map.of("courrier.outbox", "/from/flag"));
        ServiceSettings s = ServiceSettings.from(p);
        assertThat(s.inbox()).isEqualTo(Path.of("/from/file"));
        assertThat(s.outbox()).isEqualTo(Path.of("/from/flag"));
        assertThat(s.pickup().minAge()).isEqualTo(Duration.ofSeconds(7));
        CourrierSettings pipeline = CourrierSettings.from(p);
        assertThat(pipeline.workers()).isEqualTo(3);
        assertThat(pipeline.ocr().languages()).isEqualTo("fra");
    }

    @Test
    void badValuesFailNamingTheSetting() {
        assertThatThrownBy(() -> ServiceSettings.from(
                        ConfigLayers.merge(null, Map.of(), Map.of("courrier.pickup.stable-for", "5 seconds"))))
                .hasMessageContaining("courrier.pickup.stable-for")
                .hasMessageContaining("PT2S");
        assertThatThrownBy(() -> ServiceSettings.from(
                        ConfigLayers.merge(null, Map.of("COURRIER_LETTERS_IN_FLIGHT", "0"), Map.of())))
                .hasMessageContaining("courrier.letters-in-flight");
        assertThatThrownBy(() -> ServiceSettings.from(
                        ConfigLayers.merge(null, Map.of(), Map.of("courrier.deliver.to", "not a uri"))))
                .hasMessageContaining("courrier.deliver.to");
        assertThatThrownBy(() -> ServiceSettings.from(
                        ConfigLayers.merge(null, Map.of(), Map.of("courrier.state.url", "jdbc:mysql://x/y"))))
                .hasMessageContaining("courrier.state.url");
    }

    @Test
    void runRefusesABadSettingBeforeStartingAndNamesIt() {
        Map<List<String>, String> cases = Map.of(
                List.of("run", "--workers", "many"),
                "courrier.workers",
                List.of("run", "--set", "courrier.workers=many"),
                "courrier.workers",
                List.of("replay", "--set", "courrier.letters-in-flight=0"),
                "courrier.letters-in-flight");
        cases.forEach((args, key) -> {
            StringWriter err = new StringWriter();
            int status = CourrierCommand.commandLine(
                            Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                    .execute(args.toArray(String[]::new));
            assertThat(status).as(args.toString()).isEqualTo(2);
            assertThat(err.toString())
                    .as(args.toString())
                    .startsWith("courrier: configuration: ")
                    .contains(key);
        });
    }

    @Test
    void aSettingFromTheEnvironmentIsValidatedLikeAFlag() {
        StringWriter err = new StringWriter();
        int status = CourrierCommand.commandLine(
                        Map.of("COURRIER_LETTERS_IN_FLIGHT", "0"),
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(err, true))
                .execute("run");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("courrier.letters-in-flight");
    }
}
