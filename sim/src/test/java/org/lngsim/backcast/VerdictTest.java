package org.lngsim.backcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.lngsim.scenario.yaml.Location;

/** The verdict on an ensemble's figure: its median decides, else its 5–95% range meeting the band. */
class VerdictTest {

    private static Observation band(Double low, Double high) {
        return new Observation("f", Metric.IMPORTS, "japan", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31),
                OptionalDouble.empty(), low == null ? OptionalDouble.empty() : OptionalDouble.of(low),
                high == null ? OptionalDouble.empty() : OptionalDouble.of(high), "test", "", "", Location.of("test"));
    }

    /** Twenty-one draws 0, 1, …, 20: median 10, 5th percentile 1, 95th 19 (rank (n−1)·p = 1 and 19). */
    private static ModelSpread zeroToTwenty() {
        return ModelSpread.of(java.util.stream.IntStream.rangeClosed(0, 20).mapToObj(i -> ModelValue.of(i)).toList());
    }

    @Test
    void aMedianInsideTheBandIsWithin() {
        assertThat(Verdict.of(band(9.0, 11.0), zeroToTwenty())).isEqualTo(Verdict.WITHIN);
    }

    @Test
    void aMedianOutsideWhoseRangeMeetsTheBandIsWithinByTheRangeOnly() {
        assertThat(Verdict.of(band(18.5, 30.0), zeroToTwenty())).isEqualTo(Verdict.WITHIN_RANGE);
        assertThat(Verdict.of(band(null, 1.0), zeroToTwenty())).isEqualTo(Verdict.WITHIN_RANGE);
        assertThat(Verdict.WITHIN_RANGE.agrees()).isTrue();
    }

    @Test
    void aRangeThatMissesTheBandIsOff() {
        // 19.5 is above the 95th percentile (19) though below the largest draw (20)
        assertThat(Verdict.of(band(19.5, 30.0), zeroToTwenty())).isEqualTo(Verdict.OFF);
        assertThat(Verdict.of(band(null, 0.5), zeroToTwenty())).isEqualTo(Verdict.OFF);
        assertThat(Verdict.OFF.agrees()).isFalse();
    }

    @Test
    void oneDrawHasNoRangeToFallBackOn() {
        ModelSpread single = ModelSpread.single(ModelValue.of(10));
        assertThat(single.ranged()).isFalse();
        assertThat(Verdict.of(band(10.5, 30.0), single)).isEqualTo(Verdict.OFF);
        assertThat(Verdict.of(band(9.5, 30.0), single)).isEqualTo(Verdict.WITHIN);
    }

    @Test
    void aFigureNoReplicationProducesIsOffWithTheFirstReason() {
        ModelSpread none = ModelSpread.of(List.of(ModelValue.none("no cargo departed"), ModelValue.none("other")));
        assertThat(none.present()).isFalse();
        assertThat(none.median().missing()).isEqualTo("no cargo departed");
        assertThat(Verdict.of(band(0.0, 1.0), none)).isEqualTo(Verdict.OFF);
    }

    @Test
    void theSpreadIsOverTheReplicationsThatHaveTheFigure() {
        // 2, 4 and 6 present (median 4; p5 at rank 0.1: 2.2; p95 at rank 1.9: 5.8), one replication without
        ModelSpread spread = ModelSpread.of(List.of(ModelValue.of(6), ModelValue.none("x"), ModelValue.of(2),
                ModelValue.of(4)));
        assertThat(spread.value().getAsDouble()).isEqualTo(4.0);
        assertThat(spread.p5().getAsDouble()).isCloseTo(2.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(spread.p95().getAsDouble()).isCloseTo(5.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(spread.replications()).isEqualTo(4);
        assertThat(spread.withFigure()).isEqualTo(3);
    }
}
