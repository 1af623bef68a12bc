package org.lngsim.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lngsim.files.FolderKind;
import org.lngsim.files.FolderLock;
import org.lngsim.files.Leftovers;
import org.lngsim.files.OutputException;

/**
 * A sweep folder opened for writing in place: refused unless it is missing, empty or already a
 * sweep folder (never {@code /}, a file, a link or a user's own folder), then created, locked
 * against a second lngsim process, and cleared of temporaries a killed process left. Nothing is
 * written before these checks pass.
 */
final class SweepFolder implements AutoCloseable {

    private final FolderLock lock;

    private SweepFolder(FolderLock lock) {
        this.lock = lock;
    }

    static SweepFolder open(Path folder) throws OutputException {
        FolderKind.SWEEP.checkWritable(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw OutputException.of(folder, "cannot be created", e);
        }
        FolderLock lock = FolderLock.acquire(folder);
        try {
            // again under the lock: another process may have written here since the first check
            FolderKind.SWEEP.checkWritable(folder);
            Leftovers.clean(folder);
            return new SweepFolder(lock);
        } catch (IOException e) {
            closeQuietly(lock);
            throw e instanceof OutputException out ? out : OutputException.of(folder, "cannot be tidied", e);
        }
    }

    private static void closeQuietly(FolderLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
