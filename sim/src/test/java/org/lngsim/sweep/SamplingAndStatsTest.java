package org.lngsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class SamplingAndStatsTest {

    private static SweepSpec spec(String type, Integer samples, List<SweepSpec.Parameter> parameters) {
        return new SweepSpec("t", "", Path.of("t.yaml"), Path.of("b.yaml"), List.of(), parameters,
                new SweepSpec.Design(type, samples), 1, 5, false, List.of("x"), "h", SweepSpec.Inputs.NONE);
    }

    @Test
    void a_grid_takes_every_combination() {
        List<Sampling.Point> points = Sampling.points(spec("grid", null, List.of(
                new SweepSpec.Parameter("a", List.of(1.0, 2.0, 3.0), null, null),
                new SweepSpec.Parameter("b", null, new SweepSpec.Range(0, 10, 5), null))));

        assertThat(points).hasSize(9);
        assertThat(points.get(0).values()).containsExactly(1.0, 0.0);
        assertThat(points.get(8).values()).containsExactly(3.0, 10.0);
    }

    @Test
    void grid_points_are_decoded_in_the_order_of_nested_loops() {
        List<SweepSpec.Parameter> parameters = List.of(
                new SweepSpec.Parameter("a", List.of(1.0, 2.0), null, null),
                new SweepSpec.Parameter("b", List.of("x", "y", "z"), null, null),
                new SweepSpec.Parameter("c", null, new SweepSpec.Range(0, 1, 0.5), null));
        List<List<Object>> nested = new ArrayList<>();
        for (Object a : List.of(1.0, 2.0)) {
            for (Object b : List.of("x", "y", "z")) {
                for (Object c : List.of(0.0, 0.5, 1.0)) {
                    nested.add(List.of(a, b, c));
                }
            }
        }

        List<Sampling.Point> points = Sampling.points(spec("grid", null, parameters));

        assertThat(points).extracting(Sampling.Point::values).containsExactlyElementsOf(nested);
    }

    @Test
    void a_design_too_large_for_a_long_counts_as_the_largest_long() {
        SweepSpec.Parameter huge = new SweepSpec.Parameter("a", null, new SweepSpec.Range(0, 1e300, 1e-300), null);

        assertThat(huge.range().count()).isEqualTo(Long.MAX_VALUE);
        assertThat(Sampling.pointCount(spec("grid", null, List.of(huge, huge)))).isEqualTo(Long.MAX_VALUE);
        assertThat(Sampling.pointCount(spec("grid", null, List.of(
                new SweepSpec.Parameter("a", null, new SweepSpec.Range(0, 999, 1), null),
                new SweepSpec.Parameter("b", null, new SweepSpec.Range(0, 999, 1), null))))).isEqualTo(1_000_000L);
    }

    @Test
    void a_latin_hypercube_uses_each_stratum_of_each_parameter_once() {
        int samples = 50;
        List<Sampling.Point> points = Sampling.points(spec("lhs", samples, List.of(
                new SweepSpec.Parameter("a", null, new SweepSpec.Range(0, 100, 1), null),
                new SweepSpec.Parameter("b", null, null, new SweepSpec.Distribution("uniform", 10.0, 20.0, null, null, null, null, null)))));

        for (int p = 0; p < 2; p++) {
            Set<Integer> strata = new HashSet<>();
            for (Sampling.Point point : points) {
                double value = (Double) point.values().get(p);
                double u = p == 0 ? value / 100 : (value - 10) / 10;
                strata.add((int) Math.floor(u * samples));
            }
            assertThat(strata).hasSize(samples);
        }
        assertThat(Sampling.points(spec("lhs", samples, List.of(
                new SweepSpec.Parameter("a", null, new SweepSpec.Range(0, 100, 1), null))))).hasSize(50);
    }

    @Test
    void designs_are_deterministic_in_the_seed() {
        List<SweepSpec.Parameter> parameters = List.of(new SweepSpec.Parameter("a", null, null,
                new SweepSpec.Distribution("normal", null, null, null, 5.0, 2.0, null, null)));

        assertThat(Sampling.points(spec("random", 20, parameters))).isEqualTo(Sampling.points(spec("random", 20, parameters)));
    }

    @Test
    void confidence_intervals_follow_student_t() {
        DescriptiveStatistics values = new DescriptiveStatistics(new double[] {1, 2, 3, 4, 5});

        List<String> figures = SweepStats.figures(values);

        // mean 3, sd 1.5811, t(0.975, 4) = 2.7764, half-width 1.9632
        assertThat(figures.get(0)).isEqualTo("5");
        assertThat(Double.parseDouble(figures.get(1))).isEqualTo(3.0);
        assertThat(Double.parseDouble(figures.get(2))).isCloseTo(1.581139, within(1e-6));
        assertThat(Double.parseDouble(figures.get(3))).isCloseTo(1.036757, within(1e-5));
        assertThat(Double.parseDouble(figures.get(4))).isCloseTo(4.963243, within(1e-5));
        assertThat(SweepStats.figures(new DescriptiveStatistics(new double[] {7})).subList(0, 3)).containsExactly("1", "7", "");
    }
}
