package org.lngsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage mistake (unknown option, missing or bad value) gets the one line that says what is wrong,
 * picocli's "did you mean" when it has one, and where to read more: not the whole help, which
 * would push the one line off the screen. Exit code 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(command.getColorScheme().errorText(name + ": " + e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
