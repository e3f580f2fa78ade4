package org.courrier.routes.cli;

import org.courrier.routes.CourrierService;
import picocli.CommandLine.Command;

/** {@code courrier run}: starts the service and runs until SIGTERM or Ctrl-C. */
@Command(
        name = "run",
        header = "Start the service: letters dropped in the inbox become records in the outbox.",
        description = {
            "Start the service: watch the inbox, write one JSON record per letter to the outbox, keep "
                    + "state in the data folder."
        },
        footerHeading = "%n",
        footer = {
            "Every setting may also come from the environment: courrier.pickup.min-age -> "
                    + "COURRIER_PICKUP_MIN_AGE. Layers, later wins: built-in defaults, application.properties, the "
                    + "--config file, the environment, the flags.",
            "All settings: README.md, section \"Running the service\"."
        })
final class RunCommand extends SettingsCommand {

    @Override
    public Integer call() throws Exception {
        CourrierService service = CourrierService.start(mergedSettings());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "courrier-shutdown"));
        service.awaitStop();
        return 0;
    }
}
