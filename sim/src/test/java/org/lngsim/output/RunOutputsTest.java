package org.lngsim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.events.EventBus;
import org.lngsim.events.SimEvent;
import org.lngsim.files.OutputException;
import org.lngsim.scenario.LoadedScenario;

class RunOutputsTest {

    private static final List<String> FILES = List.of("cargoes.csv", "events.csv", "routes.csv", "run.json",
            "scenario.resolved.yaml", "summary.json", "timeseries.csv");

    private static LoadedScenario miniWorld;

    @TempDir
    Path reports;

    @BeforeAll
    static void load() {
        miniWorld = SyntheticRun.miniWorld();
    }

    private static RunInfo info() {
        return new RunInfo("0.1.0-test", 42, miniWorld.inputHash(), List.of("seed=42", "horizonDays=365"));
    }

    /** Opens the outputs and publishes the synthetic run through a bus, as the simulation does. */
    private static RunOutputs run(Path finalDir) throws IOException {
        RunOutputs outputs = RunOutputs.open(finalDir, miniWorld, info());
        EventBus bus = new EventBus();
        outputs.listeners().forEach(bus::subscribe);
        for (SimEvent event : SyntheticRun.events()) {
            bus.publish(event);
        }
        bus.finish();
        return outputs;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commit_writes_every_file_of_the_run_folder() throws IOException {
        Path folder;
        try (RunOutputs outputs = run(reports.resolve("mini-world"))) {
            folder = outputs.commit(1.25);
        }
        assertThat(folder).isEqualTo(reports.resolve("mini-world").toAbsolutePath());
        assertThat(names(folder)).containsExactlyElementsOf(FILES);
        assertThat(names(reports)).containsExactly("mini-world");

        JsonNode run = new ObjectMapper().readTree(folder.resolve("run.json").toFile());
        assertThat(run.get("programVersion").asText()).isEqualTo("0.1.0-test");
        assertThat(run.get("seed").asLong()).isEqualTo(42);
        assertThat(run.get("inputHash").asText()).isEqualTo(miniWorld.inputHash());
        assertThat(run.get("sets")).hasSize(2);
        assertThat(run.get("wallTimeSeconds").asDouble()).isEqualTo(1.25);
        assertThat(run.get("files").toString()).isEqualTo(new ObjectMapper().writeValueAsString(FILES));

        JsonNode resolved = new YAMLMapper().readTree(folder.resolve("scenario.resolved.yaml").toFile());
        // Same text: YAML reads numbers back as other node types (int vs long), not other values.
        assertThat(resolved.toString()).isEqualTo(miniWorld.resolved().toString());
        assertThat(Files.readString(folder.resolve("scenario.resolved.yaml"))).contains("name: mini-world\n").doesNotStartWith("---");
    }

    @Test
    void summary_json_is_readable_plain_and_in_declaration_order() throws IOException {
        RunSummary summary;
        Path folder;
        try (RunOutputs outputs = run(reports.resolve("mini-world"))) {
            folder = outputs.commit(0);
            summary = outputs.summary();
        }
        assertThat(RunSummary.read(folder.resolve("summary.json"))).isEqualTo(summary);
        String json = Files.readString(folder.resolve("summary.json"));
        assertThat(json).containsSubsequence("\"scenario\"", "\"horizonDays\"", "\"seed\"", "\"grids\"", "\"gasPools\"",
                "\"gasDemands\"", "\"importers\"", "\"terminals\"", "\"massBalance\"", "\"events\"");
        assertThat(json).contains("\"unservedPct\" : 0.069,", "\"firstShortfallDay\" : 1,", "\"demandGWh\" : 2160,",
                "\"boilOffMt\" : 0.00055,", "\"errorMt\" : 0,");
        assertThat(json).doesNotContain("E-", ".0,");
    }

    @Test
    void the_same_events_give_byte_identical_files_except_the_wall_time_in_run_json() throws IOException {
        Path first;
        Path second;
        try (RunOutputs outputs = run(reports.resolve("a"))) {
            first = outputs.commit(1);
        }
        try (RunOutputs outputs = run(reports.resolve("b"))) {
            second = outputs.commit(2);
        }
        for (String file : FILES) {
            if (!file.equals("run.json")) {
                assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
            }
        }
        assertThat(Files.readString(second.resolve("run.json")))
                .isEqualTo(Files.readString(first.resolve("run.json")).replace("\"wallTimeSeconds\" : 1", "\"wallTimeSeconds\" : 2"));
    }

    /** An earlier run folder (it holds run.json and summary.json), with a marker to see it go. */
    private static void previousRun(Path finalDir) throws IOException {
        Files.createDirectories(finalDir);
        Files.writeString(finalDir.resolve("marker.txt"), "previous run");
        Files.writeString(finalDir.resolve("run.json"), "{}");
        Files.writeString(finalDir.resolve("summary.json"), "{}");
    }

    @Test
    void a_folder_that_is_not_a_run_folder_is_never_replaced() throws IOException {
        Path finalDir = reports.resolve("my-notes");
        Files.createDirectories(finalDir);
        Files.writeString(finalDir.resolve("notes.txt"), "mine");
        Path file = reports.resolve("a-file");
        Files.writeString(file, "mine too");

        Assertions.assertThatThrownBy(() -> RunOutputs.open(finalDir, miniWorld, info()))
                .isInstanceOf(OutputException.class).hasMessageContaining("is not a run folder");
        Assertions.assertThatThrownBy(() -> RunOutputs.open(file, miniWorld, info()))
                .isInstanceOf(OutputException.class).hasMessageContaining("is a file");
        assertThat(Files.readString(finalDir.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(Files.readString(file)).isEqualTo("mine too");
        assertThat(names(reports)).containsExactlyInAnyOrder("my-notes", "a-file");
    }

    @Test
    void an_existing_run_folder_is_replaced_only_at_commit() throws IOException {
        Path finalDir = reports.resolve("mini-world");
        previousRun(finalDir);

        try (RunOutputs outputs = run(finalDir)) {
            // Written, finished, not committed: the previous run is still what readers see.
            assertThat(names(finalDir)).containsExactlyInAnyOrder("marker.txt", "run.json", "summary.json");
            assertThat(outputs.partialDir().getParent()).isEqualTo(finalDir.toAbsolutePath().getParent());
            assertThat(outputs.partialDir().getFileName().toString()).startsWith(".mini-world.partial-");
            outputs.commit(1);
        }
        assertThat(names(finalDir)).containsExactlyElementsOf(FILES);
        assertThat(names(reports)).containsExactly("mini-world"); // the old folder and the partial one are gone
    }

    @Test
    void closing_without_commit_leaves_the_previous_run_and_deletes_the_partial_folder() throws IOException {
        Path finalDir = reports.resolve("mini-world");
        previousRun(finalDir);

        Path partial;
        try (RunOutputs outputs = RunOutputs.open(finalDir, miniWorld, info())) {
            partial = outputs.partialDir();
            outputs.listeners().get(0).on(SyntheticRun.events().get(0));
            assertThat(partial.resolve("events.csv")).exists();
            // The run fails here: no commit.
        }
        assertThat(partial).doesNotExist();
        assertThat(names(reports)).containsExactly("mini-world");
        assertThat(Files.readString(finalDir.resolve("marker.txt"))).isEqualTo("previous run");
    }

    @Test
    void a_failed_run_with_no_previous_folder_leaves_nothing_behind() throws IOException {
        Path finalDir = reports.resolve("nested").resolve("mini-world");
        try (RunOutputs outputs = RunOutputs.open(finalDir, miniWorld, info())) {
            assertThat(outputs.partialDir()).isDirectory();
        }
        assertThat(finalDir).doesNotExist();
        assertThat(names(reports.resolve("nested"))).isEmpty();
    }

    @Test
    void commit_finishes_listeners_the_bus_did_not_finish_and_cannot_be_repeated() throws IOException {
        try (RunOutputs outputs = RunOutputs.open(reports.resolve("x"), miniWorld, info())) {
            SyntheticRun.events().forEach(e -> outputs.listeners().forEach(l -> l.on(e)));
            Path folder = outputs.commit(0);
            assertThat(Files.readAllLines(folder.resolve("cargoes.csv"))).hasSize(4);
            assertThat(outputs.summary().grids().get("tokyo").demandGWh()).isEqualTo(2160);
            assertThatThrownBy(() -> outputs.commit(0)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(reports.resolve("x").resolve("events.csv")).exists();
    }
}
