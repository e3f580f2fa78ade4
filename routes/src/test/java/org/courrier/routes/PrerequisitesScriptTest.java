package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher's prerequisite check itself: on a machine that has everything (the one running the tests), the check
 * finds nothing missing, every time. It ran under {@code set -o pipefail}, where {@code ldconfig -p | grep -q}
 * reported a present library missing in about one run in six (grep quitting early kills ldconfig with SIGPIPE).
 */
class PrerequisitesScriptTest {

    private static final int RUNS = 60;

    @Test
    void findsNothingMissingOnAMachineThatHasEverythingEveryTime() throws Exception {
        Path script =
                Path.of("..", "scripts", "prerequisites.sh").toAbsolutePath().normalize();
        String loop = "set -euo pipefail; source '" + script + "'; bad=0; for i in $(seq " + RUNS + "); do"
                + " check_all run; if [ ${#missing_packages[@]} -ne 0 ]; then bad=$((bad+1));"
                + " echo \"missing: ${missing_packages[*]}\"; fi; done; echo \"bad=$bad\"";
        Process p =
                new ProcessBuilder("bash", "-c", loop).redirectErrorStream(true).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the check loop ends").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out)
                .as("%d checks on a complete machine", RUNS)
                .contains("bad=0")
                .doesNotContain("missing:");
    }
}
