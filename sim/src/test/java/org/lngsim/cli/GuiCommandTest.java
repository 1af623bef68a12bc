package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lngsim gui}: what it does before any window opens (the tests run headless). */
class GuiCommandTest {

    @TempDir
    Path directory;

    @Test
    void a_bad_scenario_gets_the_located_messages_and_exit_2_before_any_window() {
        CliRun run = CliRun.of("gui", CliRun.miniWorld(), "--set", "horizonDays=0");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--set horizonDays=0:1:").contains("horizonDays: must be at least 1 (found 0)")
                .doesNotContain("no display");
        run.assertNoStackTrace();
    }

    @Test
    void a_valid_scenario_without_a_display_says_how_to_get_one_and_exits_1() {
        CliRun run = CliRun.of("gui", CliRun.miniWorld());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("lngsim gui: no display: set DISPLAY");
        run.assertNoStackTrace();
    }

    @Test
    void a_snapshot_never_overwrites_a_file_it_did_not_write() throws IOException {
        Path existing = Files.writeString(directory.resolve("map.png"), "mine");

        CliRun run = CliRun.of("gui", CliRun.miniWorld(), "--snapshot", existing.toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("map.png exists");
        assertThat(Files.readString(existing)).isEqualTo("mine");
    }

    @Test
    void days_and_summary_go_with_a_snapshot_and_days_must_be_positive() {
        assertThat(CliRun.of("gui", CliRun.miniWorld(), "--days", "5").err).contains("go with --snapshot");
        CliRun zero = CliRun.of("gui", CliRun.miniWorld(), "--snapshot", directory.resolve("m.png").toString(),
                "--days", "0");
        assertThat(zero.exitCode).isEqualTo(2);
        assertThat(zero.err).contains("--days must be positive");
    }

    @Test
    void a_summary_needs_the_whole_run_and_says_so_before_any_window() {
        CliRun run = CliRun.of("gui", CliRun.miniWorld(), "--snapshot", directory.resolve("m.png").toString(),
                "--days", "10", "--summary", directory.resolve("s.json").toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--summary needs the whole run: --days 10.0 is short of the horizon (365 days)");
    }
}
