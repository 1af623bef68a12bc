package org.lngsim.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.SetOverride;

/**
 * Every value a parameter can take, checked before the first run. Each listed value, each end
 * of a range and the lowest and highest draw a distribution can make are checked against the
 * bounds the scenario schema gives the swept field ({@link SchemaBounds}); then the scenario is
 * loaded with the parameter at its lowest and highest value (and each distinct non-numeric
 * value), the others at their first, which catches what the schema alone cannot (a closure
 * ending after the horizon). Bounds are an interval, so the extremes stand for every value
 * between them.
 */
final class ValueChecks {

    private final SweepChecks checks;
    private final LoadedScenario first;
    private final boolean grid;

    ValueChecks(SweepChecks checks, LoadedScenario first, boolean grid) {
        this.checks = checks;
        this.first = first;
        this.grid = grid;
    }

    /** A value the parameter reaches, and where in the sweep file it comes from. */
    private record Candidate(String text, List<Object> at) {
    }

    void check(int index) {
        SweepSpec.Parameter parameter = checks.spec().parameters().get(index);
        SchemaBounds.Bounds bounds = SchemaBounds.of(parameter.path(), steps(parameter.path()), first.resolved());
        List<Candidate> candidates = new ArrayList<>();
        boolean withinBounds;
        if (parameter.values() != null) {
            withinBounds = checkValues(index, parameter, bounds, candidates);
        } else if (parameter.range() != null) {
            withinBounds = checkRange(index, parameter, bounds, candidates);
        } else {
            withinBounds = checkDistribution(index, parameter, bounds, candidates);
        }
        if (withinBounds) {
            load(index, parameter, candidates);
        }
    }

    private static List<Object> steps(String path) {
        try {
            return SetOverride.parse(path + "=0").path().steps();
        } catch (SetOverride.OverrideException e) {
            return List.of(); // the base scenario's load already reported the path
        }
    }

    private boolean checkValues(int index, SweepSpec.Parameter parameter, SchemaBounds.Bounds bounds,
            List<Candidate> candidates) {
        boolean valid = true;
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (int k = 0; k < parameter.values().size(); k++) {
            Object value = parameter.values().get(k);
            String problem = value instanceof Double && bounds != null ? bounds.problem(written(value)) : null;
            if (problem != null) {
                checks.add(List.of("parameters", index, "values", k), problem);
                valid = false;
            }
            if (!(value instanceof Double)) {
                distinct.putIfAbsent(Sampling.text(value), k);
            }
        }
        distinct.forEach((text, k) -> candidates.add(new Candidate(text, List.of("parameters", index, "values", k))));
        addExtremes(index, parameter, "values", candidates);
        return valid;
    }

    /** The lowest and highest numbers in a list, located at the first place each appears. */
    private void addExtremes(int index, SweepSpec.Parameter parameter, String field, List<Candidate> candidates) {
        double low = Sampling.lowest(parameter);
        double high = Sampling.highest(parameter);
        for (double extreme : new double[] {low, high}) {
            if (!Double.isNaN(extreme)) {
                int k = parameter.values().indexOf(extreme);
                candidates.add(new Candidate(Sampling.text(extreme), List.of("parameters", index, field, k)));
            }
        }
    }

    private boolean checkRange(int index, SweepSpec.Parameter parameter, SchemaBounds.Bounds bounds,
            List<Candidate> candidates) {
        SweepSpec.Range range = parameter.range();
        // a grid takes the range's steps; lhs and random draw anywhere from 'from' to 'to'
        double high = grid ? range.value(range.count() - 1) : range.to();
        List<Object> at = List.of("parameters", index, "range");
        candidates.add(new Candidate(Sampling.text(range.from()), List.of("parameters", index, "range", "from")));
        candidates.add(new Candidate(Sampling.text(high), List.of("parameters", index, "range", "to")));
        if (bounds == null) {
            return true;
        }
        if (bounds.integer() && !grid) {
            checks.add(at, parameter.path() + " takes whole numbers, but a '" + checks.spec().design().type()
                    + "' design draws a range anywhere between its ends; list the values, or use a grid design");
            return false;
        }
        boolean valid = report(List.of("parameters", index, "range", "from"), bounds.problem(written(range.from())));
        valid &= report(List.of("parameters", index, "range", "to"), bounds.problem(written(high)));
        if (valid && bounds.integer() && range.count() > 1) {
            String outside = bounds.outside(written(range.value(1)));
            valid = report(List.of("parameters", index, "range", "step"), outside == null ? null
                    : "the step " + Sampling.text(range.step()) + " gives " + Sampling.text(range.value(1)) + ", " + outside);
        }
        return valid;
    }

    private boolean checkDistribution(int index, SweepSpec.Parameter parameter, SchemaBounds.Bounds bounds,
            List<Candidate> candidates) {
        SweepSpec.Distribution d = parameter.distribution();
        List<Object> at = List.of("parameters", index, "distribution");
        List<Object> lowAt = d.min() != null ? List.of("parameters", index, "distribution", "min") : at;
        List<Object> highAt = d.max() != null ? List.of("parameters", index, "distribution", "max") : at;
        double low = Sampling.lowest(parameter);
        double high = Sampling.highest(parameter);
        candidates.add(new Candidate(Sampling.text(low), lowAt));
        candidates.add(new Candidate(Sampling.text(high), highAt));
        if (bounds == null) {
            return true;
        }
        if (bounds.integer()) {
            checks.add(at, parameter.path() + " takes whole numbers, but a distribution draws fractions; list the "
                    + "values, or use a range in a grid design");
            return false;
        }
        boolean valid = report(lowAt, drawProblem(d, bounds, low, d.min() == null));
        valid &= report(highAt, drawProblem(d, bounds, high, d.max() == null));
        return valid;
    }

    /** Why a draw is out of bounds, with the fix: truncate an unbounded tail, or move the bound. */
    private static String drawProblem(SweepSpec.Distribution d, SchemaBounds.Bounds bounds, double draw, boolean openTail) {
        String outside = bounds.outside(written(draw));
        if (outside == null) {
            return null;
        }
        if (openTail) {
            return "this " + d.type() + " distribution can draw " + Sampling.text(draw) + ", " + outside
                    + "; truncate it with min and max within the field's range (" + bounds.asTruncation() + ")";
        }
        return Sampling.text(draw) + " is " + outside;
    }

    private boolean report(List<Object> at, String problem) {
        if (problem != null) {
            checks.add(at, problem);
        }
        return problem == null;
    }

    /** The value as a run gets it: written with six decimals, then read back. */
    private static double written(Object value) {
        return Double.parseDouble(Sampling.text(value));
    }

    /**
     * Loads the scenario with the parameter at each candidate value: a problem then is this
     * value's, reported at the place in the sweep file it comes from.
     */
    private void load(int index, SweepSpec.Parameter parameter, List<Candidate> candidates) {
        String firstText = Sampling.firstValueText(parameter);
        List<String> tried = new ArrayList<>(List.of(firstText));
        for (Candidate candidate : candidates) {
            if (tried.contains(candidate.text())) {
                continue;
            }
            tried.add(candidate.text());
            try {
                checks.loader().load(checks.spec().base(), checks.firstValueSets(index, candidate.text()));
            } catch (ScenarioException e) {
                for (Problem problem : e.problems()) {
                    checks.add(candidate.at(), "with " + parameter.path() + "=" + candidate.text() + " the base scenario "
                            + "is invalid: " + SweepChecks.describe(problem));
                }
            }
        }
    }
}
