package org.lngsim.cli;

import picocli.CommandLine;

/**
 * The last line of defence: an unexpected failure is reported in one line with exit code 1; the
 * stack trace is shown only with {@code LNGSIM_DEBUG=1}, since users cannot act on it.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("lngsim: internal error: " + e);
        if ("1".equals(System.getenv("LNGSIM_DEBUG"))) {
            e.printStackTrace(commandLine.getErr());
        } else {
            commandLine.getErr().println("(set LNGSIM_DEBUG=1 for details; please report this as a bug)");
        }
        return ExitCodes.FAILURE;
    }
}
