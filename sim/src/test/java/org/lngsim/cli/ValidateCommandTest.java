package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path directory;

    @Test
    void a_valid_scenario_exits_0_and_says_what_it_holds() {
        CliRun run = CliRun.of("validate", CliRun.miniWorld());

        assertThat(run.exitCode).isEqualTo(0);
        assertThat(run.out).contains("ok ").contains("scenario 'mini-world', 365 days from 2024-01-01, 2 plants");
        assertThat(run.err).isEmpty();
    }

    @Test
    void a_plausible_slip_is_a_located_warning_on_stderr_and_the_file_still_passes() {
        CliRun run = CliRun.of("validate", CliRun.miniWorld(), "--set", "terminals[1].heelPct=0.08");

        assertThat(run.exitCode).isEqualTo(0);
        assertThat(run.out).startsWith("ok ");
        assertThat(run.err).isEqualTo("--set terminals[1].heelPct=0.08:1:22: terminals[1].heelPct: warning: "
                + "0.08 is read as 0.08%, not 8% (percentages are written 0 to 100)\n");
    }

    @Test
    void the_shipped_scenarios_are_valid() {
        CliRun run = CliRun.of("validate", CliRun.repositoryFile("scenarios/baseline-2024.yaml").toString());

        assertThat(run.exitCode).as(run.err).isEqualTo(0);
    }

    @Test
    void an_invalid_scenario_exits_2_with_every_problem_and_no_stack_trace() throws IOException {
        Path bad = directory.resolve("bad.yaml");
        Files.writeString(bad, "name: Bad\nseed: x\n");

        CliRun run = CliRun.of("validate", bad.toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains(bad + ":1:7: name: must be a lowercase id")
                .contains(bad + ":2:7: seed: expected a whole number, found the string 'x'")
                .contains("missing required field 'plants'");
        run.assertNoStackTrace();
        assertThat(run.out).isEmpty();
    }

    @Test
    void set_overrides_are_validated_too() {
        CliRun run = CliRun.of("validate", CliRun.miniWorld(), "--set", "protocol.maxCargoesPerWeek=-1");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--set protocol.maxCargoesPerWeek=-1:1:28: protocol.maxCargoesPerWeek: "
                + "must be at least 0 (found -1)");
    }

    @Test
    void one_bad_file_among_good_ones_fails_the_run_but_all_are_checked() {
        CliRun run = CliRun.of("validate", directory.resolve("missing.yaml").toString(), CliRun.miniWorld());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("missing.yaml:1:1: file not found");
        assertThat(run.out).contains("ok ");
    }

    @Test
    void wrong_usage_exits_2() {
        assertThat(CliRun.of("validate").exitCode).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exitCode).isEqualTo(2);
        assertThat(CliRun.of().exitCode).isEqualTo(2);
    }
}
