package org.lngsim.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.lngsim.files.AtomicFiles;
import org.lngsim.files.OutputException;

/**
 * The suite's figures as a person reads them, and as a JSON file to compare across commits. The
 * JSON file carries a marker, so that the command replaces only a file it wrote itself.
 */
public final class SuiteReport {

    /** The value of the JSON file's {@code kind} field. */
    public static final String KIND = "lngsim-bench-suite";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SuiteReport() {
    }

    public static String text(SuiteBenchmark.Figures f) {
        StringBuilder out = new StringBuilder();
        SuiteBenchmark.PerStep step = f.perStep();
        out.append(String.format(Locale.ROOT, "per step, model / bare MASON schedule (%,d steps, %d interleaved rounds): "
                + "median %.2fx (quartiles %.2f–%.2f, range %.2f–%.2f)%n", step.steps(), step.ratio().count(),
                step.ratio().median(), step.ratio().lowerQuartile(), step.ratio().upperQuartile(), step.ratio().min(),
                step.ratio().max()));
        out.append(String.format(Locale.ROOT, "  model %.4f s a run, bare schedule %.4f s (medians)%n",
                step.modelSeconds().median(), step.bareSeconds().median()));
        out.append("library scenarios, each with its counterfactual (warm, median):\n");
        for (SuiteBenchmark.Pair pair : f.pairs()) {
            out.append(String.format(Locale.ROOT, "  %-36s %7.3f s a pair (%.3f–%.3f)  %5.2fx the baseline pair%n",
                    pair.scenario(), pair.seconds().median(), pair.seconds().min(), pair.seconds().max(),
                    pair.ratioToBaselinePair()));
        }
        SuiteBenchmark.Horizon h = f.horizon();
        out.append(String.format(Locale.ROOT, "horizon: %d days %.4f s, %d days %.4f s: %.1fx the time for %.0fx the horizon%n",
                h.days(), h.seconds(), h.longDays(), h.longSeconds(), h.costRatio(), h.horizonRatio()));
        for (SuiteBenchmark.SweepRun sweep : f.sweeps()) {
            out.append(String.format(Locale.ROOT, "sweep %s: %d runs on %d threads in %.1f s (%.2f runs/s)%n",
                    sweep.sweep(), sweep.runs(), sweep.threads(), sweep.seconds(), sweep.runsPerSecond()));
        }
        SuiteBenchmark.EnsembleRun e = f.ensemble();
        if (e != null) {
            out.append(String.format(Locale.ROOT, "default run of %s: %d pairs on %d threads with charts and report, "
                    + "%.1f s (warm JVM)%n", e.scenario(), e.replications(), e.threads(), e.seconds()));
        }
        ColdRun.Figures cold = f.coldRuns();
        if (cold != null) {
            out.append(String.format(Locale.ROOT, "lngsim run %s from the shell (launcher, new JVM, default ensemble, "
                    + "charts, report): median %.1f s of %d (%.1f–%.1f), the first %.1f s%n", cold.scenario(),
                    cold.seconds().median(), cold.runs(), cold.seconds().min(), cold.seconds().max(), cold.firstSeconds()));
        }
        return out.toString();
    }

    public static String json(SuiteBenchmark.Figures f) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", KIND);
        root.put("java", System.getProperty("java.version"));
        root.put("processors", Runtime.getRuntime().availableProcessors());
        root.put("figures", f);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bench figures are plain records", e);
        }
    }

    /**
     * Writes the JSON file atomically: a new file, or one this command wrote before (its
     * {@code kind} says so); anything else is left alone and refused.
     */
    public static void write(Path file, SuiteBenchmark.Figures f) throws IOException {
        refuseForeign(file);
        AtomicFiles.writeString(file, json(f));
    }

    /** Refuses, before anything is measured, a JSON path holding a file this command did not write. */
    public static void refuseForeign(Path file) throws OutputException {
        if (Files.isDirectory(file)) {
            throw new OutputException(file + ": is a folder; --json takes a file path (nothing was written)");
        }
        if (Files.exists(file) && !writtenByBench(file)) {
            throw new OutputException(file + ": exists and was not written by lngsim bench --suite; "
                    + "give another --json path (nothing was written)");
        }
    }

    private static boolean writtenByBench(Path file) {
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            return node != null && KIND.equals(node.path("kind").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
