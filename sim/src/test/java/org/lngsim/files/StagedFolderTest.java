package org.lngsim.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedFolderTest {

    @TempDir
    Path parent;

    private static void markers(Path folder, String content) throws IOException {
        Files.writeString(folder.resolve("run.json"), content);
        Files.writeString(folder.resolve("summary.json"), content);
    }

    private String names() throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return String.join(" ", entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void commitReplacesAnEarlierFolderOfItsKindAndLeavesNoTemporaries() throws IOException {
        Path target = Files.createDirectories(parent.resolve("out"));
        markers(target, "previous");
        Files.writeString(target.resolve("stale.txt"), "from the earlier run");

        try (StagedFolder staged = StagedFolder.open(target, FolderKind.RUN)) {
            markers(staged.dir(), "new");
            assertThat(Files.readString(target.resolve("run.json"))).as("before commit").isEqualTo("previous");
            assertThat(staged.commit()).isEqualTo(target.toAbsolutePath());
        }

        assertThat(Files.readString(target.resolve("run.json"))).isEqualTo("new");
        assertThat(target.resolve("stale.txt")).doesNotExist();
        assertThat(names()).isEqualTo("out");
    }

    @Test
    void aUsersFolderTheRootAFileAndASymbolicLinkAreRefusedAndLeftAlone() throws IOException {
        Path mine = Files.createDirectories(parent.resolve("mine"));
        Files.writeString(mine.resolve("stats.csv"), "my own numbers");
        Path file = Files.writeString(parent.resolve("file"), "a file");
        Path link = Files.createSymbolicLink(parent.resolve("link"), Files.createDirectories(parent.resolve("real")));
        markers(parent.resolve("real"), "a run behind a link");

        assertThatThrownBy(() -> StagedFolder.open(mine, FolderKind.RUN)).isInstanceOf(OutputException.class)
                .hasMessage(mine + ": exists and is not a run folder (no run.json and summary.json); lngsim writes only "
                        + "into its own folders, so choose another --out (nothing was changed)");
        assertThatThrownBy(() -> StagedFolder.open(Path.of("/"), FolderKind.SWEEP)).isInstanceOf(OutputException.class)
                .hasMessage("/: is the file-system root; choose another --out");
        assertThatThrownBy(() -> StagedFolder.open(file, FolderKind.RUN)).hasMessageContaining("is a file");
        assertThatThrownBy(() -> StagedFolder.open(link, FolderKind.RUN)).hasMessageContaining("is a symbolic link");

        assertThat(Files.readString(mine.resolve("stats.csv"))).isEqualTo("my own numbers");
        assertThat(Files.readString(file)).isEqualTo("a file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names()).isEqualTo("file link mine real");
    }

    @Test
    void closingWithoutCommitDeletesThePartialFolderOnly() throws IOException {
        Path target = parent.resolve("out");
        Path partial;
        try (StagedFolder staged = StagedFolder.open(target, FolderKind.RUN)) {
            partial = staged.dir();
            markers(partial, "never committed");
            assertThat(partial.getFileName().toString()).startsWith(".out.partial-");
        }
        assertThat(partial).doesNotExist();
        assertThat(names()).isEmpty();
    }

    @Test
    void openingRepairsAFolderAKilledRunLeftBetweenItsRenames() throws Exception {
        Owner dead = LeftoverFixtures.deadOwner();
        LeftoverFixtures.folder(parent, "out", dead, Owner.Phase.OLD, "previous");

        try (StagedFolder staged = StagedFolder.open(parent.resolve("out"), FolderKind.RUN)) {
            assertThat(Files.readString(parent.resolve("out").resolve("run.json"))).isEqualTo("previous");
        }
        assertThat(names()).isEqualTo("out");
    }

    @Test
    void aFolderMissingItsKindsMarkersCannotBeCommitted() throws IOException {
        try (StagedFolder staged = StagedFolder.open(parent.resolve("out"), FolderKind.RUN)) {
            Files.writeString(staged.dir().resolve("run.json"), "{}");
            assertThatThrownBy(staged::commit).isInstanceOf(IllegalStateException.class);
        }
        assertThat(names()).isEmpty();
    }
}
