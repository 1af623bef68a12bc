package org.lngsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds the scenario schema gives a swept path, found along $refs and the branches that apply. */
class SchemaBoundsTest {

    private static final JsonNode SCENARIO = read("""
            {"protocol": {"partyOverrides": [{"party": "india"}]},
             "disruptions": [{"type": "chokepoint-closure", "chokepoint": "hormuz", "startDay": 10, "endDay": 20}]}
            """);

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_protocol_field_has_the_schemas_minimum_and_maximum() {
        SchemaBounds.Bounds bounds = SchemaBounds.of("p", List.of("protocol", "decisionLagHours"), SCENARIO);

        assertThat(bounds).isEqualTo(new SchemaBounds.Bounds("p", false, 0.0, false, 8760.0, false));
        assertThat(bounds.problem(-1)).isEqualTo("-1 is below the minimum 0 of p");
        assertThat(bounds.problem(8761)).isEqualTo("8761 is above the maximum 8760 of p");
        assertThat(bounds.problem(0)).isNull();
    }

    @Test
    void an_integer_field_and_an_exclusive_minimum_are_told_apart() {
        SchemaBounds.Bounds cargoes = SchemaBounds.of("c", List.of("protocol", "maxCargoesPerWeek"), SCENARIO);
        SchemaBounds.Bounds review = SchemaBounds.of("r", List.of("protocol", "reviewIntervalHours"), SCENARIO);

        assertThat(cargoes.integer()).isTrue();
        assertThat(cargoes.problem(2.5)).isEqualTo("2.5 is not a whole number, which c must be");
        assertThat(review.problem(0)).isEqualTo("0 is not above the minimum 0 of r (which must be above it)");
    }

    @Test
    void a_disruptions_day_gets_its_bounds_from_the_branch_of_its_type() {
        SchemaBounds.Bounds endDay = SchemaBounds.of("e", List.of("disruptions", 0, "endDay"), SCENARIO);

        assertThat(endDay).isNotNull();
        assertThat(endDay.problem(-1)).isNotNull();
        assertThat(endDay.problem(20)).isNull();
    }

    @Test
    void a_path_without_a_numeric_type_has_no_bounds() {
        assertThat(SchemaBounds.of("x", List.of("protocol", "enabled"), SCENARIO)).isNull();
        assertThat(SchemaBounds.of("x", List.of("nosuchfield"), SCENARIO)).isNull();
    }
}
