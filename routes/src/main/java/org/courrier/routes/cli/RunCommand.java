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

    /** Which part of a scaled-out installation this process is; none: everything in one process. */
    enum Role {
        intake,
        worker
    }

    @picocli.CommandLine.Option(
            names = "--role",
            paramLabel = "ROLE",
            description = "Scale-out over a message broker (README, \"Scale-out\"): intake (watch the inbox, split "
                    + "letters into page jobs, assemble records; embeds the broker unless courrier.broker.url is set) "
                    + "or worker (read pages). Without it, everything runs in this one process.")
    Role role;

    @Override
    public Integer call() throws Exception {
        if (role == Role.worker) {
            org.courrier.routes.PageWorker worker = org.courrier.routes.PageWorker.start(mergedSettings());
            Runtime.getRuntime().addShutdownHook(new Thread(worker::close, "courrier-shutdown"));
            worker.awaitStop();
            return 0;
        }
        CourrierService service = role == Role.intake
                ? CourrierService.startIntake(mergedSettings())
                : CourrierService.start(mergedSettings());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "courrier-shutdown"));
        service.awaitStop();
        return 0;
    }
}
