package org.lngsim.gui;

import org.lngsim.events.EventBus;
import org.lngsim.output.RunSummary;
import org.lngsim.output.SummaryRecorder;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.world.LngWorld;

/**
 * One run under the GUI: the batch run's own world ({@link LngWorld}) on a bus with the batch
 * run's summary recorder first, then the map's listeners (which only read). The Console steps the
 * world's schedule; the summary is the run's once the schedule has drained at the horizon.
 */
final class LiveRun {

    private final EventBus bus = new EventBus();
    private final SummaryRecorder recorder;
    private final ShipMarks marks = new ShipMarks();
    private final DailyShortfall shortfall;
    private final LngWorld world;
    private boolean finished;

    LiveRun(Scenario scenario, ScenarioGeography geography) {
        recorder = new SummaryRecorder(scenario);
        shortfall = new DailyShortfall(scenario.horizonDays());
        bus.subscribe(recorder.listener());
        bus.subscribe(marks);
        bus.subscribe(shortfall);
        world = new LngWorld(scenario, geography, bus);
    }

    LngWorld world() {
        return world;
    }

    ShipMarks marks() {
        return marks;
    }

    DailyShortfall shortfall() {
        return shortfall;
    }

    /** Whether the schedule ran out at the horizon (not stopped part way). */
    boolean reachedHorizon() {
        return world.schedule.scheduleComplete();
    }

    /** After the world's finish: the listeners close (once). */
    void finished() {
        if (!finished) {
            finished = true;
            bus.finish();
        }
    }

    /** The run's summary; only meaningful once {@link #reachedHorizon()} and {@link #finished()}. */
    RunSummary summary() {
        return recorder.summary();
    }
}
