package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's prerequisite check itself: on a machine that has everything (the one running the tests), the check
 * finds nothing missing, every time. It ran under {@code set -o pipefail}, where {@code ldconfig -p | grep -q}
 * reported a present library missing in about one run in six (grep quitting early kills ldconfig with SIGPIPE).
 */
class PrerequisitesScriptTest {

    private static final int RUNS = 60;
    private static final Path SCRIPT =
            Path.of("..", "scripts", "prerequisites.sh").toAbsolutePath().normalize();
    private static final String PINNED_FRA = "bf83833fa957ff0076f6aa93f69e3bdf7b014dea829ea0c0d6be6b48a3ceef6d";
    private static final String PINNED_ENG = "5dc5d8d640a212c9d6184921ba103b186f50e0fed9ee716c53e6b312b400d747";

    @TempDir
    Path tmp;

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

    @Test
    void aModelPackageThatIsNotThePinnedOneIsRefusedAndNothingIsInstalled() throws Exception {
        // a registry (a folder served by file://) whose fra package holds some other model
        Path pkg = Files.createDirectories(tmp.resolve("registry/@tesseract.js-data/fra/-"));
        Path tgz = pkg.resolve("fra-1.0.0.tgz");
        Path staging = Files.createDirectories(tmp.resolve("staging/package/4.0.0_best_int"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(staging.resolve("fra.traineddata.gz")))) {
            out.write("not the pinned model".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(new ProcessBuilder(
                                "tar",
                                "-czf",
                                tgz.toString(),
                                "-C",
                                tmp.resolve("staging").toString(),
                                "package")
                        .start()
                        .waitFor())
                .isZero();
        Path models = tmp.resolve("models");

        Result r = bash(
                "bash '" + SCRIPT + "' models",
                Map.of(
                        "COURRIER_NPM_REGISTRY",
                        "file://" + tmp.resolve("registry"),
                        "COURRIER_MODELS_DIR",
                        models.toString()));

        assertThat(r.status()).as(r.out()).isNotZero();
        assertThat(r.out()).contains("refused the fra model package").contains("checksum is not the pinned one");
        assertThat(models.resolve("fra.traineddata")).doesNotExist();
        assertThat(models.resolve(".verified")).doesNotExist();
    }

    @Test
    void anUnreachableRegistryLeavesTheSystemModelsInUse() throws Exception {
        Path models = tmp.resolve("models");

        Result r = bash(
                "source '" + SCRIPT + "'; install_models || echo fallback; echo \"tessdata=$(ocr_tessdata)\"",
                Map.of(
                        "COURRIER_NPM_REGISTRY",
                        "file://" + tmp.resolve("nowhere"),
                        "COURRIER_MODELS_DIR",
                        models.toString()));

        assertThat(r.out())
                .contains("cannot fetch the fra best_int model")
                .contains("fallback")
                .contains("tessdata=/usr/share/tesseract-ocr/5/tessdata");
    }

    /**
     * The launcher sources the script inside a function: the pinned checksums must outlive it (a plain
     * {@code declare -A} made them local, and the next check stopped on "unbound variable").
     */
    @Test
    void installedModelsAreChosenWhenTheScriptIsSourcedInsideAFunction() throws Exception {
        Path models = Files.createDirectories(tmp.resolve("models"));
        Files.writeString(models.resolve("fra.traineddata"), "x");
        Files.writeString(models.resolve("eng.traineddata"), "x");
        Files.writeString(models.resolve("osd.traineddata"), "x");
        Files.writeString(models.resolve(".verified"), "fra " + PINNED_FRA + "\neng " + PINNED_ENG + "\n");

        Result chosen = bash(
                "load() { source '" + SCRIPT + "'; }; load; echo \"tessdata=$(ocr_tessdata)\"",
                Map.of("COURRIER_MODELS_DIR", models.toString()));
        Result optedOut = bash(
                "load() { source '" + SCRIPT + "'; }; load; echo \"tessdata=$(ocr_tessdata)\"",
                Map.of("COURRIER_MODELS_DIR", models.toString(), "COURRIER_OCR_MODELS", "fast"));

        assertThat(chosen.status()).as(chosen.out()).isZero();
        assertThat(chosen.out()).contains("tessdata=" + models).doesNotContain("unbound");
        assertThat(optedOut.out()).contains("tessdata=/usr/share/tesseract-ocr/5/tessdata");
    }

    private record Result(int status, String out) {}

    private static Result bash(String script, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "set -euo pipefail; " + script).redirectErrorStream(true);
        pb.environment().remove("COURRIER_OCR_TESSDATA");
        pb.environment().remove("COURRIER_OCR_MODELS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
