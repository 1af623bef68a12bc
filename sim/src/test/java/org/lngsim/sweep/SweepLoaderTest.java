package org.lngsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.scenario.Problem;

class SweepLoaderTest {

    @TempDir
    Path directory;

    @Test
    void a_valid_sweep_binds_its_parameters_design_and_metrics() throws Exception {
        SweepSpec spec = new SweepLoader().load(SweepFixtures.smallGrid(directory));

        assertThat(spec.name()).isEqualTo("small");
        assertThat(spec.parameters()).extracting(SweepSpec.Parameter::path)
                .containsExactly("disruptions[0].endDay", "protocol.decisionLagHours");
        assertThat(spec.parameters().get(1).range().values()).containsExactly(0.0, 48.0);
        assertThat(spec.replications()).isEqualTo(2);
        assertThat(spec.metrics()).hasSize(4);
        assertThat(spec.counterfactual()).isTrue();
    }

    @Test
    void structural_and_consistency_problems_are_all_reported_at_once_with_their_locations() throws Exception {
        Path file = SweepFixtures.write(directory, "bad.yaml", """
                name: bad
                base: mini-world.yaml
                parameters:
                  - path: protocol.decisionLagHours
                    values: [1, 2]
                    range: {from: 0, to: 4, step: 1}
                  - path: protocol.triggerDaysOfCover
                    distribution: {type: normal, mean: 5}
                design: {type: grid}
                replications: 0
                seed: 1
                metrics: [gasPools.india.unservedMt, gasPools.bengal.unservedMt, grids.tokyo]
                colour: blue
                """);

        SweepException failure = catchThrowableOfType(SweepException.class, () -> new SweepLoader().load(file));

        assertThat(failure.problems()).extracting(Problem::render).containsExactly(
                file + ":4:5: parameters[0]: give exactly one of 'values', 'range' or 'distribution'",
                file + ":8:19: parameters[1].distribution: a grid design needs values or a range; sample distributions with 'lhs' or 'random'",
                file + ":8:19: parameters[1].distribution: a normal distribution needs mean and sd",
                file + ":10:15: replications: must be at least 1 (found 0)",
                file + ":12:38: metrics[1]: unknown id 'bengal' in gasPools (known: india)",
                file + ":12:66: metrics[2]: 'grids.tokyo' names a block, not a number; go one step further (fields: "
                        + "demandGWh, unservedGWh, unservedPct, peakUnservedMW, shortfallHours, firstShortfallDay, "
                        + "firstShortfallDate, minDaysOfCover, lngBurnedMt, fuelConservationHours, fuelLimited)",
                file + ":13:1: colour: unknown key 'colour' (allowed: name, description, base, set, parameters, design, "
                        + "replications, seed, counterfactual, metrics)");
    }

    @Test
    void a_missing_field_hides_no_other_problem() throws Exception {
        Path file = SweepFixtures.write(directory, "bad.yaml", """
                name: bad
                base: mini-world.yaml
                parameters:
                  - path: protocol.decisionLagHours
                    distribution: {type: uniform, min: 0, max: 48}
                design: {type: lhs}
                replications: 1
                seed: 1
                """);

        SweepException failure = catchThrowableOfType(SweepException.class, () -> new SweepLoader().load(file));

        assertThat(failure.problems()).extracting(Problem::render).containsExactly(
                file + ":1:1: missing required field 'metrics'",
                file + ":6:9: design: an 'lhs' design needs 'samples'");
    }

    @Test
    void a_field_the_structure_check_faulted_gets_no_second_message() throws Exception {
        Path file = SweepFixtures.write(directory, "bad.yaml", """
                name: bad
                base: mini-world.yaml
                parameters:
                  - path: protocol.decisionLagHours
                    values: [1, 2]
                design: {type: grid}
                replications: 1
                seed: 1
                metrics: [gasPools.india.unservedMt, 7]
                """);

        SweepException failure = catchThrowableOfType(SweepException.class, () -> new SweepLoader().load(file));

        assertThat(failure.problems()).extracting(Problem::path).containsExactly("metrics[1]");
    }

    @Test
    void a_parameter_path_the_scenario_does_not_have_is_reported_at_the_parameter() throws Exception {
        Path file = SweepFixtures.write(directory, "bad.yaml", """
                name: bad
                base: mini-world.yaml
                parameters:
                  - path: disruptions[2].endDay
                    values: [10]
                design: {type: grid}
                replications: 1
                seed: 1
                metrics: [gasPools.india.unservedMt]
                """);

        SweepException failure = catchThrowableOfType(SweepException.class, () -> new SweepLoader().load(file));

        assertThat(failure.problems()).extracting(Problem::render).containsExactly(
                file + ":4:11: parameters[0].path: in the base scenario: disruptions: index 2 is out of range: "
                        + "the list has 0 items");
    }
}
