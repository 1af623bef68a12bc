package org.lngsim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.cli.LauncherProbe;

/** Cold runs start the real launcher, once a run, and fail loudly when a run fails. */
class ColdRunTest {

    @TempDir
    Path work;

    @Test
    void each_cold_run_starts_the_launcher_once_and_is_timed() throws Exception {
        Path launcher = LauncherProbe.repository(work.resolve("repo"));
        List<String> progress = new ArrayList<>();

        ColdRun.Figures figures = ColdRun.measure(launcher, Path.of("hormuz-closure-60d.yaml"), 3, cache(), progress::add);

        assertThat(figures.scenario()).isEqualTo("hormuz-closure-60d");
        assertThat(figures.runs()).isEqualTo(3);
        assertThat(figures.seconds().count()).isEqualTo(3);
        assertThat(figures.seconds().min()).isPositive();
        assertThat(figures.firstSeconds()).isBetween(figures.seconds().min(), figures.seconds().max());
        assertThat(progress).hasSize(3).allMatch(line -> line.contains(" run hormuz-closure-60d.yaml"));
    }

    @Test
    void a_run_that_fails_stops_the_measurement_with_its_output() throws Exception {
        Path launcher = LauncherProbe.repository(work.resolve("repo"));

        assertThatThrownBy(() -> ColdRun.measure(launcher, Path.of("exit=4"), 2, cache(), line -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("exited with 4").hasMessageContaining("probe run exit=4");
    }

    /** The launcher's class-data archive of the probe jar goes to this test's folder, not the user's cache. */
    private Map<String, String> cache() {
        return Map.of("LNGSIM_CACHE", work.resolve("cache").toString());
    }

    @Test
    void a_missing_launcher_is_refused_before_anything_runs() {
        assertThatThrownBy(() -> ColdRun.measure(work.resolve("nowhere/lngsim"), Path.of("a.yaml"), 1, line -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("no lngsim launcher");
    }
}
