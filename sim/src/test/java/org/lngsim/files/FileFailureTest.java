package org.lngsim.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FileFailureTest {

    @Test
    void a_full_disk_is_said_in_words() {
        // what the JDK throws on ENOSPC: a bare IOException with the OS's words and no path
        assertThat(FileFailure.reason(new IOException("No space left on device"))).isEqualTo("no space left on device");
    }

    @Test
    void a_refused_path_is_named_with_the_reason() {
        assertThat(FileFailure.reason(new AccessDeniedException("/runs/x"))).isEqualTo("/runs/x: permission denied");
        assertThat(FileFailure.reason(new NoSuchFileException("/runs/y"))).isEqualTo("/runs/y: no such file or directory");
        assertThat(FileFailure.reason(new FileSystemException("/runs/z", null, "Read-only file system")))
                .isEqualTo("/runs/z: read-only file system");
    }

    @Test
    void a_message_of_several_lines_gives_its_first() {
        assertThat(FileFailure.reason(new IOException("Input/output error\nat block 7"))).isEqualTo("input/output error");
        assertThat(FileFailure.reason(new IOException())).isEqualTo("IOException");
    }
}
