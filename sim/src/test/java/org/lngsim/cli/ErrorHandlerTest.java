package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorHandlerTest {

    /** A command that fails as told, standing for a command whose disk fills up. */
    @Command(name = "fake")
    static final class Failing implements Callable<Integer> {
        private final Exception failure;

        Failing(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    @Test
    void a_full_disk_is_one_line_with_its_reason_and_exit_1() {
        // what a sweep's worker thread hands back when the disk fills: the JDK's bare ENOSPC IOException, wrapped
        Exception failure = new ExecutionException(new UncheckedIOException(new IOException("No space left on device")));

        StringWriter err = new StringWriter();
        int code = execute(failure, err);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("lngsim fake: I/O error: no space left on device" + System.lineSeparator());
    }

    @Test
    void anything_else_unexpected_is_still_an_internal_error() {
        StringWriter err = new StringWriter();
        int code = execute(new IllegalStateException("a bug"), err);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("lngsim: internal error: java.lang.IllegalStateException: a bug")
                .contains("please report this as a bug");
    }

    private static int execute(Exception failure, StringWriter err) {
        CommandLine commandLine = new CommandLine(new Failing(failure));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        return commandLine.execute();
    }
}
