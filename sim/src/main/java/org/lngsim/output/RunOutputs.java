package org.lngsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.lngsim.events.EventListener;
import org.lngsim.scenario.LoadedScenario;

/**
 * The files of one run folder. Everything is written into a hidden folder next to the destination
 * ({@code .<name>.partial-<random>}) and moved into place by {@link #commit}, so readers of the
 * destination see either the previous complete run or the new complete run, never half of one.
 *
 * <p>Use: {@code open}, subscribe {@link #listeners()} to the bus, run, {@code bus.finish()},
 * {@code commit(wallTime)}; always in try-with-resources, so that a failure deletes the partial
 * folder.
 */
public final class RunOutputs implements AutoCloseable {

    static final String SUMMARY_FILE = "summary.json";
    static final String RESOLVED_SCENARIO_FILE = "scenario.resolved.yaml";

    private final Path finalDir;
    private final Path partialDir;
    private final LoadedScenario loaded;
    private final RunInfo info;
    private final EventsCsvWriter events;
    private final TimeseriesCsvWriter timeseries;
    private final CargoesCsvWriter cargoes;
    private final SummaryCollector summary;
    private boolean done;

    private TimeseriesCsvWriter counterfactualSeries;

    private RunOutputs(Path finalDir, Path partialDir, LoadedScenario loaded, RunInfo info) throws IOException {
        this.finalDir = finalDir;
        this.partialDir = partialDir;
        this.loaded = loaded;
        this.info = info;
        this.events = new EventsCsvWriter(partialDir);
        this.timeseries = new TimeseriesCsvWriter(partialDir);
        this.cargoes = new CargoesCsvWriter(partialDir);
        this.summary = new SummaryCollector(loaded.scenario(), info.seed());
    }

    /** Opens a fresh temporary folder next to {@code finalDir} and the streaming writers in it. */
    public static RunOutputs open(Path finalDir, LoadedScenario loaded, RunInfo info) throws IOException {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(info, "info");
        Path target = finalDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new OutputFolderException(finalDir + ": cannot write a run folder at the file-system root");
        }
        checkReplaceable(finalDir, target);
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new OutputFolderException(finalDir + ": cannot create its parent folder (" + e.getMessage() + ")");
        }
        // Same parent as the destination, so the final move is a rename on one file system.
        Path partial = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        try {
            readableByOthers(partial);
            return new RunOutputs(target, partial, loaded, info);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /** Folder of the counterfactual run's time series, inside the run folder. */
    public static final String COUNTERFACTUAL_DIR = "counterfactual";

    /**
     * Subscribers for the counterfactual run (protocol off): its daily time series go to
     * {@code counterfactual/timeseries.csv}, so charts can draw the run with and without the
     * protocol; its summary is returned by the recorder.
     */
    public List<EventListener> counterfactualListeners(SummaryRecorder recorder) throws IOException {
        Path folder = Files.createDirectories(partialDir.resolve(COUNTERFACTUAL_DIR));
        counterfactualSeries = new TimeseriesCsvWriter(folder);
        return List.of(counterfactualSeries, recorder.listener());
    }

    /**
     * A run replaces only what is missing, an empty folder or an earlier run folder (it holds
     * run.json and summary.json): never a user's own folder or file.
     */
    private static void checkReplaceable(Path given, Path target) throws OutputFolderException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new OutputFolderException(given + ": exists and is a file, not a run folder; choose another --out");
        }
        boolean runFolder = Files.isRegularFile(target.resolve(RunJson.FILE)) && Files.isRegularFile(target.resolve(SUMMARY_FILE));
        boolean empty;
        try (var entries = Files.list(target)) {
            empty = entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new OutputFolderException(given + ": cannot be read (" + e.getMessage() + ")");
        }
        if (!runFolder && !empty) {
            throw new OutputFolderException(given + ": exists and is not a run folder (no run.json and summary.json); "
                    + "a run replaces only an earlier run folder, so choose another --out");
        }
    }

    /** The output folder given cannot be used: a user's mistake, reported with exit code 2. */
    public static final class OutputFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        public OutputFolderException(String message) {
            super(message);
        }
    }

    /** Temporary folders are private by default; a run folder is an ordinary folder once committed. */
    private static void readableByOthers(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** The subscribers to hand to the run's event bus, in this order. */
    public List<EventListener> listeners() {
        return List.of(events, timeseries, cargoes, summary);
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
        JsonFiles.writeJson(partialDir.resolve(SUMMARY_FILE), written);
        JsonFiles.writeYaml(partialDir.resolve(RESOLVED_SCENARIO_FILE), loaded.resolved());
        List<String> files = new ArrayList<>(List.of(EventsCsvWriter.FILE, TimeseriesCsvWriter.FILE,
                CargoesCsvWriter.FILE, SUMMARY_FILE, RESOLVED_SCENARIO_FILE, RunJson.FILE));
        if (counterfactualSeries != null) {
            counterfactualSeries.finish();
            files.add(COUNTERFACTUAL_DIR + "/" + TimeseriesCsvWriter.FILE);
        }
        files.sort(null);
        JsonFiles.writeJson(partialDir.resolve(RunJson.FILE), new RunJson(info.programVersion(), info.seed(),
                info.inputHash(), info.sets(), wallTimeSeconds, files));
        finisher.finish(partialDir);
        moveIntoPlace();
        done = true;
        return finalDir;
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
        if (counterfactualSeries != null) {
            counterfactualSeries.close();
        }
        deleteQuietly(partialDir);
    }

    private void moveIntoPlace() throws IOException {
        if (!Files.exists(finalDir)) {
            rename(partialDir, finalDir);
            return;
        }
        Path old = Files.createTempDirectory(finalDir.getParent(), "." + finalDir.getFileName() + ".old-");
        Files.delete(old); // only its unique name is wanted: the old run folder is renamed onto it
        rename(finalDir, old);
        try {
            rename(partialDir, finalDir);
        } catch (IOException e) {
            rename(old, finalDir); // put the previous run back: a failure leaves it untouched
            throw e;
        }
        deleteQuietly(old);
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same parent, so this only happens on exotic file systems; a plain move is the best left.
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Best effort: a leftover hidden folder is harmless and named as partial.
                }
            });
        } catch (IOException e) {
            // Same: nothing more can be done about a folder that cannot be listed.
        }
    }
}
