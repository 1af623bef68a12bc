package org.lngsim.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFolderTest {

    @TempDir
    Path tmp;

    @Test
    void aNewScratchFolderCleansWhatAKilledProcessLeftAndClosingDeletesItsOwn() throws Exception {
        Path killed = LeftoverFixtures.folder(tmp, "lngsim-bench", LeftoverFixtures.deadOwner(), Owner.Phase.PARTIAL, "x");
        Path live = LeftoverFixtures.folder(tmp, "lngsim-bench", Owner.self(), Owner.Phase.PARTIAL, "another thread's");
        Path users = Files.createDirectories(tmp.resolve("lngsim-bench-notes"));

        Path mine;
        try (ScratchFolder scratch = ScratchFolder.create(tmp, "bench")) {
            mine = scratch.path();
            Files.writeString(mine.resolve("run.json"), "{}");
            assertThat(killed).doesNotExist();
        }

        assertThat(mine).doesNotExist();
        assertThat(live).isDirectory();
        assertThat(users).isDirectory();
    }
}
