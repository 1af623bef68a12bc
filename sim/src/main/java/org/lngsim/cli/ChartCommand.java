package org.lngsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lngsim.runfolder.read.RunFolderException;
import org.lngsim.files.FileFailure;
import org.lngsim.files.OutputException;
import org.lngsim.report.Briefing;
import org.lngsim.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lngsim chart RUN_DIR}: redraws a run folder's charts and report from its saved files. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Redraw the charts (charts/) and report.html of a run folder from its saved files, without"
                + " simulating again. The old charts and report are replaced only once the new ones are complete.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:charts and report were written", "1:drawing failed (the old ones are kept)",
            "2:RUN_DIR is not a readable run folder, or the usage is wrong"})
final class ChartCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_DIR", description = "A run folder written by 'lngsim run'.")
    private Path runDir;

    @Mixin
    private ChartFormatOptions chartFormats;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Briefing.Written written = Briefing.redraw(runDir, chartFormats.formats());
            out.printf("wrote %s in %s and %s%n", Plural.of(written.charts().size(), "chart"),
                    runDir.resolve(Briefing.CHARTS_DIR), written.report());
            out.flush();
            return ExitCodes.OK;
        } catch (RunFolderException | OutputException e) {
            err.println("lngsim chart: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        } catch (IOException e) {
            err.println("lngsim chart: cannot write " + runDir + ": " + FileFailure.reason(e) + " (the folder is unchanged)");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
    }
}
