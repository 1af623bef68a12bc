package org.lngsim.backcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeTableTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheBlockBetweenTheMarkersIsReplaced() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Title\nbefore\n" + ReadmeTable.BEGIN + "\nold table\n" + ReadmeTable.END + "\nafter\n");
        assertThat(ReadmeTable.update(readme, "| new |\n")).isTrue();
        assertThat(Files.readString(readme)).isEqualTo("# Title\nbefore\n" + ReadmeTable.BEGIN + "\n\n| new |\n\n"
                + ReadmeTable.END + "\nafter\n");
        assertThat(ReadmeTable.current(Files.readString(readme))).contains("| new |\n");
        assertThat(ReadmeTable.update(readme, "| new |\n")).isFalse();
    }

    @Test
    void aFileWithoutTheMarkersIsRefusedAndLeftAsItWas() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Mine\n");
        assertThatThrownBy(() -> ReadmeTable.update(readme, "| t |\n")).isInstanceOf(ReadmeTable.Refused.class)
                .hasMessageContaining("has no back-cast table to update");
        assertThat(Files.readString(readme)).isEqualTo("# Mine\n");
    }
}
