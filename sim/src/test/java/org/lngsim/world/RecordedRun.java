package org.lngsim.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.lngsim.events.SimEvent;
import org.lngsim.output.RunSummary;
import org.lngsim.run.Experiment;
import org.lngsim.run.InvariantViolation;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;

/**
 * A full run of a shipped scenario (with overrides) whose events and summary are kept in memory
 * for tests, made through {@link Experiment} (so its invariants are checked) without a
 * counterfactual. {@link #shared} runs are made once per test JVM and handed to every test class
 * that asks for the same scenario and overrides (the baseline year is wanted by half a dozen);
 * a recorded run is immutable, so sharing it is safe from parallel tests.
 */
public final class RecordedRun {

    public static final Path BASELINE = Path.of("..", "scenarios", "baseline-2024.yaml");

    /** Shared runs kept at once; a run of the baseline year holds some tens of MB of events. */
    private static final int SHARED_RUNS = 8;
    private static final Map<List<String>, CompletableFuture<RecordedRun>> SHARED = new LinkedHashMap<>(16, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, CompletableFuture<RecordedRun>> eldest) {
            return size() > SHARED_RUNS;
        }
    };

    private final Scenario scenario;
    private final List<SimEvent> events;
    private final RunSummary summary;

    private RecordedRun(Scenario scenario, List<SimEvent> events, RunSummary summary) {
        this.scenario = scenario;
        this.events = Collections.unmodifiableList(events);
        this.summary = summary;
    }

    /** The baseline year as shipped, made once per JVM and shared by every test that reads it. */
    public static RecordedRun baseline() {
        return shared(BASELINE);
    }

    /** The baseline year with {@code sets}, shared with every test asking for the same. */
    public static RecordedRun sharedBaselineWith(String... sets) {
        return shared(BASELINE, sets);
    }

    /** A fresh run of the baseline year with {@code sets} (a case no other test reads). */
    public static RecordedRun baselineWith(String... sets) {
        return of(BASELINE, sets);
    }

    /** The run of {@code file} with {@code sets}, made once per JVM (concurrent callers wait for it). */
    public static RecordedRun shared(Path file, String... sets) {
        List<String> key = new ArrayList<>();
        key.add(file.toAbsolutePath().normalize().toString());
        key.addAll(List.of(sets));
        CompletableFuture<RecordedRun> run;
        boolean mine = false;
        synchronized (SHARED) {
            run = SHARED.get(key);
            if (run == null) {
                run = new CompletableFuture<>();
                SHARED.put(List.copyOf(key), run);
                mine = true;
            }
        }
        if (mine) {
            try {
                run.complete(of(file, sets));
            } catch (RuntimeException | Error e) {
                run.completeExceptionally(e);
            }
        }
        return run.join();
    }

    /** A fresh run of {@code file} with {@code sets}, not shared (a one-off case). */
    public static RecordedRun of(Path file, String... sets) {
        try {
            Scenario scenario = new ScenarioLoader().load(file, List.of(sets)).scenario();
            List<SimEvent> events = new ArrayList<>();
            RunSummary summary = Experiment.of(scenario).counterfactual(false)
                    .protocolSide(s -> Experiment.Side.recording(s, events::add)).run().on();
            return new RecordedRun(scenario, events, summary);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (InvariantViolation e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The run's summary, as its run folder's summary.json would hold it without a counterfactual. */
    public RunSummary summary() {
        return summary;
    }

    public <T extends SimEvent> Stream<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }

    public <T extends SimEvent> Stream<T> all(Class<T> type, Predicate<T> filter) {
        return all(type).filter(filter);
    }
}
