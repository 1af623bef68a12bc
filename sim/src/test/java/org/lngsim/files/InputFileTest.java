package org.lngsim.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {

    @TempDir
    Path directory;

    @Test
    void a_regular_file_is_read_in_full() throws Exception {
        Path file = Files.writeString(directory.resolve("a.yaml"), "name: x\n");

        assertThat(new String(InputFile.read(file, 100), StandardCharsets.UTF_8)).isEqualTo("name: x\n");
        assertThat(InputFile.refusal(file)).isEmpty();
    }

    @Test
    void a_file_over_the_limit_is_refused_by_its_size() throws IOException {
        Path file = Files.writeString(directory.resolve("big.yaml"), "x".repeat(1_001));

        assertThat(refusedReading(file, 1_000)).isEqualTo("the file is too large (1,001 bytes; the limit is 1,000 bytes)");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void a_file_that_reports_no_size_is_still_read_no_further_than_the_limit() {
        Path status = Path.of("/proc/self/status"); // a regular file of size 0, longer than 10 bytes

        assertThat(refusedReading(status, 10)).isEqualTo("the file is too large (over the limit of 10 bytes)");
    }

    @Test
    void a_missing_file_and_a_directory_are_named_as_such() {
        assertThat(InputFile.refusal(directory.resolve("absent.yaml"))).contains("file not found");
        assertThat(InputFile.refusal(directory)).contains("is a directory, not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_device_is_refused_before_it_is_read() {
        assertThat(refusedReading(Path.of("/dev/zero"), 1_000)).isEqualTo("is a device, not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void a_link_is_judged_by_what_it_points_to() throws IOException {
        Path link = Files.createSymbolicLink(directory.resolve("zero.yaml"), Path.of("/dev/zero"));

        assertThat(InputFile.refusal(link)).contains("is a device, not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a safety net: opening a pipe would block
    void a_named_pipe_is_refused_without_opening_it() throws Exception {
        Path pipe = directory.resolve("pipe.yaml");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor()).isZero();

        assertThat(refusedReading(pipe, 1_000)).isEqualTo("is a named pipe, not a regular file");
    }

    @Test
    void a_folder_to_read_must_be_a_folder() throws IOException {
        Path file = Files.writeString(directory.resolve("plain"), "");

        assertThat(InputFile.folderRefusal(directory)).isEmpty();
        assertThat(InputFile.folderRefusal(directory.resolve("absent"))).contains("no such folder");
        assertThat(InputFile.folderRefusal(file)).contains("is a file, not a folder");
    }

    private static String refusedReading(Path file, long limit) {
        InputFile.Refused refused = catchThrowableOfType(InputFile.Refused.class, () -> InputFile.read(file, limit));
        assertThat(refused).as("%s must be refused", file).isNotNull();
        return refused.getMessage();
    }
}
