package org.lngsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lngsim.sweep.SweepException;
import org.lngsim.sweep.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lngsim merge DIR...}: joins sweep shards into one folder with results and stats. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the shard folders of one sweep into one results.csv, stats.csv and daily.csv, and draw the sweep charts.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Shard folders of one sweep.")
    private List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the merged results.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SweepMerge.Outcome outcome = SweepMerge.merge(shards, out);
            org.lngsim.charts.SweepCharts.drawAll(out, java.util.Set.of(org.lngsim.charts.ChartFormat.PNG));
            PrintWriter writer = spec.commandLine().getOut();
            writer.printf("merged %d shards: %d of %d runs into %s%n", outcome.shards(), outcome.runs(),
                    outcome.totalRuns(), outcome.folder());
            if (!outcome.missingRuns().isEmpty()) {
                writer.printf("missing %d runs (first: %s); resume their shards with --resume%n",
                        outcome.missingRuns().size(), outcome.missingRuns().subList(0, Math.min(10, outcome.missingRuns().size())));
            }
            writer.flush();
            return outcome.missingRuns().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
        } catch (SweepException e) {
            return ProblemReport.invalid(err, e.problems());
        }
    }
}
