package org.lngsim.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    private String names() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return String.join(" ", entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aWriteReplacesTheFileWholeWithOrdinaryPermissions() throws IOException {
        Path file = Files.writeString(folder.resolve("stats.csv"), "old\n");

        AtomicFiles.writeString(file, "new\n");

        assertThat(Files.readString(file)).isEqualTo("new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        assertThat(names()).isEqualTo("stats.csv");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporary() throws IOException {
        Path file = Files.writeString(folder.resolve("daily.csv"), "run,day\n1,0\n");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("run,day\n".getBytes());
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(Files.readString(file)).isEqualTo("run,day\n1,0\n");
        assertThat(names()).isEqualTo("daily.csv");
    }

    @Test
    void aSymbolicLinkAndAFolderAreNotReplaced() throws IOException {
        Path real = Files.writeString(folder.resolve("real.csv"), "mine");
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), real);
        Path sub = Files.createDirectories(folder.resolve("sub"));

        assertThatThrownBy(() -> AtomicFiles.writeString(link, "x")).isInstanceOf(OutputException.class)
                .hasMessageContaining("is a symbolic link");
        assertThatThrownBy(() -> AtomicFiles.writeString(sub, "x")).isInstanceOf(OutputException.class)
                .hasMessage(sub + ": is a folder, not a file");
        assertThat(Files.readString(real)).isEqualTo("mine");
    }

    @Test
    void aFullDiskIsReportedInOneLine() {
        // /dev/full answers every write with ENOSPC, as a full disk does.
        IOException full = Assertions.catchThrowableOfType(
                () -> Files.write(Path.of("/dev/full"), new byte[1]), IOException.class);

        assertThat(FileFailure.withoutPath(full)).isEqualTo("no space left on device");
        assertThat(OutputException.of(Path.of("out"), "cannot write stats.csv", full))
                .hasMessage("out: cannot write stats.csv: no space left on device");
    }
}
