package org.lngsim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.lngsim.files.TestTrees;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.ScenarioException;

/**
 * Fuzzes the scenario loader: whatever the bytes, it either loads a scenario or reports located
 * problems; any other exception (a crash a user would see as a stack trace) fails. Runs its seed
 * corpus as a regular test; {@code JAZZER_FUZZ=1 mvn test -Dtest=ScenarioLoaderFuzzTest} fuzzes.
 */
class ScenarioLoaderFuzzTest {

    private static final Path DIRECTORY = workDirectory();

    @FuzzTest(maxDuration = "5m")
    void any_bytes_give_a_scenario_or_located_problems(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        loadAndCheck(write("raw.yaml", bytes), List.of());
    }

    @FuzzTest(maxDuration = "5m")
    void any_overlay_on_a_valid_world_gives_a_scenario_or_located_problems(FuzzedDataProvider data) {
        String override = data.consumeString(60);
        String overlay = data.consumeRemainingAsString();
        Path file = write("overlay.yaml", ("extends: mini-world.yaml\n" + overlay).getBytes(StandardCharsets.UTF_8));
        loadAndCheck(file, override.isEmpty() ? List.of() : List.of(override));
    }

    private static void loadAndCheck(Path file, List<String> overrides) {
        try {
            new ScenarioLoader().load(file, overrides);
        } catch (ScenarioException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem problem : e.problems()) {
                assertThat(problem.location().line()).isPositive();
                assertThat(problem.location().column()).isPositive();
                assertThat(problem.message()).isNotBlank();
            }
        }
    }

    private static Path write(String name, byte[] bytes) {
        try {
            Path file = DIRECTORY.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path workDirectory() {
        try {
            Path directory = TestTrees.deletedAtExit("lngsim-fuzz");
            Files.copy(TestScenarios.miniWorld(), directory.resolve("mini-world.yaml"), StandardCopyOption.REPLACE_EXISTING);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
