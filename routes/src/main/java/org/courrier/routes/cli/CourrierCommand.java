package org.courrier.routes.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.courrier.extract.pipeline.LetterPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code ./courrier} command line: the service commands of this module ({@code run}, {@code extract},
 * {@code replay}, {@code user}, {@code export-truth}), the measuring tools found on the classpath ({@code eval}, {@code cer}, {@code bench} from
 * test-fixtures, which routes does not depend on: they are {@link Callable} picocli commands registered in
 * {@code META-INF/services/java.util.concurrent.Callable}), the launcher's own {@code doctor} and {@code test}, and
 * {@code help}. Every usage text is generated from the annotations of these classes.
 */
@Command(
        name = "courrier",
        header = "Courrier turns scanned official letters into structured, reviewable records.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = "Run './courrier help COMMAND' or './courrier COMMAND --help' for the options of a command.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:done",
            "1:a file or letter failed (extract, replay), or the command failed",
            "2:usage error: unknown command or option, missing argument, bad value or setting",
            "3:system prerequisites missing (the launcher; see ./courrier doctor)",
            "4:build failed (the launcher)"
        },
        subcommands = {
            RunCommand.class,
            ExtractCommand.class,
            ReplayCommand.class,
            UserCommand.class,
            ExportTruthCommand.class
        })
public final class CourrierCommand {

    /** Exit status of a bad setting (the same as a usage error). */
    static final int CONFIGURATION_ERROR = CommandLine.ExitCode.USAGE;

    /** Set by the launcher: the directory it was called from (it changes to the project root itself). */
    static final String CALLER_DIR = "COURRIER_CALLER_DIR";

    private final Map<String, String> env;
    private final UnaryOperator<LetterPipeline.Builder> parts;
    private final InputStream in;

    private CourrierCommand(Map<String, String> env, UnaryOperator<LetterPipeline.Builder> parts, InputStream in) {
        this.env = Map.copyOf(env);
        this.parts = parts;
        this.in = in;
    }

    /** Standard input (the process's, or a test's own): {@code user add} reads a password from it. */
    InputStream in() {
        return in;
    }

    /** How the pipeline's parts are changed (tests put their own intake in); the standard parts otherwise. */
    UnaryOperator<LetterPipeline.Builder> parts() {
        return parts;
    }

    /**
     * The directory relative paths the caller named are resolved against: the launcher's caller's directory
     * ({@value #CALLER_DIR}), else this process's working directory.
     */
    Path callerDirectory() {
        String dir = env.getOrDefault(CALLER_DIR, "");
        return (dir.isBlank() ? Path.of("") : Path.of(dir)).toAbsolutePath();
    }

    /** The environment the settings are read from (a copy of the process's, or a test's own). */
    Map<String, String> env() {
        return env;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(commandLine(System.getenv(), out, err).execute(args));
    }

    /** The whole command line, reading settings from {@code env} and writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(Map<String, String> env, PrintWriter out, PrintWriter err) {
        return commandLine(env, out, err, UnaryOperator.identity());
    }

    /** The whole command line, with {@code in} as standard input. */
    public static CommandLine commandLine(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err) {
        return commandLine(env, in, out, err, UnaryOperator.identity());
    }

    /** The command line with the pipeline's parts changed by {@code parts} (for tests of {@code extract}). */
    public static CommandLine commandLine(
            Map<String, String> env, PrintWriter out, PrintWriter err, UnaryOperator<LetterPipeline.Builder> parts) {
        return commandLine(env, System.in, out, err, parts);
    }

    private static CommandLine commandLine(
            Map<String, String> env,
            InputStream in,
            PrintWriter out,
            PrintWriter err,
            UnaryOperator<LetterPipeline.Builder> parts) {
        CommandLine line = new CommandLine(new CourrierCommand(env, parts, in));
        ServiceLoader.load(Callable.class, CourrierCommand.class.getClassLoader()).stream()
                .filter(tool -> tool.type().isAnnotationPresent(Command.class))
                .forEach(tool -> line.addSubcommand(tool.get()));
        CommandLine bench = line.getSubcommands().get("bench");
        if (bench != null) {
            // the review benchmark needs the service, which the measuring tools cannot see
            bench.addSubcommand(new org.courrier.routes.ReviewBench());
        }
        line.addSubcommand(new LauncherCommands.Doctor());
        line.addSubcommand(new LauncherCommands.Test());
        addHelpOption(line);
        line.addSubcommand(new HelpCommand());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setUsageHelpWidth(110);
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler(CourrierCommand::badUsage);
        line.setExecutionExceptionHandler(CourrierCommand::failed);
        return line;
    }

    /** {@code -h, --help} on this command and every subcommand, the tools' too; options listed as declared. */
    private static void addHelpOption(CommandLine command) {
        command.getCommandSpec()
                .addOption(OptionSpec.builder("-h", "--help")
                        .usageHelp(true)
                        .description("show this help")
                        .build());
        command.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false);
        command.getSubcommands().values().forEach(CourrierCommand::addHelpOption);
    }

    /**
     * Prints what is wrong, then the command's usage; exit 2. An unknown option is named first, even when a
     * required argument is missing too ({@code extract --bogus}).
     */
    private static int badUsage(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        command.getUnmatchedArguments().stream()
                .filter(arg -> arg.startsWith("-"))
                .findFirst()
                .filter(unknown -> e instanceof MissingParameterException)
                .ifPresent(unknown -> err.println("Unknown option: '" + unknown + "'"));
        err.println(e.getMessage());
        if (UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Run './" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        } else {
            command.usage(err);
        }
        return CommandLine.ExitCode.USAGE;
    }

    /** A bad setting is a usage error; anything else thrown is a failure of the command. */
    private static int failed(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if ((command.getCommand() instanceof SettingsCommand || command.getCommand() instanceof UserCommand.OnUsers)
                && (e instanceof IllegalArgumentException || e instanceof IllegalStateException)) {
            err.println("courrier: configuration: " + e.getMessage());
            return CONFIGURATION_ERROR;
        }
        err.println("courrier " + command.getCommandName() + ": " + e);
        if (!(command.getCommand() instanceof SettingsCommand)) {
            e.printStackTrace(err);
        }
        return CommandLine.ExitCode.SOFTWARE;
    }
}
