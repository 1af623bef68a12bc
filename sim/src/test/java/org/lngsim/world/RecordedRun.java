package org.lngsim.world;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.lngsim.events.SimEvent;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;

/** A full run of a shipped scenario (with overrides) whose events are kept in memory for tests. */
public final class RecordedRun {

    public static final Path BASELINE = Path.of("..", "scenarios", "baseline-2024.yaml");

    private final Scenario scenario;
    private final List<SimEvent> events = new ArrayList<>();

    private RecordedRun(Scenario scenario) {
        this.scenario = scenario;
    }

    public static RecordedRun baselineWith(String... sets) {
        return of(BASELINE, sets);
    }

    public static RecordedRun of(Path file, String... sets) {
        try {
            RecordedRun run = new RecordedRun(new ScenarioLoader().load(file, List.of(sets)).scenario());
            ScenarioRunner.simulate(run.scenario, List.of(run.events::add));
            return run;
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    public <T extends SimEvent> Stream<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }

    public <T extends SimEvent> Stream<T> all(Class<T> type, Predicate<T> filter) {
        return all(type).filter(filter);
    }
}
