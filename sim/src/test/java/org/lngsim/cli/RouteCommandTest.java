package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RouteCommandTest {

    private static final String WORLD = CliRun.repositoryFile("scenarios/base/world-2024.yaml").toString();

    @Test
    void prints_distance_days_and_chokepoints_in_order() {
        CliRun run = CliRun.of("route", "--from", "ras-laffan", "--to", "futtsu", "--world", WORLD);

        assertThat(run.exitCode).as(run.err).isEqualTo(0);
        assertThat(run.out).startsWith("ras-laffan -> futtsu: 6,").contains("days at 19.5 kn");
        assertThat(run.out.indexOf("hormuz")).isLessThan(run.out.indexOf("malacca"));
    }

    @Test
    void json_answer_has_the_documented_fields() throws Exception {
        CliRun run = CliRun.of("route", "--from", "ras-laffan", "--to", "futtsu", "--closed", "malacca",
                "--speed", "18", "--json", "--world", WORLD);

        JsonNode answer = new ObjectMapper().readTree(run.out);
        assertThat(answer.path("reachable").asBoolean()).isTrue();
        assertThat(answer.path("closed").get(0).asText()).isEqualTo("malacca");
        double distanceNm = answer.path("distanceNm").asDouble();
        assertThat(distanceNm).isBetween(7_000.0, 7_800.0);
        assertThat(answer.path("days").asDouble()).isCloseTo(distanceNm / 18 / 24, within(0.01));
        assertThat(answer.path("chokepoints").findValuesAsText("id")).contains("hormuz").doesNotContain("malacca");
    }

    @Test
    void hormuz_closed_leaves_ras_laffan_unreachable() throws Exception {
        CliRun run = CliRun.of("route", "--from", "ras-laffan", "--to", "dahej", "--closed", "hormuz", "--json",
                "--world", WORLD);

        JsonNode answer = new ObjectMapper().readTree(run.out);
        assertThat(run.exitCode).isEqualTo(0);
        assertThat(answer.path("reachable").asBoolean()).isFalse();
        assertThat(answer.path("distanceNm").isNull()).isTrue();
    }

    @Test
    void an_unknown_id_exits_2_and_lists_the_known_ones() {
        CliRun run = CliRun.of("route", "--from", "ras-lafan", "--to", "futtsu", "--world", WORLD);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("unknown place 'ras-lafan'").contains("ras-laffan").contains("dahej");
        run.assertNoStackTrace();
    }

    @Test
    void an_unknown_chokepoint_exits_2_and_lists_the_known_ones() {
        CliRun run = CliRun.of("route", "--from", "ras-laffan", "--to", "futtsu", "--closed", "bosporus",
                "--world", WORLD);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("unknown chokepoint 'bosporus'; known chokepoints: hormuz, bab-el-mandeb");
    }
}
