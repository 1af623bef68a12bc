package org.lngsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.events.Numbers;
import org.lngsim.scenario.Problem;

/** A sweep is checked in full before its first run: every value, every draw, and the design's size. */
class SweepValidationTest {

    @TempDir
    Path directory;

    private int written;

    /** A sweep of one parameter over the mini world; {@code source} is the parameter's value source line. */
    private Path sweep(String path, String source, String design, int replications) throws Exception {
        return SweepFixtures.write(directory, "s" + (++written) + ".yaml", """
                name: s
                base: mini-world.yaml
                set: [horizonDays=60]
                parameters:
                  - path: %s
                    %s
                design: %s
                replications: %d
                seed: 1
                metrics: [gasPools.india.unservedMt]
                """.formatted(path, source, design, replications));
    }

    private static List<String> problems(Path file) {
        return catchThrowableOfType(SweepException.class, () -> new SweepLoader().load(file)).problems().stream()
                .map(Problem::render).toList();
    }

    /** file:line:column of the first occurrence of {@code text} in the file. */
    private static String at(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(text);
            if (column >= 0) {
                return file + ":" + (i + 1) + ":" + (column + 1);
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void every_listed_value_is_checked_not_only_the_first() throws Exception {
        Path file = sweep("protocol.decisionLagHours", "values: [0, 24, -48]", "{type: grid}", 1);

        assertThat(problems(file)).containsExactly(at(file, "-48")
                + ": parameters[0].values[2]: -48 is below the minimum 0 of protocol.decisionLagHours");
    }

    @Test
    void a_distribution_that_can_draw_outside_the_fields_range_is_refused_with_a_truncation_hint() throws Exception {
        Path file = sweep("protocol.decisionLagHours", "distribution: {type: normal, mean: 24, sd: 10}",
                "{type: lhs, samples: 10}", 1);
        double lowest = new NormalDistribution(24, 10).inverseCumulativeProbability(Sampling.EDGE);

        assertThat(problems(file)).containsExactly(at(file, "{type: normal") + ": parameters[0].distribution: this normal "
                + "distribution can draw " + Numbers.format(lowest) + ", below the minimum 0 of "
                + "protocol.decisionLagHours; truncate it with min and max within the field's range (min: 0, max: 8760)");
    }

    @Test
    void a_truncated_distribution_draws_only_between_its_bounds_in_equally_likely_strata() throws Exception {
        int samples = 200;
        Path file = sweep("protocol.decisionLagHours", "distribution: {type: normal, mean: 24, sd: 30, min: 0, max: 48}",
                "{type: lhs, samples: " + samples + "}", 1);

        List<Sampling.Point> points = Sampling.points(new SweepLoader().load(file));

        NormalDistribution normal = new NormalDistribution(24, 30);
        double low = normal.cumulativeProbability(0);
        double high = normal.cumulativeProbability(48);
        Set<Integer> strata = new HashSet<>();
        for (Sampling.Point point : points) {
            double value = (Double) point.values().get(0);
            assertThat(value).isBetween(0.0, 48.0);
            strata.add((int) Math.floor((normal.cumulativeProbability(value) - low) / (high - low) * samples));
        }
        assertThat(strata).hasSize(samples);
    }

    @Test
    void a_whole_number_field_refuses_a_distribution_and_a_fractional_step() throws Exception {
        Path drawn = sweep("protocol.maxCargoesPerWeek", "distribution: {type: uniform, min: 1, max: 5}",
                "{type: random, samples: 5}", 1);
        Path stepped = sweep("protocol.maxCargoesPerWeek", "range: {from: 1, to: 3, step: 0.5}", "{type: grid}", 1);

        assertThat(problems(drawn)).containsExactly(at(drawn, "{type: uniform") + ": parameters[0].distribution: "
                + "protocol.maxCargoesPerWeek takes whole numbers, but a distribution draws fractions; list the values, "
                + "or use a range in a grid design");
        assertThat(problems(stepped)).containsExactly(at(stepped, "0.5") + ": parameters[0].range.step: the step 0.5 "
                + "gives 1.5, not a whole number, which protocol.maxCargoesPerWeek must be");
    }

    @Test
    void a_run_count_beyond_the_limit_is_refused_in_exact_arithmetic() throws Exception {
        // 30,000 × 100,000 = 3 × 10^9 wraps round to a negative int
        Path file = sweep("protocol.decisionLagHours", "distribution: {type: uniform, min: 0, max: 48}",
                "{type: random, samples: 30000}", 100_000);

        assertThat(problems(file)).containsExactly(at(file, "{type: random") + ": design: 30,000 samples × 100,000 "
                + "replications = 3,000,000,000 runs; a sweep has at most 10,000,000 runs (use fewer values or samples, "
                + "or split it into several sweeps)");
    }

    @Test
    void a_grid_of_a_billion_points_is_refused_before_anything_is_allocated() throws Exception {
        Path file = SweepFixtures.write(directory, "g.yaml", """
                name: g
                base: mini-world.yaml
                parameters:
                  - path: protocol.decisionLagHours
                    range: {from: 0, to: 999, step: 1}
                  - path: protocol.triggerDaysOfCover
                    range: {from: 0, to: 99.9, step: 0.1}
                  - path: protocol.targetDaysOfCover
                    range: {from: 0, to: 99.9, step: 0.1}
                design: {type: grid}
                replications: 3
                seed: 1
                metrics: [gasPools.india.unservedMt]
                """);

        assertThat(problems(file)).containsExactly(at(file, "{type: grid") + ": design: this grid has 1,000,000,000 points "
                + "× 3 replications = 3,000,000,000 runs; a sweep has at most 10,000,000 runs (use fewer values or "
                + "samples, or split it into several sweeps)");
    }

    @Test
    void a_step_finer_than_the_written_values_is_refused() throws Exception {
        Path huge = sweep("protocol.decisionLagHours", "range: {from: 0, to: 100, step: 1e-7}", "{type: grid}", 1);
        Path repeating = sweep("protocol.decisionLagHours", "range: {from: 0, to: 1, step: 4e-7}", "{type: grid}", 1);

        assertThat(problems(huge)).containsExactly(at(huge, "{from") + ": parameters[0].range: from 0 to 100 by "
                + "0.0000001 gives 1,000,000,001 values; a sweep has at most 10,000,000 runs");
        assertThat(problems(repeating)).containsExactly(at(repeating, "4e-7") + ": parameters[0].range.step: 0.0000004 "
                + "is finer than the 6 decimals sweep values are written with, so runs would repeat the same value; use a "
                + "step of at least 0.000001");
    }

    @Test
    void a_fixed_override_that_breaks_the_scenario_is_reported_at_its_line_in_the_sweep_file() throws Exception {
        Path file = SweepFixtures.write(directory, "s.yaml", """
                name: s
                base: mini-world.yaml
                set:
                  - horizonDays=60
                  - protocol.reviewIntervalHours=-5
                parameters:
                  - path: protocol.decisionLagHours
                    values: [0, 24]
                design: {type: grid}
                replications: 1
                seed: 1
                metrics: [gasPools.india.unservedMt]
                """);

        assertThat(problems(file)).singleElement().asString()
                .startsWith(at(file, "protocol.reviewIntervalHours") + ": set[1]: in the base scenario: "
                        + "protocol.reviewIntervalHours: ");
    }

    @Test
    void a_value_that_contradicts_the_base_scenario_is_reported_at_that_value() throws Exception {
        Path file = SweepFixtures.write(directory, "s.yaml", """
                name: s
                base: mini-world.yaml
                set:
                  - horizonDays=60
                  - "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 10, endDay: 20}]"
                parameters:
                  - path: disruptions[0].endDay
                    values: [15, 20, 5]
                design: {type: grid}
                replications: 1
                seed: 1
                metrics: [gasPools.india.unservedMt]
                """);

        assertThat(problems(file)).containsExactly(at(file, "5]") + ": parameters[0].values[2]: with "
                + "disruptions[0].endDay=5 the base scenario is invalid: disruptions[0].endDay: ends (day 5) before or "
                + "when it starts (day 10)");
    }

    @Test
    void the_inputs_hold_the_sha256_of_the_sweep_file_and_every_scenario_file_it_reads() throws Exception {
        SweepFixtures.write(directory, "unused.yaml", "");
        Path child = Files.writeString(directory.resolve("child.yaml"), "extends: mini-world.yaml\nhorizonDays: 60\n");
        Path file = sweep("protocol.decisionLagHours", "values: [0, 24]", "{type: grid}", 1);
        Files.writeString(file, Files.readString(file).replace("base: mini-world.yaml", "base: child.yaml"));

        SweepSpec spec = new SweepLoader().load(file);

        assertThat(spec.inputs().files()).containsExactly(
                new SweepSpec.InputFile(file.toString(), sha256(file)),
                new SweepSpec.InputFile(child.toString(), sha256(child)),
                new SweepSpec.InputFile(directory.resolve("mini-world.yaml").toString(), sha256(directory.resolve("mini-world.yaml"))));
        assertThat(spec.inputs().scenarioHash()).hasSize(64);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
