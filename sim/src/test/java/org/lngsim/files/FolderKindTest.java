package org.lngsim.files;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderKindTest {

    @TempDir
    Path parent;

    @Test
    void aFolderHoldingOnlyALockFileAndADeadProcessesTemporariesCountsAsEmpty() throws Exception {
        Path folder = Files.createDirectories(parent.resolve("sweep"));
        Files.writeString(folder.resolve(FolderLock.FILE), "host 1\n");
        Files.writeString(folder.resolve(LeftoverFixtures.deadOwner().prefix("sweep.json", Owner.Phase.PARTIAL) + "1"), "{");

        assertThatCode(() -> FolderKind.SWEEP.checkWritable(folder)).doesNotThrowAnyException();
    }

    @Test
    void aLiveProcessesTemporaryMakesTheFolderNotEmpty() throws Exception {
        Path folder = Files.createDirectories(parent.resolve("sweep"));
        Files.writeString(folder.resolve(Owner.self().prefix("sweep.json", Owner.Phase.PARTIAL) + "1"), "{");

        assertThatThrownBy(() -> FolderKind.SWEEP.checkWritable(folder)).isInstanceOf(OutputException.class)
                .hasMessageContaining("exists and is not a sweep folder");
    }
}
