package org.lngsim.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.lngsim.events.EventBus;
import org.lngsim.events.SimEvent;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.scenario.load.TestScenarios;
import org.lngsim.world.LngWorld;

/**
 * The test mini world (two plants, Futtsu and Dahej, two contracts) with {@code --set}
 * overrides: built and started, or run to its horizon with every event kept in memory.
 */
final class MiniWorld {

    private final LngWorld world;
    private final List<SimEvent> events = new ArrayList<>();

    private MiniWorld(String... sets) {
        Scenario scenario = load(sets);
        EventBus bus = new EventBus();
        bus.subscribe(events::add);
        this.world = new LngWorld(scenario, new ScenarioGeography(scenario), bus);
    }

    /** Built and started: every agent exists and is scheduled, nothing has run. */
    static MiniWorld started(String... sets) {
        MiniWorld mini = new MiniWorld(sets);
        mini.world.start();
        return mini;
    }

    /** Run to the horizon (and finished: cargoes still at sea and running shortfalls reported). */
    static MiniWorld run(String... sets) {
        MiniWorld mini = new MiniWorld(sets);
        mini.world.runToHorizon();
        return mini;
    }

    private static Scenario load(String... sets) {
        try {
            return new ScenarioLoader().load(TestScenarios.miniWorld(), List.of(sets)).scenario();
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    LngWorld world() {
        return world;
    }

    Scenario scenario() {
        return world.scenario();
    }

    <T extends SimEvent> Stream<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }

    <T extends SimEvent> Stream<T> all(Class<T> type, Predicate<T> filter) {
        return all(type).filter(filter);
    }
}
