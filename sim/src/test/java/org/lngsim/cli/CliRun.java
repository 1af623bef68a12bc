package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.lngsim.scenario.load.TestScenarios;

/** Runs the command line in-process with captured output. */
final class CliRun {

    final int exitCode;
    final String out;
    final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static String miniWorld() {
        return TestScenarios.miniWorld().toString();
    }

    static Path repositoryFile(String relative) {
        return Path.of("..").resolve(relative);
    }

    void assertNoStackTrace() {
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
