package org.courrier.routes.cli;

import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * A command that works on the service's settings ({@code run}, {@code extract}, {@code replay}): it takes the
 * settings flags, and a bad setting it meets exits 2 naming the setting.
 */
abstract class SettingsCommand implements Callable<Integer> {

    @ParentCommand
    private CourrierCommand courrier;

    @Mixin
    private SettingsOptions settings;

    /** Defaults, {@code application.properties}, {@code --config}, the environment, then the flags. */
    final Properties mergedSettings() {
        return settings.merge(courrier.env());
    }

    /** The command line this command belongs to. */
    final CourrierCommand courrier() {
        return courrier;
    }
}
