package org.lngsim.sweep;

import java.util.List;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.yaml.Location;

/** A sweep file or a sweep folder that cannot be used, with every problem found. */
public final class SweepException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SweepException(List<Problem> problems) {
        super(problems.stream().map(Problem::render).reduce((a, b) -> a + "\n" + b).orElse("invalid sweep"));
        this.problems = problems.stream().sorted().distinct().toList();
    }

    public static SweepException of(String source, String message) {
        return new SweepException(List.of(new Problem(Location.of(source), "", message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
