package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A usage mistake prints what is wrong and where to read more, never the whole help; exit code 2. */
class UsageErrorsTest {

    @Test
    void an_unknown_option_is_named_with_a_hint() {
        CliRun run = CliRun.of("run", "x.yaml", "--sed=3");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.lines().findFirst()).hasValue("lngsim run: Unknown option: '--sed=3'");
        assertThat(run.err).contains("Possible solutions: --seed").endsWith("Try 'lngsim run --help' for more information.\n")
                .doesNotContain("Usage:").doesNotContain("--no-counterfactual");
        assertThat(run.out).isEmpty();
    }

    @Test
    void a_missing_parameter_is_named_with_a_hint() {
        CliRun run = CliRun.of("run");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo("lngsim run: Missing required parameter: 'SCENARIO'\n"
                + "Try 'lngsim run --help' for more information.\n");
    }

    @Test
    void a_bad_value_is_named_with_a_hint() {
        CliRun seed = CliRun.of("run", "x.yaml", "--seed", "abc");
        CliRun format = CliRun.of("chart", "some-run", "--format", "png,gif");

        assertThat(seed.exitCode).isEqualTo(2);
        assertThat(seed.err.lines().findFirst()).hasValue("lngsim run: Invalid value for option '--seed': 'abc' is not a long");
        assertThat(seed.err.lines().count()).isEqualTo(2);
        assertThat(format.exitCode).isEqualTo(2);
        assertThat(format.err).contains("unknown chart format 'gif' (use png, svg, pdf)")
                .endsWith("Try 'lngsim chart --help' for more information.\n");
    }

    @Test
    void a_mistyped_command_gets_a_did_you_mean() {
        CliRun run = CliRun.of("rum", "x.yaml");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).startsWith("lngsim: Unmatched arguments from index 0: 'rum', 'x.yaml'")
                .contains("Did you mean: lngsim run?").endsWith("Try 'lngsim --help' for more information.\n").doesNotContain("Usage:");
    }

    @Test
    void no_command_lists_the_commands() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).startsWith("lngsim: Missing command: one of run, validate, route")
                .endsWith("Try 'lngsim --help' for more information.\n");
    }
}
