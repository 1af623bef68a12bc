package org.lngsim.runfolder;

import java.nio.file.Path;

/**
 * The data files of a run folder, by their path inside it ({@code /}-separated). The charts and
 * the report drawn from them are {@link #CHARTS_DIR} and {@link #REPORT}.
 */
public enum RunFile {
    /** The run's outcome in numbers, with the counterfactual's when it ran. */
    SUMMARY("summary.json"),
    /** What ran, with what, and the list of the folder's files. */
    RUN_JSON("run.json"),
    /** The scenario as run: every default filled in, every {@code --set} applied. */
    SCENARIO("scenario.resolved.yaml"),
    /** One row per occurrence, in publication order. */
    EVENTS("events.csv"),
    /** Daily values in long format. */
    TIMESERIES("timeseries.csv"),
    /** One row per cargo, in the order cargoes end. */
    CARGOES("cargoes.csv"),
    /** The waypoints each cargo sailed, one row per cargo, in the order cargoes end. */
    ROUTES("routes.csv"),
    /** The protocol-off run's daily values, when the counterfactual ran. */
    COUNTERFACTUAL_TIMESERIES(RunFile.COUNTERFACTUAL_DIR + "/timeseries.csv"),
    /** An ensemble's figures across its replications (absent for one replication). */
    ENSEMBLE("ensemble.json"),
    /** An ensemble's daily percentile bands of shortfall and stocks (absent for one replication). */
    ENSEMBLE_BANDS(RunFile.ENSEMBLE_DIR + "/bands.csv");

    /** Folder of an ensemble's files other than {@code ensemble.json}. */
    public static final String ENSEMBLE_DIR = "ensemble";

    /** Folder of the counterfactual run's files. */
    public static final String COUNTERFACTUAL_DIR = "counterfactual";
    /** Folder of the charts, drawn from the data files. */
    public static final String CHARTS_DIR = "charts";
    /** The briefing page, drawn from the data files. */
    public static final String REPORT = "report.html";

    private final String path;

    RunFile(String path) {
        this.path = path;
    }

    /** The path inside the run folder, {@code /}-separated. */
    public String path() {
        return path;
    }

    /** This file in {@code runFolder}. */
    public Path in(Path runFolder) {
        return runFolder.resolve(path);
    }

    @Override
    public String toString() {
        return path;
    }
}
