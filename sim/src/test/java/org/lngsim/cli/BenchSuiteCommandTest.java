package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSuiteCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_json_path_holding_someone_elses_file_is_refused_before_anything_is_measured_and_left_as_it_was()
            throws Exception {
        Path notes = dir.resolve("notes.json");
        Files.writeString(notes, "{\"mine\": true}\n");

        CliRun run = CliRun.of("bench", "--suite", "--json", notes.toString());

        assertThat(run.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err).contains(notes + ": exists and was not written by lngsim bench --suite")
                .doesNotContain("per step: round").doesNotContain("Exception");
        assertThat(Files.readString(notes)).isEqualTo("{\"mine\": true}\n");
    }

    @Test
    void a_json_path_that_is_a_folder_is_refused() {
        CliRun run = CliRun.of("bench", "--suite", "--json", dir.toString());

        assertThat(run.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err).contains("is a folder");
    }

    @Test
    void rounds_below_one_are_refused() {
        CliRun run = CliRun.of("bench", "--suite", "--rounds", "0");

        assertThat(run.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err).contains("--rounds");
    }
}
