package org.lngsim.cli;

import java.io.PrintWriter;
import java.util.List;
import org.lngsim.scenario.Problem;

/** How every command reports invalid input: each problem on its own line, then exit code 2. */
final class ProblemReport {

    private ProblemReport() {
    }

    static int invalid(PrintWriter err, List<Problem> problems) {
        problems.forEach(p -> err.println(p.render()));
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
