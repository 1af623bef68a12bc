package org.lngsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lngsim.scenario.Chokepoint;
import org.lngsim.scenario.Grid;
import org.lngsim.scenario.Plant;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.Terminal;
import org.lngsim.scenario.load.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lngsim list}: what a world holds, and the scenarios found in the library. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the plants, terminals, grids and chokepoints of a world, and the scenarios found.")
final class ListCommand implements Callable<Integer> {

    @Option(names = "--world", paramLabel = "FILE", defaultValue = "scenarios/base/world-2024.yaml",
            description = "World to list (default: ${DEFAULT-VALUE}).")
    private Path world;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "scenarios",
            description = "Scenario library to search (default: ${DEFAULT-VALUE}).")
    private Path directory;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLoader loader = new ScenarioLoader();
        Scenario scenario;
        try {
            scenario = loader.load(world).scenario();
        } catch (ScenarioException e) {
            return ProblemReport.invalid(spec.commandLine().getErr(), e.problems());
        }
        printWorld(out, scenario);
        printScenarios(out, loader);
        out.flush();
        return ExitCodes.OK;
    }

    private void printWorld(PrintWriter out, Scenario scenario) {
        out.println("Plants (" + scenario.plants().size() + "):");
        for (Plant plant : scenario.plants()) {
            out.printf(Locale.ROOT, "  %-22s %-40s %-14s %6.1f Mtpa%n", plant.id(), plant.name(),
                    plant.country() == null ? "" : plant.country(), plant.capacityMtpa());
        }
        out.println("Terminals (" + scenario.terminals().size() + "):");
        for (Terminal terminal : scenario.terminals()) {
            out.printf(Locale.ROOT, "  %-22s %-40s %-8s %6.1f Mtpa%n", terminal.id(), terminal.name(),
                    terminal.importer(), terminal.regasCapacityMtpa());
        }
        out.println("Grids (" + scenario.grids().size() + "):");
        for (Grid grid : scenario.grids()) {
            out.printf(Locale.ROOT, "  %-22s %-40s %6.1f TWh/yr%n", grid.id(), grid.name(), grid.annualDemandTWh());
        }
        out.println("Chokepoints (" + scenario.chokepoints().size() + "):");
        for (Chokepoint chokepoint : scenario.chokepoints()) {
            out.printf(Locale.ROOT, "  %-22s %s%n", chokepoint.id(), chokepoint.name());
        }
    }

    private void printScenarios(PrintWriter out, ScenarioLoader loader) throws IOException {
        List<Path> files = scenarioFiles();
        out.println("Scenarios in " + directory + " (" + files.size() + "):");
        for (Path file : files) {
            try {
                Scenario scenario = loader.load(file).scenario();
                out.printf(Locale.ROOT, "  %-40s %s%n", directory.relativize(file), firstLine(scenario.description()));
            } catch (ScenarioException e) {
                Problem first = e.problems().get(0);
                out.printf(Locale.ROOT, "  %-40s INVALID (%d problems; first: %s)%n", directory.relativize(file),
                        e.problems().size(), first.render());
            }
        }
    }

    /** Scenario files: YAML under the library, except base worlds and sweep files. */
    private List<Path> scenarioFiles() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !directory.relativize(p).startsWith("base") && !directory.relativize(p).startsWith("sweeps"))
                    .sorted()
                    .toList();
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }
}
