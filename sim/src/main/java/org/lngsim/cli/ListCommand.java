package org.lngsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lngsim list}: every id a world holds, and the scenarios found in the library. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every id of a world that a scenario can name (importers, plants, fleets, regions, "
                + "terminals, contracts, grids, gas demands, gas pools and their sectors, chokepoints), and the "
                + "scenarios found.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    private WorldOption worldOption;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Scenario library to search (default: scenarios/ next to the default world).")
    private Path directory;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLoader loader = new ScenarioLoader();
        Scenario scenario;
        try {
            scenario = loader.load(worldOption.world()).scenario();
        } catch (ScenarioException e) {
            worldOption.missingDefaultHint().ifPresent(hint -> spec.commandLine().getErr().println(hint));
            return ProblemReport.invalid(spec.commandLine().getErr(), e.problems());
        }
        new WorldListing(out).print(scenario);
        printScenarios(out, loader, directory != null ? directory : worldOption.home().library());
        out.flush();
        return ExitCodes.OK;
    }

    private void printScenarios(PrintWriter out, ScenarioLoader loader, Path library) throws IOException {
        List<Path> files = scenarioFiles(library);
        out.println("Scenarios in " + library + " (" + files.size() + "):");
        for (Path file : files) {
            try {
                Scenario scenario = loader.load(file).scenario();
                out.printf(Locale.ROOT, "  %-40s %s%n", library.relativize(file), firstLine(scenario.description()));
            } catch (ScenarioException e) {
                Problem first = e.problems().get(0);
                out.printf(Locale.ROOT, "  %-40s INVALID (%s; first: %s)%n", library.relativize(file),
                        Plural.of(e.problems().size(), "problem"), first.render());
            }
        }
    }

    /** Scenario files: YAML under the library, except base worlds and sweep files. */
    private static List<Path> scenarioFiles(Path library) throws IOException {
        if (!Files.isDirectory(library)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(library)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !library.relativize(p).startsWith("base") && !library.relativize(p).startsWith("sweeps"))
                    .sorted()
                    .toList();
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }
}
