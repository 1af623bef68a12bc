package org.lngsim.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.lngsim.events.EventBus;
import org.lngsim.events.EventListener;
import org.lngsim.output.RunSummary;
import org.lngsim.output.SummaryRecorder;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.world.LngWorld;

/**
 * The one way to run a scenario: with its protocol and, unless told otherwise, without it (the
 * counterfactual: the same scenario and seed, protocol off), each side simulated with the
 * listeners its caller needs, and the run invariants checked on both: the mass balance closes,
 * and a run with the protocol off shows no protocol at work. The CLI's run folder, a sweep's row,
 * the benchmark and the tests all come from here, so no caller can skip a check.
 *
 * <p>An experiment is immutable and holds no state between runs: an ensemble is a loop that
 * builds one per replication seed and calls {@link #run()}.
 */
public final class Experiment {

    /** The mass balance must close to this relative error (an invariant of every run). */
    public static final double MASS_BALANCE_TOLERANCE = 1e-6;

    /** What one side of the pair listens with, and the summary it yields once its run is over. */
    public interface Side {

        /** The subscribers to hand to the side's event bus, in this order. */
        List<EventListener> listeners();

        /** The side's summary (asked for only after the run has finished). */
        RunSummary summary();

        /** A side that records only its summary, plus {@code extra} listeners (after the recorder). */
        static Side recording(Scenario scenario, EventListener... extra) {
            SummaryRecorder recorder = new SummaryRecorder(scenario);
            List<EventListener> listeners = new ArrayList<>();
            listeners.add(recorder.listener());
            listeners.addAll(List.of(extra));
            return of(listeners, recorder::summary);
        }

        static Side of(List<EventListener> listeners, Supplier<RunSummary> summary) {
            List<EventListener> copy = List.copyOf(listeners);
            return new Side() {
                @Override
                public List<EventListener> listeners() {
                    return copy;
                }

                @Override
                public RunSummary summary() {
                    return summary.get();
                }
            };
        }
    }

    /** Opens a side for the scenario it will simulate (may create files, hence the exception). */
    @FunctionalInterface
    public interface SideFactory {
        Side open(Scenario scenario) throws IOException;
    }

    /**
     * What the pair produced. {@code off} is null when no counterfactual ran (it was not asked
     * for, or the scenario's protocol is off, so the run is its own counterfactual).
     */
    public record Outcome(RunSummary on, RunSummary off, long eventsPublished) {

        public Outcome {
            Objects.requireNonNull(on, "on");
        }

        /** The run's summary, holding the counterfactual and what the protocol avoided when there is one. */
        public RunSummary summary() {
            return off == null ? on : on.withCounterfactual(off);
        }
    }

    private final Scenario scenario;
    private final boolean counterfactual;
    private final SideFactory protocolSide;
    private final SideFactory counterfactualSide;

    private Experiment(Scenario scenario, boolean counterfactual, SideFactory protocolSide,
            SideFactory counterfactualSide) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.counterfactual = counterfactual;
        this.protocolSide = Objects.requireNonNull(protocolSide, "protocolSide");
        this.counterfactualSide = Objects.requireNonNull(counterfactualSide, "counterfactualSide");
    }

    /** The scenario with its counterfactual, both sides recording only their summaries. */
    public static Experiment of(Scenario scenario) {
        return new Experiment(scenario, true, Side::recording, Side::recording);
    }

    /** The same experiment with ({@code true}) or without its counterfactual run. */
    public Experiment counterfactual(boolean run) {
        return new Experiment(scenario, run, protocolSide, counterfactualSide);
    }

    /** The same experiment, the scenario's own run listened to by what {@code side} opens. */
    public Experiment protocolSide(SideFactory side) {
        return new Experiment(scenario, counterfactual, side, counterfactualSide);
    }

    /** The same experiment, the counterfactual run listened to by what {@code side} opens. */
    public Experiment counterfactualSide(SideFactory side) {
        return new Experiment(scenario, counterfactual, protocolSide, side);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Whether {@link #run()} simulates the counterfactual too: asked for, and there is a protocol to switch off. */
    public boolean runsCounterfactual() {
        return counterfactual && scenario.protocolEnabled();
    }

    /**
     * Simulates the counterfactual (when {@link #runsCounterfactual()}), then the scenario, and
     * checks both; the first broken invariant is thrown, and then no summary is returned.
     */
    public Outcome run() throws IOException, InvariantViolation {
        RunSummary off = null;
        if (runsCounterfactual()) {
            Scenario withoutProtocol = scenario.withoutProtocol();
            Side side = counterfactualSide.open(withoutProtocol);
            simulate(withoutProtocol, side.listeners());
            off = side.summary();
            checkMassBalance(off);
            checkProtocolOff(off, "in its own counterfactual");
        }
        Side side = protocolSide.open(scenario);
        long events = simulate(scenario, side.listeners());
        RunSummary on = side.summary();
        checkMassBalance(on);
        if (!scenario.protocolEnabled()) {
            checkProtocolOff(on, "in a run with the protocol off");
        }
        return new Outcome(on, off, events);
    }

    /** Simulates to the horizon with {@code listeners} subscribed; returns the events published. */
    static long simulate(Scenario scenario, List<EventListener> listeners) {
        EventBus bus = new EventBus();
        listeners.forEach(bus::subscribe);
        LngWorld world = new LngWorld(scenario, new ScenarioGeography(scenario), bus);
        world.runToHorizon();
        bus.finish();
        return bus.publishedCount();
    }

    /** Mass balance: at sea at the start + loaded = delivered + boil-off + at sea at the end. */
    static void checkMassBalance(RunSummary summary) throws InvariantViolation {
        RunSummary.MassBalance balance = summary.massBalance();
        if (!(balance.relativeError() <= MASS_BALANCE_TOLERANCE)) {
            throw new InvariantViolation(String.format(Locale.ROOT,
                    "mass balance does not close: error %.6f Mt (relative %.3g) — please report this as a bug",
                    balance.errorMt(), balance.relativeError()));
        }
    }

    /** With the protocol off there are no requests and no redirections. */
    static void checkProtocolOff(RunSummary off, String where) throws InvariantViolation {
        if (off.protocol().redirections() > 0 || off.protocol().requests() > 0) {
            throw new InvariantViolation("the protocol acted " + where + " — please report this as a bug");
        }
    }
}
