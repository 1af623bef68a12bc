package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoolAllocationTest {

    private static final List<PoolAllocation.Claim> INDIA = List.of(
            new PoolAllocation.Claim("power", 3, 30, 0),
            new PoolAllocation.Claim("city-gas-priority", 1, 40, 100),
            new PoolAllocation.Claim("fertiliser", 2, 60, 70),
            new PoolAllocation.Claim("petrochemicals", 4, 20, 0));

    @Test
    void enough_supply_serves_every_sector_in_full() {
        assertThat(PoolAllocation.allocate(INDIA, 200)).containsExactly(30, 40, 60, 20);
    }

    @Test
    void protected_shares_come_before_lower_priorities_get_anything() {
        // 40 households + 42 (70% of fertiliser) protected = 82; then fertiliser tops up, then power
        double[] served = PoolAllocation.allocate(INDIA, 110);

        assertThat(served).containsExactly(10, 40, 60, 0);
    }

    @Test
    void a_deep_cut_leaves_households_whole_and_fertiliser_at_part_of_its_protected_share() {
        double[] served = PoolAllocation.allocate(INDIA, 70);

        assertThat(served).containsExactly(0, 40, 30, 0);
    }

    @Test
    void equal_priorities_are_served_in_list_order() {
        List<PoolAllocation.Claim> claims = List.of(new PoolAllocation.Claim("a", 1, 10, 0),
                new PoolAllocation.Claim("b", 1, 10, 0));

        assertThat(PoolAllocation.allocate(claims, 15)).containsExactly(10, 5);
    }
}
