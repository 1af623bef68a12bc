package org.lngsim.cli;

import java.io.PrintWriter;
import java.util.List;
import org.lngsim.scenario.Problem;

/**
 * How every command reports invalid input: each problem on its own line, then exit code 2; and
 * warnings, each on its own line, which change no exit code.
 */
final class ProblemReport {

    private ProblemReport() {
    }

    static void warnings(PrintWriter err, List<Problem> warnings) {
        warnings.forEach(w -> err.println(w.renderAsWarning()));
        err.flush();
    }

    static int invalid(PrintWriter err, List<Problem> problems) {
        problems.forEach(p -> err.println(p.render()));
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
