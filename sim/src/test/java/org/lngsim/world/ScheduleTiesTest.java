package org.lngsim.world;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lngsim.events.EventBus;
import org.lngsim.output.RunSummary;
import org.lngsim.output.SummaryRecorder;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.scenario.load.ScenarioLoader;

/**
 * Simultaneous steps of one phase run in the order they were scheduled, never in an order MASON
 * draws: the run does not depend on {@code SimState.random} at all, so a run with the protocol and
 * its counterfactual differ only by what the protocol did (README "Ensembles").
 */
class ScheduleTiesTest {

    private static final Path HORMUZ = Path.of("..", "scenarios", "hormuz-closure-60d.yaml");

    private static Scenario hormuz() throws Exception {
        // 120 days: the closure, the protocol's redirections and their paybacks
        return new ScenarioLoader().load(HORMUZ, List.of("horizonDays=120")).scenario();
    }

    private static RunSummary run(Scenario scenario, Long scheduleSeed, LngWorld[] keep) {
        EventBus bus = new EventBus();
        SummaryRecorder recorder = new SummaryRecorder(scenario);
        bus.subscribe(recorder.listener());
        LngWorld world = new LngWorld(scenario, new ScenarioGeography(scenario), bus);
        if (scheduleSeed != null) {
            world.random = new MersenneTwisterFast(scheduleSeed);
        }
        world.runToHorizon();
        bus.finish();
        keep[0] = world;
        return recorder.summary();
    }

    @Test
    void theScheduleDrawsNoRandomNumberToBreakTies() throws Exception {
        Scenario scenario = hormuz();
        LngWorld[] world = new LngWorld[1];
        run(scenario, null, world);
        // MASON seeds SimState.random with the run seed and start() draws from it; a tie the schedule
        // shuffled afterwards would have advanced it further
        sim.engine.SimState started = new sim.engine.SimState(scenario.seed());
        started.start();
        assertThat(world[0].random.nextLong()).isEqualTo(started.random.nextLong());
    }

    @Test
    void anotherScheduleSeedGivesTheSameRun() throws Exception {
        Scenario scenario = hormuz();
        LngWorld[] world = new LngWorld[1];
        RunSummary own = run(scenario, null, world);
        RunSummary other = run(scenario, 12345L, world);
        assertThat(own.protocol().redirections()).as("the protocol acted, so the test sees its steps").isPositive();
        assertThat(other).isEqualTo(own);
    }
}
