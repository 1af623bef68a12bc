package org.lngsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.runfolder.RunFile;

class RunJsonTest {

    @TempDir
    Path directory;

    @Test
    void run_json_names_the_build_that_ran() throws Exception {
        RunInfo info = new RunInfo(new BuildInfo("1.2.3", "0123456789ab", "2026-01-05T10:00:00Z"), 7, "hash",
                List.of("seed=7"));

        JsonNode json = write(RunJson.of(info, 1.5, List.of("events.csv")));

        assertThat(json.path("programVersion").asText()).isEqualTo("1.2.3");
        assertThat(json.path("commit").asText()).isEqualTo("0123456789ab");
        assertThat(json.path("buildTime").asText()).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(json.path("seed").asLong()).isEqualTo(7);
        assertThat(json.path("sets").toString()).isEqualTo("[\"seed=7\"]");
    }

    @Test
    void build_values_the_build_did_not_fill_in_read_as_unknown() {
        BuildInfo build = new BuildInfo("0.1.0", "${lngsim.commit}", " ");

        assertThat(build.commit()).isEqualTo(BuildInfo.UNKNOWN);
        assertThat(build.buildTime()).isEqualTo(BuildInfo.UNKNOWN);
        assertThat(build.version()).isEqualTo("0.1.0");
    }

    @Test
    void the_build_of_this_program_is_read_from_its_resource() {
        BuildInfo build = BuildInfo.current();

        assertThat(build.version()).isNotEqualTo(BuildInfo.UNKNOWN);
        assertThat(build.buildTime()).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z");
    }

    private JsonNode write(RunJson runJson) throws Exception {
        Path file = RunFile.RUN_JSON.in(directory);
        JsonFiles.writeJson(file, runJson);
        return new ObjectMapper().readTree(file.toFile());
    }
}
