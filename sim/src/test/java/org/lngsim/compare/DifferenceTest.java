package org.lngsim.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifferenceTest {

    @Test
    void lessUnservedThanTheReferenceIsBetterAndMoreIsWorse() {
        // 12.5 − 20.0 = −7.5 GWh: less unserved, better; 20.0 − 12.5 = +7.5: worse.
        assertThat(Difference.between(20.0, 12.5, Better.LOWER)).isEqualTo(new Difference(-7.5, Verdict.BETTER));
        assertThat(Difference.between(12.5, 20.0, Better.LOWER)).isEqualTo(new Difference(7.5, Verdict.WORSE));
    }

    @Test
    void equalNumbersAreTheSameAndAQuantityWithoutABetterSideIsOnlyChanged() {
        assertThat(Difference.between(3.0, 3.0, Better.LOWER).verdict()).isEqualTo(Verdict.SAME);
        // 65.53 − 65.90 = −0.37 Mt delivered: shown, not judged.
        Difference delivered = Difference.between(65.90, 65.53, Better.NEITHER);
        assertThat(delivered.verdict()).isEqualTo(Verdict.CHANGED);
        assertThat(delivered.delta()).isCloseTo(-0.37, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aNumberOneRunLacksIsMissingNotZero() {
        assertThat(Difference.between(null, 1.0, Better.LOWER).verdict()).isEqualTo(Verdict.MISSING);
        assertThat(Difference.between(1.0, null, Better.LOWER).delta()).isNaN();
    }

    @Test
    void theTableLinesRunsUpByKeyInTheReferencesOrderWithLaterOnlyKeysAtTheEnd() {
        List<Headline> reference = List.of(new Headline("a", "A", 10, Better.LOWER), new Headline("b", "B", 1, Better.NEITHER));
        List<Headline> variant = List.of(new Headline("b", "B", 4, Better.NEITHER), new Headline("c", "C", 2, Better.LOWER),
                new Headline("a", "A", 6, Better.LOWER));

        List<ComparisonTable.Row> rows = ComparisonTable.of(List.of(reference, variant)).rows();

        assertThat(rows).extracting(ComparisonTable.Row::key).containsExactly("a", "b", "c");
        // a: 6 − 10 = −4, better; b: 4 − 1 = +3, changed; c: only in the variant.
        assertThat(rows.get(0).differences().get(1)).isEqualTo(new Difference(-4, Verdict.BETTER));
        assertThat(rows.get(1).differences().get(1)).isEqualTo(new Difference(3, Verdict.CHANGED));
        assertThat(rows.get(2).values()).containsExactly(null, 2.0);
        assertThat(rows.get(2).differences().get(1).verdict()).isEqualTo(Verdict.MISSING);
        // The reference against itself is the same everywhere it has a number.
        assertThat(rows.get(0).differences().get(0).verdict()).isEqualTo(Verdict.SAME);
    }

    private static Headline ranged(List<Long> seeds, List<Double> values, double p5, double median, double p95) {
        return new Headline("k", "K", median, Better.LOWER, new Draws(seeds, values, p5, median, p95));
    }

    @Test
    void ensemblesOfTheSameSeedsDifferByTheirPairedDifferences() {
        List<Long> seeds = List.of(1L, 2L, 3L);
        Headline reference = ranged(seeds, List.of(10.0, 20.0, 30.0), 11, 20, 29);
        // paired differences +1, +2, +3: median 2; 5th percentile at rank 0.1: 1.1; 95th at rank 1.9: 2.9
        Difference worse = Difference.between(reference, ranged(seeds, List.of(11.0, 22.0, 33.0), 12, 22, 32));
        assertThat(worse.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(worse.delta()).isEqualTo(2.0);
        assertThat(worse.low()).isCloseTo(1.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(worse.high()).isCloseTo(2.9, org.assertj.core.data.Offset.offset(1e-12));
        // −1, 0, +5: median 0, range −0.9 to +4.5 (ranks 0.1 and 1.9) holds zero, so the replications do not tell the runs apart
        Difference inside = Difference.between(reference, ranged(seeds, List.of(9.0, 20.0, 35.0), 10, 20, 34));
        assertThat(inside.verdict()).isEqualTo(Verdict.INSIDE_SPREAD);
        assertThat(inside.delta()).isEqualTo(0.0);
        assertThat(Difference.between(reference, reference).verdict()).isEqualTo(Verdict.SAME);
    }

    @Test
    void ensemblesOfDifferentSeedsCompareTheirMediansAndRanges() {
        Headline reference = ranged(List.of(1L, 2L), List.of(10.0, 20.0), 10.5, 15, 19.5);
        Difference overlapping = Difference.between(reference, ranged(List.of(3L, 4L), List.of(18.0, 24.0), 18.3, 21, 23.7));
        assertThat(overlapping.verdict()).isEqualTo(Verdict.INSIDE_SPREAD);
        assertThat(overlapping.delta()).isEqualTo(6.0);
        assertThat(overlapping.ranged()).isFalse();
        Difference apart = Difference.between(reference, ranged(List.of(3L, 4L), List.of(2.0, 4.0), 2.1, 3, 3.9));
        assertThat(apart.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(apart.delta()).isEqualTo(-12.0);
    }

    @Test
    void anEnsembleAgainstASingleDrawComparesItsMedianWithTheDraw() {
        Headline reference = ranged(List.of(1L, 2L), List.of(10.0, 20.0), 10.5, 15, 19.5);
        Difference d = Difference.between(reference, new Headline("k", "K", 18, Better.LOWER));
        assertThat(d).isEqualTo(new Difference(3.0, Verdict.WORSE));
    }
}
