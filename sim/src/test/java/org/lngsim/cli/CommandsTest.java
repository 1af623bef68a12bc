package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void help_lists_the_commands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode).isEqualTo(0);
        assertThat(run.out).contains("validate").contains("route").contains("schema").contains("list");
    }

    @Test
    void version_prints_the_program_version_commit_and_build_time() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode).isEqualTo(0);
        String first = run.out.lines().findFirst().orElse("");
        // A build outside git (a source tarball) has an unknown commit; the version and time are always known.
        assertThat(first).matches("lngsim [0-9][^ ,]*, commit ([0-9a-f]{7,40}|unknown), "
                + "built [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z");
        assertThat(run.out).contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void completion_prints_a_bash_script_that_completes_every_command() {
        CliRun run = CliRun.of("completion");

        assertThat(run.exitCode).as(run.err).isEqualTo(0);
        assertThat(run.out).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_lngsim")
                .contains("_picocli_lngsim_run()").contains("--no-counterfactual");
        String commands = run.out.lines().filter(l -> l.contains("local commands=")).findFirst().orElse("");
        assertThat(commands.split("\"")[1].split(" ")).contains("run", "validate", "route", "chart", "schema",
                "list", "bench", "sweep", "merge", "completion", "help");
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

    /**
     * Tests run in sim/, not the repository root: the default world is found from where lngsim's
     * classes are (sim/target/classes), as from the jar in sim/target.
     */
    @Test
    void list_finds_the_default_world_and_library_outside_the_repository_root() {
        assertThat(Path.of("scenarios/base/world-2024.yaml")).doesNotExist();

        CliRun run = CliRun.of("list");

        assertThat(run.exitCode).as(run.err).isEqualTo(0);
        assertThat(run.out).contains("ras-laffan").contains("baseline-2024.yaml");
    }

    @Test
    void route_finds_the_default_world_outside_the_repository_root() {
        CliRun run = CliRun.of("route", "--from", "ras-laffan", "--to", "dahej");

        assertThat(run.exitCode).as(run.err).isEqualTo(0);
        assertThat(run.out).startsWith("ras-laffan -> dahej: ");
    }

    /** Every list the reference checks accept, each id first on its line. */
    @Test
    void list_shows_every_kind_of_id_a_scenario_can_name() {
        CliRun run = CliRun.of("list", "--world", CliRun.miniWorld(), "--dir", "no-such-library");

        assertThat(run.exitCode).as(run.err).isEqualTo(0);
        assertThat(run.out).contains("Importers (2):\n  japan ", "\n  india ")
                .contains("Plants (2):\n  ras-laffan ", "\n  gladstone ")
                .contains("Fleets (2):\n  standard ", "\n  q-flex ")
                .contains("Regions (2):\n  tokyo-bay ")
                .contains("Terminals (", "Contracts (", "Grids (", "Gas demands (", "Gas pools (", "Chokepoints (")
                .containsPattern("\n    sector [a-z-]+ +priority 1")
                .contains("Scenarios in no-such-library (0):");
        for (String section : List.of("Terminals", "Contracts", "Grids", "Gas demands", "Gas pools", "Chokepoints")) {
            assertThat(run.out).doesNotContain(section + " (0):");
        }
    }

    @Test
    void list_with_a_missing_world_exits_2() {
        CliRun run = CliRun.of("list", "--world", "no/such/world.yaml");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("no/such/world.yaml:1:1: file not found");
    }
}
