package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads a file the user names refuses, at once and by name, what is not a
 * regular file or clearly not a scenario, and reports a user's mistake in one line with exit 2,
 * never as an internal error.
 */
class HostilePathsTest {

    private static final String DEVICE = "/dev/zero";

    @TempDir
    Path directory;

    /** Each command with a file argument, the file put where {@code %s} is. */
    static Stream<Arguments> commandsReadingAFile() {
        return Stream.of(
                Arguments.of(List.of("validate", "%s")),
                Arguments.of(List.of("run", "%s", "--no-charts")),
                Arguments.of(List.of("route", "--world", "%s", "--from", "ras-laffan", "--to", "futtsu")),
                Arguments.of(List.of("list", "--world", "%s")),
                Arguments.of(List.of("bench", "%s", "--warmups", "0", "--runs", "1")),
                Arguments.of(List.of("sweep", "%s")));
    }

    @ParameterizedTest
    @MethodSource("commandsReadingAFile")
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_device_is_refused_by_name_before_it_is_read(List<String> command) {
        CliRun run = CliRun.of(args(command, DEVICE));

        assertRefused(run, DEVICE + ":1:1: is a device, not a regular file");
    }

    @ParameterizedTest
    @MethodSource("commandsReadingAFile")
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a safety net: opening a pipe would block
    void a_named_pipe_is_refused_by_name_without_waiting_for_it(List<String> command) throws Exception {
        Path pipe = directory.resolve("pipe.yaml");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor()).isZero();

        CliRun run = CliRun.of(args(command, pipe.toString()));

        assertRefused(run, pipe + ":1:1: is a named pipe, not a regular file");
    }

    @Test
    void a_folder_given_as_a_scenario_is_refused_by_name() {
        assertRefused(CliRun.of("validate", directory.toString()), directory + ":1:1: is a directory, not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_scenario_extending_a_device_is_refused_at_its_extends_line() throws IOException {
        Path file = Files.writeString(directory.resolve("endless.yaml"), "extends: " + DEVICE + "\n");

        assertRefused(CliRun.of("validate", file.toString()),
                file + ":1:10: extends: cannot extend '/dev/zero': is a device, not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_sweep_whose_base_is_a_device_is_refused_at_its_base_line() throws IOException {
        Path sweep = Files.writeString(directory.resolve("sweep.yaml"), """
                name: endless
                base: /dev/zero
                parameters: [{path: protocol.decisionLagHours, values: [0, 24]}]
                design: {type: grid}
                replications: 1
                seed: 1
                metrics: [protocol.redirections]
                """);

        assertRefused(CliRun.of("sweep", sweep.toString()),
                sweep + ":2:7: base: base scenario /dev/zero: is a device, not a regular file");
    }

    @Test
    void extending_a_password_file_names_it_once_and_prints_none_of_it() throws IOException {
        Files.writeString(directory.resolve("shadow"), "root:$6$s3cr3tHash:19700:0:99999:7:::\n"
                + "daemon:*:19700:0:99999:7:::\n");
        Path file = Files.writeString(directory.resolve("leaky.yaml"), "extends: shadow\nname: leaky\n");

        CliRun run = CliRun.of("validate", file.toString());

        assertRefused(run, file + ":1:10: extends: cannot extend 'shadow': not a scenario file "
                + "(none of its 2 top-level keys is a scenario field)");
        assertThat(run.err).doesNotContain("s3cr3t").doesNotContain("daemon").hasLineCount(2);
    }

    @Test
    void a_sweep_command_given_a_password_file_names_it_once() throws IOException {
        Path shadow = Files.writeString(directory.resolve("shadow"), "root:$6$s3cr3tHash:19700:0:99999:7:::\n");

        CliRun run = CliRun.of("sweep", shadow.toString());

        assertRefused(run, shadow + ":1:1: not a sweep file (its one top-level key is not a sweep field)");
        assertThat(run.err).doesNotContain("s3cr3t");
    }

    @Test
    void extends_cannot_be_set_on_the_command_line() {
        CliRun run = CliRun.of("validate", CliRun.miniWorld(), "--set", "extends=/etc/passwd");

        assertRefused(run, "--set extends=/etc/passwd:1:1: extends: cannot be overridden with --set "
                + "(the files are merged before overrides apply); change the scenario's 'extends' line instead");
    }

    @Test
    void a_seed_beyond_64_bits_is_a_located_problem() throws IOException {
        Path file = Files.writeString(directory.resolve("seed.yaml"),
                "extends: " + CliRun.miniWorld() + "\nseed: 99999999999999999999999\n");

        assertRefused(CliRun.of("validate", file.toString()),
                file + ":2:7: seed: must be less than 9223372036854775808 (found 99999999999999999999999)");
    }

    @Test
    void a_seed_beyond_64_bits_written_as_a_float_is_a_located_problem_too() {
        CliRun run = CliRun.of("validate", CliRun.miniWorld(), "--set", "seed=1e30");

        // 2^63 = 9223372036854775808; column 6: the value starts after "seed="
        assertRefused(run, "--set seed=1e30:1:6: seed: must be less than 9223372036854775808 (found 1.0E30)");
    }

    @Test
    void a_self_crossing_chokepoint_polygon_is_a_located_problem() throws IOException {
        // a bow tie: the edges (56, 26)-(56.9, 27) and (56.9, 26)-(56, 27) cross at the square's centre
        Path file = Files.writeString(directory.resolve("bowtie.yaml"), "extends: " + CliRun.miniWorld() + "\n"
                + "chokepoints:\n"
                + "  - id: hormuz\n"
                + "    name: Strait of Hormuz\n"
                + "    area: {polygon: [[56.0, 26.0], [56.9, 27.0], [56.9, 26.0], [56.0, 27.0]]}\n");

        assertRefused(CliRun.of("validate", file.toString()), file + ":5:21: chokepoints[0].area.polygon: "
                + "the polygon's edges cross each other near [56.45, 26.5]; list its points in order around the area");
    }

    private static String[] args(List<String> command, String file) {
        return command.stream().map(a -> a.replace("%s", file)).toArray(String[]::new);
    }

    private static void assertRefused(CliRun run, String firstLine) {
        assertThat(run.exitCode).as(run.err).isEqualTo(2);
        assertThat(run.err.lines().findFirst()).contains(firstLine);
        assertThat(run.err).doesNotContain("internal error");
        run.assertNoStackTrace();
    }
}
