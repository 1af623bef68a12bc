package org.lngsim.sweep;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lngsim.files.FileFailure;
import org.lngsim.files.InputFile;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.scenario.yaml.Location;
import org.lngsim.scenario.yaml.YamlNode;

/**
 * The checks of a sweep file after its structure passed the schema: one value source per
 * parameter, a design that can run (at most {@link RunPlan#MAX_RUNS} runs), a base scenario that
 * loads with each parameter's first value, metrics that name numbers of the summary, and every
 * value each parameter can take ({@link ValueChecks}). Problems are located in the sweep file.
 */
final class SweepChecks {

    /** The most quantiles a sampled design stores (samples × parameters, 8 bytes each). */
    static final long MAX_SAMPLED_VALUES = 10_000_000L;

    private final YamlNode root;
    private final SweepSpec spec;
    private final List<String> faulted;
    private final List<Problem> problems = new ArrayList<>();
    private final ScenarioLoader loader = new ScenarioLoader();
    private SweepSpec.Inputs inputs = SweepSpec.Inputs.NONE;

    SweepChecks(YamlNode root, SweepSpec spec, List<String> faulted) {
        this.root = root;
        this.spec = spec;
        this.faulted = faulted;
    }

    /** The scenario's files and hash, once {@link #run} found no problem. */
    SweepSpec.Inputs inputs() {
        return inputs;
    }

    List<Problem> run() {
        boolean sourcesValid = true;
        for (int i = 0; i < spec.parameters().size(); i++) {
            sourcesValid &= checkParameter(i, spec.parameters().get(i));
        }
        boolean designValid = isClean("design", "replications", "parameters") && checkDesign();
        boolean sizeValid = sourcesValid && designValid && checkSize();
        // Loading the base with the parameters' first values only means something when the
        // fields it uses passed the schema.
        if (!isClean("base", "set", "parameters", "metrics")) {
            return problems;
        }
        Optional<String> refusal = InputFile.refusal(spec.base());
        if (refusal.isPresent()) {
            add(List.of("base"), "base scenario " + spec.base() + ": " + refusal.get());
            return problems;
        }
        LoadedScenario first = loadFirstValues();
        if (first == null) {
            return problems;
        }
        checkMetrics(first);
        if (sizeValid) {
            ValueChecks values = new ValueChecks(this, first, "grid".equals(spec.design().type()));
            for (int i = 0; i < spec.parameters().size(); i++) {
                values.check(i);
            }
        }
        if (problems.isEmpty()) {
            inputs = inputsOf(first);
        }
        return problems;
    }

    SweepSpec spec() {
        return spec;
    }

    ScenarioLoader loader() {
        return loader;
    }

    private boolean isClean(String... fields) {
        return faulted.stream().noneMatch(f -> SweepLoader.under(f, List.of(fields)));
    }

    /** One value source, a sensible range or distribution; false when something is wrong. */
    private boolean checkParameter(int index, SweepSpec.Parameter parameter) {
        int before = problems.size();
        List<Object> at = List.of("parameters", index);
        int sources = (parameter.values() != null ? 1 : 0) + (parameter.range() != null ? 1 : 0)
                + (parameter.distribution() != null ? 1 : 0);
        if (sources != 1) {
            add(at, "give exactly one of 'values', 'range' or 'distribution'");
        }
        if (parameter.range() != null && parameter.range().to() < parameter.range().from()) {
            add(List.of("parameters", index, "range", "to"), "must not be below 'from'");
        }
        if (parameter.distribution() != null) {
            String problem = Sampling.distributionProblem(parameter.distribution());
            if (problem != null) {
                add(List.of("parameters", index, "distribution"), problem);
            }
            if ("grid".equals(spec.design().type())) {
                add(List.of("parameters", index, "distribution"),
                        "a grid design needs values or a range; sample distributions with 'lhs' or 'random'");
            }
        }
        return problems.size() == before && isClean("parameters[" + index + "]");
    }

    private boolean checkDesign() {
        int before = problems.size();
        boolean sampled = !"grid".equals(spec.design().type());
        if (sampled && spec.design().samples() == null) {
            add(List.of("design"), "an '" + spec.design().type() + "' design needs 'samples'");
        }
        if (!sampled && spec.design().samples() != null) {
            add(List.of("design", "samples"), "a grid design takes every combination; 'samples' does not apply");
        }
        return problems.size() == before;
    }

    /**
     * Refuses a design that cannot run: more than {@link RunPlan#MAX_RUNS} runs, a grid range
     * whose steps are finer than values are written, or a sample too large to hold. All in
     * exact (saturating) arithmetic, before anything is allocated.
     */
    private boolean checkSize() {
        int before = problems.size();
        boolean grid = "grid".equals(spec.design().type());
        for (int i = 0; grid && i < spec.parameters().size(); i++) {
            checkGridRange(i, spec.parameters().get(i).range());
        }
        if (problems.size() > before) {
            return false;
        }
        long points = Sampling.pointCount(spec);
        long runs = saturatingProduct(points, spec.replications());
        if (runs > RunPlan.MAX_RUNS) {
            String what = grid ? "this grid has " + count(points) + " points" : count(points) + " samples";
            add(List.of("design"), what + " × " + count(spec.replications()) + " replications = " + count(runs)
                    + " runs; a sweep has at most " + count(RunPlan.MAX_RUNS) + " runs (use fewer values or samples, "
                    + "or split it into several sweeps)");
        } else if (!grid && saturatingProduct(points, spec.parameters().size()) > MAX_SAMPLED_VALUES) {
            add(List.of("design", "samples"), count(points) + " samples × " + spec.parameters().size()
                    + " parameters is more than the " + count(MAX_SAMPLED_VALUES) + " sampled values a design may hold");
        }
        return problems.size() == before;
    }

