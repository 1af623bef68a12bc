package org.lngsim.backcast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.scenario.yaml.Location;

/**
 * The back-cast events of a folder ({@code scenarios/backcasts/<event>/scenario.yaml} and
 * {@code observed.csv}) and its {@code known-misses.csv}, loaded and checked in full before
 * anything runs: every scenario, every observation and every known miss, all problems at once.
 */
public final class BackcastLibrary {

    public static final String SCENARIO_FILE = "scenario.yaml";
    public static final String OBSERVED_FILE = "observed.csv";

    private final List<BackcastEvent> events;
    private final Map<String, KnownMiss> knownMisses;

    private BackcastLibrary(List<BackcastEvent> events, Map<String, KnownMiss> knownMisses) {
        this.events = List.copyOf(events);
        this.knownMisses = Map.copyOf(knownMisses);
    }

    /** The names of the events in {@code folder}, sorted: each sub-folder holding a scenario.yaml. */
    public static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve(SCENARIO_FILE), LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Loads the named events of {@code folder} (all of them when {@code names} is empty) and the
     * folder's known misses.
     */
    public static BackcastLibrary load(Path folder, ScenarioLoader loader, List<String> names)
            throws ScenarioException, IOException {
        List<String> all = names(folder);
        List<Problem> problems = new ArrayList<>();
        if (all.isEmpty()) {
            problems.add(new Problem(Location.of(folder.toString()), "",
                    "holds no back-cast events (sub-folders with " + SCENARIO_FILE + " and " + OBSERVED_FILE + ")"));
        }
        for (String name : names) {
            if (!all.contains(name)) {
                problems.add(new Problem(Location.of(folder.toString()), "", "no back-cast event '" + name + "'; the events are "
                        + String.join(", ", all)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        List<BackcastEvent> events = new ArrayList<>();
        for (String name : names.isEmpty() ? all : names.stream().distinct().sorted().toList()) {
            try {
                events.add(event(folder.resolve(name), name, loader));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        Map<String, KnownMiss> misses = Map.of();
        try {
            misses = KnownMissFile.read(folder.resolve(KnownMissFile.FILE));
            problems.addAll(unknownFigures(misses, events, all));
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new BackcastLibrary(events, misses);
    }

    private static BackcastEvent event(Path eventFolder, String name, ScenarioLoader loader) throws ScenarioException {
        Path scenarioFile = eventFolder.resolve(SCENARIO_FILE);
        LoadedScenario loaded = loader.load(scenarioFile, List.of());
        if (!loaded.scenario().name().equals(name)) {
            throw new ScenarioException(List.of(new Problem(Location.of(eventFolder.resolve(SCENARIO_FILE).toString()),
                    "name", "is '" + loaded.scenario().name() + "'; a back-cast's name must be its folder's, '" + name + "'")));
        }
        return new BackcastEvent(name, scenarioFile, loaded, ObservationFile.read(eventFolder.resolve(OBSERVED_FILE), loaded.scenario()));
    }

    /** Known misses of loaded events must name one of their figures; others must name an event. */
    private static List<Problem> unknownFigures(Map<String, KnownMiss> misses, List<BackcastEvent> events,
            List<String> all) {
        List<Problem> problems = new ArrayList<>();
        for (KnownMiss miss : misses.values()) {
            if (!all.contains(miss.event())) {
                problems.add(new Problem(miss.location(), "event", "no back-cast event '" + miss.event() + "'"));
                continue;
            }
            events.stream().filter(e -> e.name().equals(miss.event())).findFirst()
                    .filter(e -> e.observations().stream().noneMatch(o -> o.figure().equals(miss.figure())))
                    .ifPresent(e -> problems.add(new Problem(miss.location(), "figure", "event '" + miss.event()
                            + "' has no figure '" + miss.figure() + "' in its " + OBSERVED_FILE)));
        }
        return problems;
    }

    public List<BackcastEvent> events() {
        return events;
    }

    /** Known misses by {@code event/figure}. */
    public Map<String, KnownMiss> knownMisses() {
        return knownMisses;
    }
}
