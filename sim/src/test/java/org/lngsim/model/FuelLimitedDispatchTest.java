package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FuelLimitedDispatchTest {

    @Test
    void a_fuel_limited_hour_is_carried_by_oil_then_switching_then_imports_then_demand_response_then_unserved() {
        // 50 GW demand, 15 GW non-gas; gas plan 80% of 31 GW = 24.8 GW and fuel for just that: gas 24.8 GW.
        // Left 50 − 15 − 24.8 = 10.2 GW: oil 2.5 → 7.7, switching 2.26 → 5.44, imports 3 → 2.44,
        // demand response 2 → 0.44 GW; no fuel above the plan, so 0.44 GW unserved.
        FuelLimitedDispatch.Result result = FuelLimitedDispatch.dispatch(new FuelLimitedDispatch.Inputs(50_000, 15_000,
                31_000, 24_800, 24_800, 2_500, 2_260, 3_000, 2_000));

        assertThat(result.nonGasMW()).isEqualTo(15_000);
        assertThat(result.gasMW()).isEqualTo(24_800);
        assertThat(result.oilMW()).isEqualTo(2_500);
        assertThat(result.switchingMW()).isEqualTo(2_260);
        assertThat(result.extraImportMW()).isEqualTo(3_000);
        assertThat(result.demandResponseMW()).isEqualTo(2_000);
        assertThat(result.gasAbovePlanMW()).isZero();
        assertThat(result.unservedMW()).isCloseTo(440, within(1e-9));
    }

    @Test
    void gas_the_plan_held_back_is_burned_after_demand_response_rather_than_shed_load() {
        // As above, but fuel for 30 GW: the 0.44 GW left after demand response is burned above the
        // plan (room 30 − 24.8 = 5.2 GW), so gas is 25.24 GW and nothing is unserved.
        FuelLimitedDispatch.Result result = FuelLimitedDispatch.dispatch(new FuelLimitedDispatch.Inputs(50_000, 15_000,
                31_000, 24_800, 30_000, 2_500, 2_260, 3_000, 2_000));

        assertThat(result.demandResponseMW()).isEqualTo(2_000);
        assertThat(result.gasAbovePlanMW()).isCloseTo(440, within(1e-9));
        assertThat(result.gasMW()).isCloseTo(25_240, within(1e-9));
        assertThat(result.unservedMW()).isZero();
    }

    @Test
    void gas_above_the_plan_is_bounded_by_capacity() {
        // 60 GW demand, 20 non-gas, capacity 25, plan 20, fuel for 40: gas 20; 20 left: oil 3 → 17,
        // switching 2 → 15, imports 4 → 11, response 1 → 10; above plan min(10, 25 − 20) = 5; 5 unserved.
        FuelLimitedDispatch.Result result = FuelLimitedDispatch.dispatch(new FuelLimitedDispatch.Inputs(60_000, 20_000,
                25_000, 20_000, 40_000, 3_000, 2_000, 4_000, 1_000));

        assertThat(result.gasAbovePlanMW()).isEqualTo(5_000);
        assertThat(result.gasMW()).isEqualTo(25_000);
        assertThat(result.unservedMW()).isEqualTo(5_000);
    }

    @Test
    void switching_and_imports_carry_a_shortfall_before_demand_response_is_called() {
        // 40 GW demand, 12 GW non-gas, gas 20 GW (plan 24.8, fuel 20): 8 GW left;
        // oil 2.5 → 5.5, switching 2.26 → 3.24, imports 5 GW take 3.24; no demand response, none unserved.
        FuelLimitedDispatch.Result result = FuelLimitedDispatch.dispatch(new FuelLimitedDispatch.Inputs(40_000, 12_000,
                31_000, 24_800, 20_000, 2_500, 2_260, 5_000, 2_000));

        assertThat(result.gasMW()).isEqualTo(20_000);
        assertThat(result.switchingMW()).isEqualTo(2_260);
        assertThat(result.extraImportMW()).isCloseTo(3_240, within(1e-9));
        assertThat(result.demandResponseMW()).isZero();
        assertThat(result.unservedMW()).isZero();
    }

    @Test
    void an_hour_gas_can_serve_calls_nothing_beyond_merit() {
        // 30 GW demand, 12 GW non-gas: gas gives the 18 GW (under the plan and the fuel); nothing else runs.
        FuelLimitedDispatch.Result result = FuelLimitedDispatch.dispatch(new FuelLimitedDispatch.Inputs(30_000, 12_000,
                31_000, 31_000, 31_000, 2_500, 2_260, 5_000, 2_000));

        assertThat(result.gasMW()).isEqualTo(18_000);
        assertThat(result.oilMW()).isZero();
        assertThat(result.switchingMW()).isZero();
        assertThat(result.extraImportMW()).isZero();
        assertThat(result.demandResponseMW()).isZero();
        assertThat(result.unservedMW()).isZero();
    }

    @Test
    void with_no_headroom_it_dispatches_as_the_ordinary_grid_does() {
        // Same inputs as GridDispatchTest's first case (capacity 25, fuel 25 GW): 50 − 20 − 25 − 3 − 1 = 1 GW unserved.
        FuelLimitedDispatch.Result limited = FuelLimitedDispatch.dispatch(new FuelLimitedDispatch.Inputs(50_000, 20_000,
                25_000, 25_000, 25_000, 3_000, 0, 0, 1_000));
        GridDispatch.Result ordinary = GridDispatch.dispatch(new GridDispatch.Inputs(50_000, 20_000, 25_000, 25_000,
                3_000, 1_000));

        assertThat(limited.gasMW()).isEqualTo(ordinary.gasMW());
        assertThat(limited.oilMW()).isEqualTo(ordinary.oilMW());
        assertThat(limited.demandResponseMW()).isEqualTo(ordinary.demandResponseMW());
        assertThat(limited.gasAbovePlanMW()).isZero();
        assertThat(limited.unservedMW()).isEqualTo(ordinary.unservedMW()).isEqualTo(1_000);
    }

    @Test
    void the_operator_runs_fuel_limited_only_below_the_trigger() {
        assertThat(FuelLimitedDispatch.fuelLimited(10.9, 11)).isTrue();
        assertThat(FuelLimitedDispatch.fuelLimited(11, 11)).isFalse();
        // A trigger of 0 never binds: cover is never negative.
        assertThat(FuelLimitedDispatch.fuelLimited(0, 0)).isFalse();
    }

    @Test
    void the_fuel_plan_caps_gas_only_while_fuel_limited() {
        // 80% of 31 GW = 24.8 GW.
        assertThat(FuelLimitedDispatch.gasPlanMW(31_000, true, 80)).isCloseTo(24_800, within(1e-9));
        assertThat(FuelLimitedDispatch.gasPlanMW(31_000, false, 80)).isEqualTo(31_000);
    }

    @Test
    void import_headroom_is_the_tie_limit_less_the_ordinary_flow() {
        // Tokyo at the evening peak: 6 GW × 85% = 5.1 GW flows; ties 7.8 GW leave 2.7 GW.
        assertThat(FuelLimitedDispatch.importHeadroomMW(7_800, 5_100)).isEqualTo(2_700);
        assertThatThrownBy(() -> FuelLimitedDispatch.importHeadroomMW(1_000, 1_200))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tie limit");
    }

    @Test
    void negative_inputs_are_rejected_not_clamped() {
        assertThatThrownBy(() -> new FuelLimitedDispatch.Inputs(1_000, 0, 0, 0, 0, 0, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("switchingHeadroomMW");
    }
}
