package org.lngsim.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {

    @TempDir
    Path folder;

    @Test
    void aLockedFolderCannotBeLockedAgainUntilReleased() throws Exception {
        try (FolderLock first = FolderLock.acquire(folder)) {
            assertThatThrownBy(() -> FolderLock.acquire(folder)).isInstanceOf(OutputException.class)
                    .hasMessage(folder + ": is in use by another sweep in this process");
        }
        try (FolderLock again = FolderLock.acquire(folder)) {
            assertThat(folder.resolve(FolderLock.FILE)).isRegularFile();
        }
    }

    @Test
    void aLockHeldByAnotherProcessNamesThatProcess() throws Exception {
        Process holder = LockHolder.start(folder);
        try {
            assertThatThrownBy(() -> FolderLock.acquire(folder)).isInstanceOf(OutputException.class)
                    .hasMessage(folder + ": is in use by another lngsim process (process " + holder.pid() + " on "
                            + Owner.self().host() + "); wait for it to finish or stop it first");
        } finally {
            holder.destroyForcibly().waitFor();
        }
        // Killed, its lock went with it.
        try (FolderLock mine = FolderLock.acquire(folder)) {
            assertThat(mine).isNotNull();
        }
    }
}
