package org.lngsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lngsim.compare.CompareException;
import org.lngsim.compare.Comparison;
import org.lngsim.compare.ComparisonText;
import org.lngsim.files.FileFailure;
import org.lngsim.files.OutputException;
import org.lngsim.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lngsim compare A B [C...]}: run folders side by side, differences from the first. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare run folders side by side: the headline numbers with each run's difference from the"
                + " first (put the baseline first), overlay charts of shortfall, stocks and deliveries, and"
                + " compare.html, written into the --out folder. Runs must cover the same period.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the comparison was written", "1:drawing failed (nothing was written)",
            "2:a folder is not a readable run folder, the runs cover different periods, --out is not lngsim's to"
                + " write, or the usage is wrong (nothing was written)"})
final class CompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_DIR", arity = "2..*",
            description = "Run folders written by 'lngsim run'; the first is the reference (e.g. the baseline).")
    private List<Path> runDirs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Comparison folder to write (compare.html and charts/); missing, empty, or an earlier"
                    + " comparison folder.")
    private Path outDir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Comparison comparison = Comparison.read(runDirs);
            Comparison.Written written = comparison.write(outDir);
            out.print(ComparisonText.of(comparison));
            out.printf("compared %s (reference: %s); wrote %s and %s%n", Plural.of(runDirs.size(), "run"),
                    comparison.names().get(0), written.page(), Plural.of(written.charts(), "chart"));
            out.flush();
            return ExitCodes.OK;
        } catch (CompareException | OutputException e) {
            err.println("lngsim compare: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        } catch (IOException e) {
            err.println("lngsim compare: cannot write " + outDir + ": " + FileFailure.reason(e) + " (nothing was written)");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
    }
}
