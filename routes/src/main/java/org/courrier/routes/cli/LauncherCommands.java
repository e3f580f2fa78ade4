package org.courrier.routes.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The commands the {@code ./courrier} launcher runs itself, before and without Java: they are here so that the
 * generated help lists them; run from Java they say how to run them.
 */
final class LauncherCommands {

    private LauncherCommands() {}

    private static int launcherOnly(CommandSpec spec) {
        spec.commandLine()
                .getErr()
                .println("courrier: '" + spec.name() + "' is run by the launcher: ./courrier " + spec.name());
        return 2;
    }

    /** {@code courrier doctor}. */
    @Command(
            name = "doctor",
            header = "Check the system prerequisites and say what is missing.",
            description = "Checks Java 17+, the Tesseract 5 library and its French and English language data; the "
                    + "other commands install what is missing when run as root or with password-less sudo.")
    static final class Doctor implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            return launcherOnly(spec);
        }
    }

    /** {@code courrier test}. */
    @Command(name = "test", header = "Run the whole test suite (./mvnw verify), as CI does.")
    static final class Test implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "MAVEN-ARG", description = "passed on to ./mvnw verify, e.g. -pl routes")
        private List<String> mavenArguments;

        @Override
        public Integer call() {
            return launcherOnly(spec);
        }
    }
}
