package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher gives the JVM of a scale-out intake the quick compiler only (README, "Scale-out"), and no other role
 * or command: the function that decides is run from the launcher itself, with the arguments each role is given.
 */
class LauncherRoleOptionsTest {

    private static final Path LAUNCHER =
            Path.of("..", "courrier").toAbsolutePath().normalize();

    @Test
    void onlyTheIntakeRoleRunsWithTheQuickCompilerAlone() throws Exception {
        assertThat(optionsFor("--role intake --set courrier.broker.listen=tcp://0.0.0.0:61616"))
                .isEqualTo("-XX:TieredStopAtLevel=1");
        assertThat(optionsFor("--inbox in --role=intake")).isEqualTo("-XX:TieredStopAtLevel=1");
        assertThat(optionsFor("--role worker --workers 1")).isEmpty();
        assertThat(optionsFor("--workers 2")).as("the single process").isEmpty();
        assertThat(optionsFor("--inbox intake --role worker"))
                .as("a folder named intake")
                .isEmpty();
        assertThat(optionsFor("--role")).isEmpty();
    }

    private static String optionsFor(String arguments) throws Exception {
        String script = "eval \"$(sed -n '/^intake_jvm_options() {/,/^}/p' '" + LAUNCHER + "')\"; "
                + "intake_jvm_options " + arguments;
        Process p = new ProcessBuilder("bash", "-c", script)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
