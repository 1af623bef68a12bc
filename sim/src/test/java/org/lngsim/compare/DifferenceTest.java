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
}
