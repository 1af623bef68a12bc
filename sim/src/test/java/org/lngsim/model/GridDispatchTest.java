package org.lngsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GridDispatchTest {

    @Test
    void non_gas_then_gas_then_oil_then_demand_response_then_unserved() {
        GridDispatch.Result result = GridDispatch.dispatch(new GridDispatch.Inputs(50_000, 20_000, 25_000, 25_000,
                3_000, 1_000));

        assertThat(result.nonGasMW()).isEqualTo(20_000);
        assertThat(result.gasMW()).isEqualTo(25_000);
        assertThat(result.oilMW()).isEqualTo(3_000);
        assertThat(result.demandResponseMW()).isEqualTo(1_000);
        assertThat(result.unservedMW()).isEqualTo(1_000);
    }

    @Test
    void fuel_limits_gas_output_below_capacity() {
        GridDispatch.Result result = GridDispatch.dispatch(new GridDispatch.Inputs(40_000, 10_000, 25_000, 12_000,
                5_000, 2_000));

        assertThat(result.gasMW()).isEqualTo(12_000);
        assertThat(result.oilMW()).isEqualTo(5_000);
        assertThat(result.demandResponseMW()).isEqualTo(2_000);
        assertThat(result.unservedMW()).isEqualTo(11_000);
    }

    @Test
    void surplus_non_gas_serves_all_and_burns_no_gas() {
        GridDispatch.Result result = GridDispatch.dispatch(new GridDispatch.Inputs(8_000, 12_000, 25_000, 25_000, 0, 0));

        assertThat(result.nonGasMW()).isEqualTo(8_000);
        assertThat(result.gasMW()).isZero();
        assertThat(result.unservedMW()).isZero();
    }
}
