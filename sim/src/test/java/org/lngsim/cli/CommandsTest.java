package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void help_lists_the_commands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode).isEqualTo(0);
        assertThat(run.out).contains("validate").contains("route").contains("schema").contains("list");
    }

    @Test
    void version_prints_the_program_version() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode).isEqualTo(0);
        assertThat(run.out).startsWith("lngsim ").doesNotContain("unknown");
    }

    @Test
    void schema_prints_the_json_schema_of_scenarios() throws Exception {
        CliRun run = CliRun.of("schema");

        JsonNode schema = new ObjectMapper().readTree(run.out);
        assertThat(run.exitCode).isEqualTo(0);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("properties").has("disruptions")).isTrue();
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void schema_sweep_prints_the_sweep_schema() throws Exception {
        CliRun run = CliRun.of("schema", "--sweep");

        JsonNode schema = new ObjectMapper().readTree(run.out);
        assertThat(run.exitCode).isEqualTo(0);
        assertThat(schema.path("title").asText()).isEqualTo("lngsim sweep");
        assertThat(schema.path("required").toString()).contains("metrics");
    }

    @Test
    void list_shows_the_world_and_the_scenario_library() {
        CliRun run = CliRun.of("list", "--world", CliRun.repositoryFile("scenarios/base/world-2024.yaml").toString(),
                "--dir", CliRun.repositoryFile("scenarios").toString());

        assertThat(run.exitCode).as(run.err).isEqualTo(0);
        assertThat(run.out).contains("Plants (").contains("ras-laffan").contains("Terminals (").contains("dahej")
                .contains("Grids (").contains("tokyo").contains("Chokepoints (7)").contains("hormuz")
                .contains("baseline-2024.yaml");
    }

    @Test
    void list_with_a_missing_world_exits_2() {
        CliRun run = CliRun.of("list", "--world", "no/such/world.yaml");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("no/such/world.yaml:1:1: file not found");
    }
}
