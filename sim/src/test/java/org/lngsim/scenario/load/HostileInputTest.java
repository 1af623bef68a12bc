package org.lngsim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.ScenarioException;

/**
 * Hostile files get one clear problem, fast, without exhausting memory. The timeouts only guard
 * against hangs (they are generous); measured times are in the issue notes.
 */
class HostileInputTest {

    private static final Duration GUARD = Duration.ofSeconds(10);

    @TempDir
    Path directory;

    @Test
    void a_file_over_the_size_limit_is_refused_before_parsing() throws IOException {
        Path file = directory.resolve("huge.yaml");
        Files.writeString(file, "name: x\nplants:\n" + "  - {id: p, name: plant with a long name}\n".repeat(60_000));

        assertThat(singleProblem(file).message()).isEqualTo("the file is too large (2,520,016 bytes; the limit is 2,097,152 bytes)");
    }

    @Test
    void a_many_node_document_is_refused_with_its_node_count() throws IOException {
        Path file = directory.resolve("many.yaml");
        Files.writeString(file, "plants:\n" + "  - {id: p, n: 1}\n".repeat(20_000));

        assertThat(singleProblem(file).message()).isEqualTo("the document has more than 50,000 nodes (an alias bomb?)");
    }

    @Test
    void an_enormous_line_is_refused() throws IOException {
        Path file = directory.resolve("line.yaml");
        Files.writeString(file, "name: x\ndescription: " + "x".repeat(1_500_000) + "\n");

        Problem problem = singleProblem(file);

        assertThat(problem.message()).isEqualTo("line 2 is longer than 10,000 characters");
        assertThat(problem.location().line()).isEqualTo(2);
    }

    @Test
    void a_billion_laughs_alias_bomb_is_refused() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            String previous = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(", ",
                    java.util.Collections.nCopies(10, previous))).append("]\n");
        }
        Path file = directory.resolve("bomb.yaml");
        Files.writeString(file, yaml);

        assertThat(singleProblem(file).message()).contains("an alias bomb");
    }

    @Test
    void deep_nesting_is_refused() throws IOException {
        Path file = directory.resolve("deep.yaml");
        Files.writeString(file, "a: " + "[".repeat(4_000) + "]".repeat(4_000) + "\n");

        assertThat(singleProblem(file).message()).isEqualTo("the YAML is nested more than 40 levels deep");
    }

    @Test
    void binary_garbage_is_named_as_such_with_the_first_bad_byte() throws IOException {
        Path file = directory.resolve("garbage.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0x28});

        Problem problem = singleProblem(file);

        assertThat(problem.message()).isEqualTo("the file is not UTF-8 text (is it a binary file?)");
        assertThat(problem.location().line()).isEqualTo(2);
        assertThat(problem.location().column()).isEqualTo(4);
    }

    @Test
    void control_characters_in_text_are_a_syntax_error_with_a_location() throws IOException {
        Path file = directory.resolve("nul.yaml");
        Files.write(file, "name: a\u0000b\n".getBytes(StandardCharsets.UTF_8));

        Problem problem = singleProblem(file);

        assertThat(problem.message()).isEqualTo("the file contains a control character (U+0000) that YAML does not allow");
        assertThat(problem.location().line()).isEqualTo(1);
        assertThat(problem.location().column()).isEqualTo(8);
    }

    @Test
    void a_directory_and_a_missing_file_are_problems_not_crashes() {
        assertThat(singleProblem(directory).message()).isEqualTo("is a directory, not a YAML file");
        assertThat(singleProblem(directory.resolve("absent.yaml")).message()).isEqualTo("file not found");
    }

    @Test
    void a_file_that_extends_itself_is_a_cycle() throws IOException {
        Path file = directory.resolve("self.yaml");
        Files.writeString(file, "extends: ./self.yaml\n");

        assertThat(singleProblem(file).message()).isEqualTo(
                "'./self.yaml' is already being extended: cycle self.yaml -> self.yaml");
    }

    private static Problem singleProblem(Path file) {
        ScenarioException failure = assertTimeoutPreemptively(GUARD,
                () -> catchThrowableOfType(ScenarioException.class, () -> new ScenarioLoader().load(file)));
        assertThat(failure).isNotNull();
        assertThat(failure.problems()).hasSize(1);
        return failure.problems().get(0);
    }
}
