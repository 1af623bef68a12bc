package org.lngsim.cli;

import java.util.concurrent.Callable;
import org.lngsim.scenario.load.ScenarioSchema;
import org.lngsim.sweep.SweepLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code lngsim schema}: prints the JSON Schema of scenario files, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of scenario files (or, with --sweep, of sweep files) for editors.")
final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--sweep", description = "The schema of sweep files instead.")
    private boolean sweep;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(sweep ? SweepLoader.schemaText() + "\n" : ScenarioSchema.text());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
