package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lngsim.model.AllocationOrder.Change;
import org.lngsim.model.AllocationOrder.Claim;

class AllocationOrderTest {

    /** India's pool as in world-2024 (mmscmd), recent use equal to demand. */
    private static final List<Claim> INDIA = List.of(
            new Claim("city-gas-priority", 1, 26, 100.0, 26),
            new Claim("fertiliser", 2, 58, 70.0, 58),
            new Claim("city-gas-industrial", 3, 14, 80.0, 14),
            new Claim("other-industry", 4, 34, 80.0, 34),
            new Claim("refineries", 5, 24, 65.0, 24),
            new Claim("power", 6, 26, null, 26),
            new Claim("petrochemicals", 7, 8, null, 8));

    @Test
    void an_entitled_sector_is_capped_at_its_share_of_recent_use_even_when_gas_is_left() {
        // entitlements 26 + 40.6 + 11.2 + 27.2 + 15.6 = 120.6; power 26 and petrochemicals 8 in full = 154.6; 200 is plenty
        double[] served = AllocationOrder.allocate(INDIA, 200);

        assertThat(served).containsExactly(new double[] {26, 40.6, 11.2, 27.2, 15.6, 26, 8}, within(1e-9));
        assertThat(AllocationOrder.ceiling(INDIA)).isCloseTo(154.6, within(1e-9));
    }

    @Test
    void what_is_left_after_the_entitlements_goes_to_power_before_petrochemicals() {
        // 137.8 − 120.6 entitled = 17.2 left: power gets it all, petrochemicals (cut first) nothing
        double[] served = AllocationOrder.allocate(INDIA, 137.8);

        assertThat(served).containsExactly(new double[] {26, 40.6, 11.2, 27.2, 15.6, 17.2, 0}, within(1e-9));
    }

    @Test
    void when_even_the_entitlements_cannot_be_met_they_are_met_by_priority() {
        // 100: households 26, fertiliser 40.6, CGD industrial 11.2 (77.8), other industry the last 22.2 of its 27.2
        double[] served = AllocationOrder.allocate(INDIA, 100);

        assertThat(served).containsExactly(new double[] {26, 40.6, 11.2, 22.2, 0, 0, 0}, within(1e-9));
    }

    @Test
    void entitlements_are_shares_of_recent_use_not_of_todays_demand() {
        // refineries: recent use 20, demand today 24 → 65% × 20 = 13; a sector whose demand fell below its entitlement gets its demand
        List<Claim> claims = List.of(new Claim("refineries", 1, 24, 65.0, 20), new Claim("fertiliser", 2, 30, 70.0, 58));

        assertThat(AllocationOrder.allocate(claims, 100)).containsExactly(new double[] {13, 30}, within(1e-9));
    }

    @Test
    void the_pool_draws_the_contracted_supply_or_the_ceilings_whichever_is_less() {
        assertThat(AllocationOrder.toDraw(INDIA, 137.8)).isCloseTo(137.8, within(1e-9));
        assertThat(AllocationOrder.toDraw(INDIA, 180)).isCloseTo(154.6, within(1e-9));
        assertThat(AllocationOrder.toDraw(INDIA, -5)).isZero();
    }

    @Test
    void the_order_comes_into_force_after_the_loss_has_lasted_the_decision_lag() {
        AllocationOrder order = new AllocationOrder(10, 5, 9);

        assertThat(order.review(57, 0)).isEqualTo(Change.NONE);
        assertThat(order.review(58, 27.5)).isEqualTo(Change.NONE);   // the loss begins on day 58
        assertThat(order.review(66, 27.5)).isEqualTo(Change.NONE);   // 8 days
        assertThat(order.inForce()).isFalse();
        assertThat(order.review(67, 27.5)).isEqualTo(Change.CAME_INTO_FORCE);   // 9 days
        assertThat(order.inForce()).isTrue();
        assertThat(order.review(68, 27.5)).isEqualTo(Change.NONE);
    }

    @Test
    void a_loss_that_ends_before_the_lag_restarts_the_count() {
        AllocationOrder order = new AllocationOrder(10, 5, 3);

        order.review(0, 20);
        order.review(2, 20);
        order.review(3, 9);   // below the trigger: the count restarts
        assertThat(order.review(4, 20)).isEqualTo(Change.NONE);
        assertThat(order.review(6, 20)).isEqualTo(Change.NONE);
        assertThat(order.review(7, 20)).isEqualTo(Change.CAME_INTO_FORCE);
    }

    @Test
    void the_order_lifts_only_below_the_lift_threshold() {
        AllocationOrder order = new AllocationOrder(10, 5, 0);

        assertThat(order.review(0, 10)).isEqualTo(Change.CAME_INTO_FORCE);   // at the trigger counts, with no lag at once
        assertThat(order.review(1, 6)).isEqualTo(Change.NONE);   // between lift and trigger: stays in force
        assertThat(order.review(2, 5)).isEqualTo(Change.NONE);   // at the lift threshold: still in force
        assertThat(order.review(3, 4.9)).isEqualTo(Change.LIFTED);
        assertThat(order.inForce()).isFalse();
        assertThat(order.review(4, 6)).isEqualTo(Change.NONE);   // below the trigger: stays lifted
    }

    @Test
    void a_lift_threshold_above_the_trigger_is_refused() {
        assertThatThrownBy(() -> new AllocationOrder(10, 15, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