    private void checkGridRange(int index, SweepSpec.Range range) {
        if (range == null) {
            return;
        }
        List<Object> at = List.of("parameters", index, "range");
        long count = range.count();
        if (count > RunPlan.MAX_RUNS) {
            add(at, "from " + Sampling.text(range.from()) + " to " + Sampling.text(range.to()) + " by "
                    + plain(range.step()) + " gives " + count(count) + " values; a sweep has at most "
                    + count(RunPlan.MAX_RUNS) + " runs");
        } else if (count > 1 && Sampling.text(range.value(0)).equals(Sampling.text(range.value(1)))) {
            add(List.of("parameters", index, "range", "step"), plain(range.step())
                    + " is finer than the 6 decimals sweep values are written with, so runs would repeat the same value; "
                    + "use a step of at least 0.000001");
        }
    }

    /** A number as written in the sweep file, without an exponent: 0.0000001, not 1.0E-7. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static long saturatingProduct(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String count(long n) {
        return n == Long.MAX_VALUE ? "more than 9 × 10^18" : String.format(Locale.ROOT, "%,d", n);
    }

    /** The base with the fixed overrides and each parameter's first value; null when it fails. */
    private LoadedScenario loadFirstValues() {
        try {
            return loader.load(spec.base(), firstValueSets(-1, null));
        } catch (ScenarioException e) {
            for (Problem problem : e.problems()) {
                problems.add(relocate(problem));
            }
            return null;
        }
    }

    /**
     * The overrides of a run that sets every parameter to its first value, except parameter
     * {@code index} (when not -1) set to {@code text}.
     */
    List<String> firstValueSets(int index, String text) {
        List<String> sets = new ArrayList<>(spec.fixedSets());
        for (int i = 0; i < spec.parameters().size(); i++) {
            SweepSpec.Parameter parameter = spec.parameters().get(i);
            boolean hasSource = parameter.values() != null || parameter.range() != null || parameter.distribution() != null;
            if (i == index) {
                sets.add(parameter.path() + "=" + text);
            } else if (hasSource) {
                sets.add(parameter.path() + "=" + Sampling.firstValueText(parameter));
            }
        }
        return sets;
    }

    private void checkMetrics(LoadedScenario loaded) {
        for (int i = 0; i < spec.metrics().size(); i++) {
            String problem = MetricPath.problem(spec.metrics().get(i), loaded.scenario());
            if (problem != null) {
                add(List.of("metrics", i), problem);
            }
        }
    }

    /**
     * A problem caused by one of the sweep's own overrides (a value out of range, a path the base
     * scenario does not have) is reported at that line of the sweep file, not at a "--set" the
     * user never typed.
     */
    private Problem relocate(Problem problem) {
        String source = problem.location().source();
        for (int i = 0; i < spec.fixedSets().size(); i++) {
            if (source.equals("--set " + spec.fixedSets().get(i))) {
                return at(List.of("set", i), "in the base scenario: " + describe(problem));
            }
        }
        for (int i = 0; i < spec.parameters().size(); i++) {
            if (source.startsWith("--set " + spec.parameters().get(i).path() + "=")) {
                return at(List.of("parameters", i, "path"), "in the base scenario: " + describe(problem));
            }
        }
        return problem;
    }

    /** A scenario problem as part of a sweep file's message: its own location only when in a file. */
    static String describe(Problem problem) {
        if (problem.location().source().startsWith("--set ")) {
            return (problem.path().isEmpty() ? "" : problem.path() + ": ") + problem.message();
        }
        return problem.render();
    }

    private SweepSpec.Inputs inputsOf(LoadedScenario loaded) {
        List<SweepSpec.InputFile> files = new ArrayList<>();
        List<Path> read = new ArrayList<>(List.of(spec.file()));
        read.addAll(loaded.files());
        for (Path file : read) {
            Path absolute = file.toAbsolutePath().normalize();
            try {
                files.add(new SweepSpec.InputFile(absolute.toString(), SweepLoader.sha256(Files.readAllBytes(absolute))));
            } catch (IOException e) {
                problems.add(new Problem(Location.of(file.toString()), "", "cannot be read: " + FileFailure.withoutPath(e)));
            }
        }
        return new SweepSpec.Inputs(loaded.inputHash(), files);
    }

    void add(List<Object> path, String message) {
        problems.add(at(path, message));
    }

    private Problem at(List<Object> path, String message) {
        return new Problem(locate(root, path), render(path), message);
    }

    /** Where {@code path} is in the sweep file, or its nearest ancestor there. */
    static Location locate(YamlNode root, List<Object> path) {
        YamlNode node = root;
        for (Object step : path) {
            Optional<YamlNode> next = node.child(step);
            if (next.isEmpty()) {
                break;
            }
            node = next.get();
        }
        return node.location();
    }

    private static String render(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                text.append('[').append(i).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(step);
            }
        }
        return text.toString();
    }
}
