package org.lngsim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
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
                    Collections.nCopies(10, previous))).append("]\n");
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
        assertThat(singleProblem(directory).message()).isEqualTo("is a directory, not a regular file");
        assertThat(singleProblem(directory.resolve("absent.yaml")).message()).isEqualTo("file not found");
    }

    @Test
    void a_file_that_extends_itself_is_a_cycle() throws IOException {
        Path file = directory.resolve("self.yaml");
        Files.writeString(file, "extends: ./self.yaml\n");

        assertThat(singleProblem(file).message()).isEqualTo(
                "'./self.yaml' is already being extended: cycle self.yaml -> self.yaml");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_device_is_refused_by_what_it_is_without_reading_it() {
        Problem problem = singleProblem(Path.of("/dev/zero"));

        assertThat(problem.render()).isEqualTo("/dev/zero:1:1: is a device, not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a safety net: opening a pipe would block
    void a_named_pipe_is_refused_without_opening_it() throws Exception {
        Path pipe = namedPipe("pipe.yaml");

        assertThat(singleProblem(pipe).message()).isEqualTo("is a named pipe, not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_link_to_a_device_is_refused_as_the_device() throws IOException {
        Path link = Files.createSymbolicLink(directory.resolve("zero.yaml"), Path.of("/dev/zero"));

        assertThat(singleProblem(link).message()).isEqualTo("is a device, not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void extending_a_device_is_a_problem_at_the_extends_line() throws IOException {
        Path file = directory.resolve("zero.yaml");
        Files.writeString(file, "name: x\nextends: /dev/zero\n");

        assertThat(singleProblem(file).render()).isEqualTo(
                file + ":2:10: extends: cannot extend '/dev/zero': is a device, not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a safety net: opening a pipe would block
    void extending_a_named_pipe_is_a_problem_at_the_extends_line() throws Exception {
        namedPipe("pipe.yaml");
        Path file = directory.resolve("child.yaml");
        Files.writeString(file, "extends: pipe.yaml\n");

        assertThat(singleProblem(file).render()).isEqualTo(
                file + ":1:10: extends: cannot extend 'pipe.yaml': is a named pipe, not a regular file");
    }

    @Test
    void extending_a_password_file_is_one_problem_that_quotes_none_of_it() throws IOException {
        Path shadow = directory.resolve("shadow");
        Files.writeString(shadow, "root:$6$s3cr3tHash:19700:0:99999:7:::\ndaemon:*:19700:0:99999:7:::\n"
                + "planner:$6$an0therHash:19700:0:99999:7:::\n");
        Path file = directory.resolve("child.yaml");
        Files.writeString(file, "extends: shadow\nname: x\n");

        Problem problem = singleProblem(file);

        assertThat(problem.render()).isEqualTo(file + ":1:10: extends: cannot extend 'shadow': not a scenario file "
                + "(none of its 3 top-level keys is a scenario field)");
    }

    @Test
    void a_scenario_with_every_key_misspelt_still_gets_suggestions() throws IOException {
        Path file = directory.resolve("typos.yaml");
        Files.writeString(file, "nam: x\nhorizonDyas: 30\n");

        ScenarioException failure = catchThrowableOfType(ScenarioException.class, () -> new ScenarioLoader().load(file));

        assertThat(failure.problems()).extracting(Problem::message)
                .contains("unknown key 'nam' (did you mean 'name'?)", "unknown key 'horizonDyas' (did you mean 'horizonDays'?)");
    }

    @Test
    void a_long_unknown_key_is_quoted_short_in_its_path_and_message() throws IOException {
        String key = "k".repeat(30) + "-secret-tail-of-a-long-line";
        Path file = directory.resolve("long.yaml");
        Files.writeString(file, "name: x\n" + key + ": 1\n");

        ScenarioException failure = catchThrowableOfType(ScenarioException.class, () -> new ScenarioLoader().load(file));
        Problem unknown = failure.problems().stream().filter(p -> p.message().startsWith("unknown key")).findFirst().orElseThrow();

        String shortened = "k".repeat(30) + "-secret-ta…"; // the first 40 characters
        assertThat(unknown.path()).isEqualTo(shortened);
        assertThat(unknown.message()).startsWith("unknown key '" + shortened + "' (allowed: ");
        assertThat(failure.problems()).allSatisfy(p -> assertThat(p.render()).doesNotContain("tail-of-a-long-line"));
    }

    private Path namedPipe(String name) throws IOException, InterruptedException {
        Path pipe = directory.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        return pipe;
    }

    private static Problem singleProblem(Path file) {
        ScenarioException failure = assertTimeoutPreemptively(GUARD,
                () -> catchThrowableOfType(ScenarioException.class, () -> new ScenarioLoader().load(file)));
        assertThat(failure).isNotNull();
        assertThat(failure.problems()).hasSize(1);
        return failure.problems().get(0);
    }
}
