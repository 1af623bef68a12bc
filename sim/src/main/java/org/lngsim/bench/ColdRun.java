package org.lngsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.lngsim.files.ScratchFolder;

/**
 * Times {@code lngsim run SCENARIO} as users start it: the launcher script, a new JVM each time,
 * the default ensemble, charts and report, into a scratch folder; wall time from starting the
 * process to its exit. The first run may also write the launcher's class-data archive (when none
 * is there for this jar), so it is reported apart from the median of the rest.
 */
public final class ColdRun {

    /** What {@code runs} launcher runs took: the first alone, and all of them. */
    public record Figures(String scenario, int runs, double firstSeconds, Spread seconds) {
    }

    private ColdRun() {
    }

    /**
     * Runs {@code launcher run scenario --out <scratch>} {@code runs} times.
     *
     * @throws IOException when a run cannot start or exits with an error (its output is in the message)
     */
    public static Figures measure(Path launcher, Path scenario, int runs, Consumer<String> progress)
            throws IOException, InterruptedException {
        return measure(launcher, scenario, runs, Map.of(), progress);
    }

    /** As above, with {@code environment} added to the launcher's (e.g. its own {@code LNGSIM_CACHE}). */
    public static Figures measure(Path launcher, Path scenario, int runs, Map<String, String> environment,
            Consumer<String> progress) throws IOException, InterruptedException {
        Objects.requireNonNull(launcher, "launcher");
        if (runs < 1) {
            throw new IllegalArgumentException("cold runs must be at least 1, got " + runs);
        }
        if (!Files.isRegularFile(launcher)) {
            throw new IOException(launcher + ": no lngsim launcher there (cold runs start it as users do)");
        }
        List<Double> seconds = new ArrayList<>();
        try (ScratchFolder scratch = ScratchFolder.create("suite-cold")) {
            for (int i = 0; i < runs; i++) {
                progress.accept("cold run " + (i + 1) + "/" + runs + ": " + launcher + " run " + scenario.getFileName());
                Path out = scratch.path().resolve("run-" + i);
                Path log = scratch.path().resolve("run-" + i + ".log");
                ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString(), "run", scenario.toString(),
                        "--out", out.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().putAll(environment);
                long started = System.nanoTime();
                Process process = builder.start();
                process.getOutputStream().close();
                int exit = process.waitFor();
                double wall = (System.nanoTime() - started) / 1e9;
                if (exit != 0) {
                    throw new IOException("cold run " + (i + 1) + " exited with " + exit + ": " + Files.readString(log));
                }
                seconds.add(wall);
            }
        }
        String name = scenario.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return new Figures(name, runs, seconds.get(0), Spread.of(seconds));
    }
}
