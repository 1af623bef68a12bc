package org.lngsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lngsim.files.FileFailure;
import org.lngsim.charts.ChartFormat;
import org.lngsim.charts.SweepCharts;
import org.lngsim.files.OutputException;
import org.lngsim.sweep.SweepException;
import org.lngsim.sweep.SweepMerge;
import org.lngsim.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lngsim merge DIR...}: joins sweep shards into one folder with results and stats. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the shard folders of one sweep into one results.csv, stats.csv and daily.csv, and draw the sweep charts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every run of the sweep was merged", "1:runs are missing (resume their shards, merge again)",
                "2:a shard or --out is unusable (nothing was written)"})
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Shard folders of one sweep.")
    private List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for the merged results: a new folder or an earlier merge's, which is replaced whole.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SweepMerge.Outcome outcome = SweepMerge.merge(shards, out, folder -> SweepCharts.drawAll(folder,
                    Set.of(ChartFormat.PNG)));
            outcome.notes().forEach(note -> err.println("note: " + note));
            err.flush();
            PrintWriter writer = spec.commandLine().getOut();
            writer.printf("merged %s: %d of %s into %s%n", Plural.of(outcome.shards(), "shard"), outcome.runs(),
                    Plural.of(outcome.totalRuns(), "run"), outcome.folder());
            if (outcome.missing() > 0) {
                writer.printf("missing %s (first: %s); resume their shards with --resume%n", Plural.of(outcome.missing(), "run"),
                        outcome.missingRuns().subList(0, Math.min(10, outcome.missingRuns().size())));
            }
            writer.flush();
            return outcome.missing() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
        } catch (SweepException e) {
            return ProblemReport.invalid(err, e.problems());
        } catch (OutputException e) {
            err.println("lngsim merge: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            err.println("lngsim merge: cannot write " + out + ": " + FileFailure.withoutPath(cause) + " (nothing was written)");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
    }
}
