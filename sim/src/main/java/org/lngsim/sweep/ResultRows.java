package org.lngsim.sweep;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.yaml.Location;

/**
 * Checks the rows of a saved results.csv against the sweep it claims to belong to: the number of
 * cells, a run number of this sweep and shard, the run's design point, replication and seed, its
 * parameter values (when the sweep's plan is at hand), metric cells that are numbers or empty,
 * and no run twice. A row that fails is named by file and line: lngsim never continues from rows
 * it did not write.
 */
final class ResultRows {

    /** The most bad rows named in one report; the rest are counted. */
    static final int MAX_REPORTED = 20;
    private static final Pattern RUN = Pattern.compile("0|[1-9][0-9]{0,8}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final SweepJson.State state;
    private final RunPlan plan;
    private final String source;
    private final BitSet seen = new BitSet();
    private final List<Problem> problems = new ArrayList<>();
    private int badRows;
    private int lastBadLine;

    /** {@code plan} may be null (a merge has no sweep file): parameter values are then not compared. */
    ResultRows(SweepJson.State state, RunPlan plan, String source) {
        this.state = state;
        this.plan = plan;
        this.source = source;
    }

    /** The runs of the rows accepted so far. */
    BitSet runs() {
        return seen;
    }

    /** Checks one complete row; remembers its run and returns true when it is good. */
    boolean check(CsvLines.Line line) {
        String problem = line.tooLong() ? "is longer than any results row" : problem(line.text());
        if (problem == null) {
            return true;
        }
        badRows++;
        lastBadLine = line.number();
        if (problems.size() < MAX_REPORTED) {
            String shown = line.text().length() > 60 ? line.text().substring(0, 60) + "…" : line.text();
            problems.add(new Problem(new Location(source, line.number(), 1), "", "'" + shown + "': " + problem
                    + "; lngsim continues only from rows it wrote: fix or remove the line, or start the sweep again in "
                    + "another --out"));
        }
        return false;
    }

    /** Every bad row found, or none. */
    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        if (badRows > problems.size()) {
            all.add(new Problem(new Location(source, lastBadLine, 1), "", "and " + (badRows - problems.size())
                    + " more bad rows, the last on this line"));
        }
        return all;
    }

    private String problem(String text) {
        String[] cells = text.split(",", -1);
        int parameters = state.parameters().size();
        int expected = 4 + parameters + state.metrics().size();
        if (cells.length != expected) {
            return "expected " + expected + " cells (run, point, replication, seed, " + parameters + " parameters, "
                    + state.metrics().size() + " metrics), found " + cells.length;
        }
        if (!RUN.matcher(cells[0]).matches() || Integer.parseInt(cells[0]) >= state.totalRuns()) {
            return "'" + cells[0] + "' is not a run of this sweep (runs 0 to " + (state.totalRuns() - 1) + ")";
        }
        int run = Integer.parseInt(cells[0]);
        if (run % state.shards() != state.shard()) {
            return "run " + run + " belongs to shard " + run % state.shards() + "/" + state.shards() + ", not to this "
                    + "folder's shard " + state.shard() + "/" + state.shards();
        }
        String identity = (run / state.replications()) + "," + (run % state.replications()) + ","
                + RunPlan.seed(state.seed(), run);
        if (!identity.equals(cells[1] + "," + cells[2] + "," + cells[3])) {
            return "run " + run + " has point, replication and seed " + identity + " in this sweep";
        }
        String values = plan == null ? null : parameterText(run);
        if (values != null && !values.equals(String.join(",", List.of(cells).subList(4, 4 + parameters)))) {
            return "run " + run + "'s parameter values are " + values + " in this sweep";
        }
        for (int m = 4 + parameters; m < cells.length; m++) {
            if (!cells[m].isEmpty() && !NUMBER.matcher(cells[m]).matches()) {
                return "metric " + state.metrics().get(m - 4 - parameters) + " is '" + cells[m] + "', not a number";
            }
        }
        if (seen.get(run)) {
            return "run " + run + " is already in the file (a duplicated row)";
        }
        seen.set(run);
        return null;
    }

    private String parameterText(int run) {
        List<String> texts = new ArrayList<>();
        for (Object value : plan.points().get(plan.run(run).point()).values()) {
            texts.add(Sampling.text(value));
        }
        return String.join(",", texts);
    }
}
