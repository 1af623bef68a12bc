package org.lngsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lngsim}: the entry point that dispatches to subcommands. */
@Command(name = "lngsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Simulates LNG supply to Japan and India through maritime chokepoints, and the India-Japan "
                + "mutual redirection protocol in a shipping emergency.",
        subcommands = {RunCommand.class, ValidateCommand.class, RouteCommand.class, ChartCommand.class,
                SchemaCommand.class, ListCommand.class, BenchCommand.class, SweepCommand.class, MergeCommand.class,
                BackcastCommand.class, CompareCommand.class, GuiCommand.class,
                CompletionCommand.class, CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = ExitCodes.INVALID_INPUT,
        exitCodeOnExecutionException = ExitCodes.FAILURE)
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with captured output. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: one of " + String.join(", ", spec.subcommands().keySet()));
    }
}
