package org.lngsim.output;

import org.lngsim.events.EventListener;
import org.lngsim.scenario.Scenario;

/** A run's summary without any files: for counterfactual runs and sweeps. */
public final class SummaryRecorder {

    private final SummaryCollector collector;

    public SummaryRecorder(Scenario scenario) {
        this.collector = new SummaryCollector(scenario, scenario.seed());
    }

    public EventListener listener() {
        return collector;
    }

    /** The summary, once the run has finished. */
    public RunSummary summary() {
        return collector.summary();
    }
}
