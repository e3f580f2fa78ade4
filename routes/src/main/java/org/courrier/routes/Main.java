package org.courrier.routes;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code ./courrier} command line: {@code run}, {@code extract}, {@code replay}. Exit status 0 on success,
 * 1 when a file failed, 2 on bad arguments or configuration.
 */
public final class Main {

    static final String USAGE = """
            Usage: courrier <command> [arguments]

              run [options]       watch the inbox and turn each letter into a JSON record in the outbox
              extract FILE...     print one JSON record per file on stdout (JSON Lines, input order);
                                  exit 1 when any file failed (its line then carries "error")
              replay [FILE...]    move failed files (all of them when none is named) back into the inbox
              test                run the full test suite
              help                show this text

            Options (run, extract and replay):
              --inbox DIR         watched folder                          (courrier.inbox, default ./inbox)
              --outbox DIR        where records are written               (courrier.outbox, default ./outbox)
              --data DIR          state, done/, failed/, duplicates/      (courrier.data, default ./data)
              --workers N         OCR page workers, 0 = number of cores   (courrier.workers, default 0)
              --port N            health and metrics port, -1 = off       (courrier.http.port, default 8765)
              --deliver-to URIS   further Camel endpoints, comma-separated (courrier.deliver.to)
              --recursive         also watch subfolders of the inbox      (courrier.pickup.recursive)
              --config FILE       properties file layered over the defaults (or COURRIER_CONFIG)
              --set KEY=VALUE     any other setting, e.g. --set courrier.pickup.stable-for=PT10S

            Every setting may also come from the environment: courrier.pickup.min-age -> COURRIER_PICKUP_MIN_AGE.
            """;

    private static final Map<String, String> FLAGS = Map.of("--inbox", "courrier.inbox", "--outbox", "courrier.outbox",
            "--data", "courrier.data", "--workers", "courrier.workers", "--port", "courrier.http.port",
            "--deliver-to", "courrier.deliver.to");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err));
    }

    /** Runs a command; returns the exit status. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Map<String, String> flags = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        Path config;
        try {
            config = parse(args, flags, operands);
        } catch (IllegalArgumentException e) {
            err.println("courrier: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            Properties merged = ConfigLayers.merge(config, env, flags);
            return switch (args[0]) {
                case "run" -> operands.isEmpty() ? runService(merged) : usage(err, "run takes no file names");
                case "extract" -> operands.isEmpty() ? usage(err, "extract needs at least one FILE")
                        : ExtractCommand.run(merged, operands, out);
                case "replay" -> ReplayCommand.run(ServiceSettings.from(merged), operands, out, err);
                default -> usage(err, "unknown command: " + args[0]);
            };
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("courrier: configuration: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("courrier: " + e);
            return 1;
        }
    }

    private static Path parse(String[] args, Map<String, String> flags, List<String> operands) {
        Path config = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--recursive")) {
                flags.put("courrier.pickup.recursive", "true");
            } else if (FLAGS.containsKey(a) || a.equals("--config") || a.equals("--set")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                if (a.equals("--config")) {
                    config = Path.of(v);
                } else if (a.equals("--set")) {
                    int eq = v.indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("--set needs KEY=VALUE: " + v);
                    }
                    flags.put(v.substring(0, eq), v.substring(eq + 1));
                } else {
                    flags.put(FLAGS.get(a), v);
                }
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option: " + a);
            } else {
                operands.add(a);
            }
        }
        return config;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("courrier: " + problem);
        err.print(USAGE);
        return 2;
    }

    private static int runService(Properties merged) throws Exception {
        CourrierService service = CourrierService.start(merged);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "courrier-shutdown"));
        service.awaitStop();
        return 0;
    }
}
