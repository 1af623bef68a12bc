package org.lngsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.lngsim.events.EventListener;
import org.lngsim.files.FolderKind;
import org.lngsim.files.OutputException;
import org.lngsim.files.StagedFolder;
import org.lngsim.runfolder.RunFile;
import org.lngsim.scenario.LoadedScenario;

/**
 * The files of one run folder. Everything is written into a {@link StagedFolder} next to the
 * destination and swapped into place by {@link #commit}, so readers of the destination see either
 * the previous complete run or the new complete run, never half of one, and a folder that is not
 * a run folder is never replaced.
 *
 * <p>Use: {@code open}, subscribe {@link #listeners()} to the bus, run, {@code bus.finish()},
 * {@code commit(wallTime)}; always in try-with-resources, so that a failure deletes the partial
 * folder.
 */
public final class RunOutputs implements AutoCloseable {

    private final StagedFolder staged;
    private final Path partialDir;
    private final LoadedScenario loaded;
    private final RunInfo info;
    private final EventsCsvWriter events;
    private final TimeseriesCsvWriter timeseries;
    private final CargoesCsvWriter cargoes;
    private final RoutesCsvWriter routes;
    private final SummaryCollector summary;
    private boolean done;

    private TimeseriesCsvWriter counterfactualSeries;

    private RunOutputs(StagedFolder staged, LoadedScenario loaded, RunInfo info) throws IOException {
        this.staged = staged;
        this.partialDir = staged.dir();
        this.loaded = loaded;
        this.info = info;
        this.events = new EventsCsvWriter(partialDir);
        this.timeseries = new TimeseriesCsvWriter(partialDir);
        this.cargoes = new CargoesCsvWriter(partialDir);
        this.routes = new RoutesCsvWriter(partialDir);
        this.summary = new SummaryCollector(loaded.scenario(), info.seed());
    }

    /**
     * Opens a fresh temporary folder next to {@code finalDir} and the streaming writers in it.
     *
     * @throws OutputException when {@code finalDir} is not lngsim's to replace (a user's folder,
     *     a file, a symbolic link) or cannot be written
     */
    public static RunOutputs open(Path finalDir, LoadedScenario loaded, RunInfo info) throws IOException {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(info, "info");
        StagedFolder staged = StagedFolder.open(finalDir, FolderKind.RUN);
        try {
            return new RunOutputs(staged, loaded, info);
        } catch (IOException | RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    /**
     * Subscribers for the counterfactual run (protocol off): its daily time series go to
     * {@code counterfactual/timeseries.csv}, so charts can draw the run with and without the
     * protocol; its summary is returned by the recorder.
     */
    public List<EventListener> counterfactualListeners(SummaryRecorder recorder) throws IOException {
        Path folder = Files.createDirectories(partialDir.resolve(RunFile.COUNTERFACTUAL_DIR));
        counterfactualSeries = new TimeseriesCsvWriter(folder);
        return List.of(counterfactualSeries, recorder.listener());
    }

    /** The subscribers to hand to the run's event bus, in this order. */
    public List<EventListener> listeners() {
        return List.of(events, timeseries, cargoes, routes, summary);
    }

    /** The summary built from the events (available once the listeners have finished). */
    public RunSummary summary() {
        return summary.summary();
    }

    /** Where the run folder is being written until {@link #commit}. */
    public Path partialDir() {
        return partialDir;
    }

    /**
     * Finishes the writers (if the bus has not), writes {@code summary.json}, {@code run.json} and
     * {@code scenario.resolved.yaml}, then moves the folder into place. An existing folder at the
     * destination is replaced only now: renamed aside, the new one renamed in, the old deleted.
     *
     * @return the run folder
     */
    public Path commit(double wallTimeSeconds) throws IOException {
        return commit(wallTimeSeconds, null);
    }

    /**
     * As {@link #commit(double)}, with the summary of the counterfactual run (protocol off) added
     * to {@code summary.json} when given.
     */
    public Path commit(double wallTimeSeconds, RunSummary counterfactual) throws IOException {
        return commit(wallTimeSeconds, counterfactual, folder -> { });
    }

    /** Something that adds files (charts, the report) to a finished run folder before it is moved into place. */
    @FunctionalInterface
    public interface Finisher {
        void finish(Path runFolder) throws IOException;
    }

    /**
     * As {@link #commit(double, RunSummary)}; {@code finisher} runs on the complete folder (all
     * data files written) before the move, so the folder appears whole or not at all.
     */
    public Path commit(double wallTimeSeconds, RunSummary counterfactual, Finisher finisher) throws IOException {
        if (done) {
            throw new IllegalStateException("run outputs already committed or closed");
        }
        try {
            for (EventListener listener : listeners()) {
                listener.finish();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        RunSummary written = counterfactual == null ? summary.summary() : summary.summary().withCounterfactual(counterfactual);
        JsonFiles.writeJson(RunFile.SUMMARY.in(partialDir), written);
        JsonFiles.writeYaml(RunFile.SCENARIO.in(partialDir), loaded.resolved());
        if (counterfactualSeries != null) {
            counterfactualSeries.finish();
        }
        // run.json first, so the finisher (the report) can read the run's identity; written again
        // once the charts and the report are there, listing every file the folder holds.
        writeRunJson(wallTimeSeconds);
        finisher.finish(partialDir);
        writeRunJson(wallTimeSeconds);
        Path folder = staged.commit();
        done = true;
        return folder;
    }

    private void writeRunJson(double wallTimeSeconds) throws IOException {
        JsonFiles.writeJson(RunFile.RUN_JSON.in(partialDir), RunJson.of(info, wallTimeSeconds, RunFileList.of(partialDir)));
    }

    /** Abandons the run unless it was committed: closes the files and deletes the partial folder. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        events.close();
        timeseries.close();
        cargoes.close();
        routes.close();
        if (counterfactualSeries != null) {
            counterfactualSeries.close();
        }
        staged.close();
    }
}
