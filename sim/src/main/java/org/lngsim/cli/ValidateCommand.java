package org.lngsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lngsim validate FILE...}: checks scenario files in full and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files in full; print every problem as file:line:column: path: message.",
            "Valid values that are probably slips (a percentage written as a fraction, a window ending past the "
                    + "horizon) are printed as file:line:column: path: warning: message and change no exit code."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "2:a file has problems, or the usage is wrong"})
final class ValidateCommand implements Callable<Integer> {

    /** Past this many, more lines help nobody: the first problems usually explain the rest. */
    static final int MAX_PRINTED = 100;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario YAML files.")
    private List<Path> files;

    @Mixin
    private ScenarioOptions scenarioOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader();
        int invalid = 0;
        for (Path file : files) {
            try {
                LoadedScenario loaded = loader.load(file, scenarioOptions.overrides());
                ProblemReport.warnings(err, loaded.warnings());
                out.println("ok " + file + ": " + summary(loaded.scenario()));
            } catch (ScenarioException e) {
                invalid++;
                e.problems().stream().limit(MAX_PRINTED).forEach(problem -> err.println(problem.render()));
                if (e.problems().size() > MAX_PRINTED) {
                    int more = e.problems().size() - MAX_PRINTED;
                    err.printf(Locale.ROOT, "... and %,d more %s%n", more, Plural.noun(more, "problem"));
                }
                err.println(file + ": " + Plural.of(e.problems().size(), "problem"));
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private static String summary(Scenario scenario) {
        return String.format(Locale.ROOT,
                "scenario '%s', %s from %s, %s, %s, %s, %s", scenario.name(), Plural.of(scenario.horizonDays(), "day"),
                scenario.start(), Plural.of(scenario.plants().size(), "plant"),
                Plural.of(scenario.contracts().size(), "contract"), Plural.of(scenario.terminals().size(), "terminal"),
                Plural.of(scenario.disruptions().size(), "disruption"));
    }
}
