package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReceiverTerminalTest {

    private static final double MAX_EXTRA_DAYS = 12;

    @Test
    void the_neediest_region_then_the_neediest_terminal_then_the_nearest_then_the_id() {
        List<ReceiverTerminal.Option> options = List.of(
                new ReceiverTerminal.Option("well-covered-region", 30, 1, 100),
                new ReceiverTerminal.Option("needy-region-full-terminal", 4, 20, 100),
                new ReceiverTerminal.Option("needy-region-far", 4, 2, 900),
                new ReceiverTerminal.Option("needy-region-near-b", 4, 2, 300),
                new ReceiverTerminal.Option("needy-region-near-a", 4, 2, 300));
        List<String> routed = new ArrayList<>();
        Function<String, DiversionOffer> offerTo = id -> {
            routed.add(id);
            return new DiversionOffer(id, 500, 3);
        };

        assertThat(ReceiverTerminal.choose(options, offerTo, MAX_EXTRA_DAYS).terminalId()).isEqualTo("needy-region-near-a");
        assertThat(routed).containsExactly("needy-region-near-a"); // routing stops at the first allowed
    }

    @Test
    void a_terminal_too_far_out_of_the_way_gives_way_to_the_next_one_allowed() {
        List<ReceiverTerminal.Option> options = List.of(new ReceiverTerminal.Option("needy", 2, 2, 100),
                new ReceiverTerminal.Option("unreachable", 3, 2, 100), new ReceiverTerminal.Option("ok", 5, 5, 100));
        Map<String, DiversionOffer> offers = Map.of("needy", new DiversionOffer("needy", 900, 14),
                "ok", new DiversionOffer("ok", 600, 11.5));

        assertThat(ReceiverTerminal.choose(options, offers::get, MAX_EXTRA_DAYS)).isEqualTo(offers.get("ok"));
    }

    @Test
    void when_none_is_allowed_the_neediest_reachable_one_is_offered_for_the_rules_to_refuse() {
        List<ReceiverTerminal.Option> options = List.of(new ReceiverTerminal.Option("unreachable", 1, 1, 100),
                new ReceiverTerminal.Option("far", 2, 2, 100), new ReceiverTerminal.Option("farther", 3, 3, 100));
        Map<String, DiversionOffer> offers = Map.of("far", new DiversionOffer("far", 900, 13),
                "farther", new DiversionOffer("farther", 990, 16));

        assertThat(ReceiverTerminal.choose(options, offers::get, MAX_EXTRA_DAYS)).isEqualTo(offers.get("far"));
    }

    @Test
    void no_reachable_terminal_is_no_offer() {
        assertThat(ReceiverTerminal.choose(List.of(new ReceiverTerminal.Option("a", 1, 1, 1)), id -> null, MAX_EXTRA_DAYS))
                .isNull();
        assertThat(ReceiverTerminal.choose(List.of(), id -> new DiversionOffer(id, 1, 0), MAX_EXTRA_DAYS)).isNull();
    }
}
