package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DonorOrderTest {

    @Test
    void the_best_covered_gives_first_and_ties_keep_the_given_order() {
        Map<String, Double> cover = Map.of("a", 5.0, "b", 12.0, "c", 12.0, "d", Double.POSITIVE_INFINITY, "e", -2.0);

        assertThat(DonorOrder.bestCoveredFirst(List.of("a", "b", "c", "d", "e"), cover::get))
                .containsExactly("d", "b", "c", "a", "e");
        assertThat(DonorOrder.bestCoveredFirst(List.of("e", "c", "a", "b"), cover::get))
                .containsExactly("c", "b", "a", "e");
    }

    @Test
    void each_cover_is_projected_once() {
        List<String> asked = new ArrayList<>();
        DonorOrder.bestCoveredFirst(List.of("x", "y", "z"), id -> {
            asked.add(id);
            return id.charAt(0);
        });
        assertThat(asked).containsExactly("x", "y", "z");
    }

    @Test
    void nobody_to_ask_is_an_empty_order() {
        assertThat(DonorOrder.bestCoveredFirst(List.<String>of(), id -> 1.0)).isEmpty();
    }
}
