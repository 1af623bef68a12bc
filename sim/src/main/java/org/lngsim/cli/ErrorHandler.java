package org.lngsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.lngsim.files.FileFailure;
import picocli.CommandLine;

/**
 * The last line of defence, with exit code 1. A failure of the file system (a full disk, a folder
 * the user may not write) is said in one line with its reason, since the user can act on that; any
 * other unexpected failure is an internal error. The stack trace is shown only with
 * {@code LNGSIM_DEBUG=1}, since users cannot act on it.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    /** Causes followed to find a file-system failure under wrappers (unchecked, from a worker thread). */
    private static final int MAX_CAUSES = 16;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        IOException io = ioCause(e);
        if (io != null) {
            err.println("lngsim " + commandLine.getCommandName() + ": I/O error: " + FileFailure.reason(io));
        } else {
            err.println("lngsim: internal error: " + e);
        }
        if ("1".equals(System.getenv("LNGSIM_DEBUG"))) {
            e.printStackTrace(err);
        } else if (io == null) {
            err.println("(set LNGSIM_DEBUG=1 for details; please report this as a bug)");
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    /** The {@link IOException} that {@code e} is or wraps, or {@code null}. */
    static IOException ioCause(Throwable e) {
        Throwable cause = e;
        for (int i = 0; cause != null && i < MAX_CAUSES; i++) {
            if (cause instanceof IOException io) {
                return io;
            }
            cause = cause.getCause();
        }
        return null;
    }
}
