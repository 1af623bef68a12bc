package org.lngsim.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One lngsim process at a time in a folder that grows in place (a sweep's results): an operating
 * system lock on {@code .lngsim.lock} inside it, released when the process ends however it ends,
 * so a killed sweep never leaves its folder locked.
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name inside the locked folder. */
    public static final String FILE = ".lngsim.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code folder} (which must exist) for this process.
     *
     * @throws OutputException when another process (or another sweep in this one) holds it
     */
    public static FolderLock acquire(Path folder) throws OutputException {
        Path file = folder.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw OutputException.of(folder, "cannot be locked", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new OutputException(folder + ": is in use by another lngsim process" + holder
                        + "; wait for it to finish or stop it first");
            }
            Owner self = Owner.self();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((self.host() + " " + self.pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new FolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new OutputException(folder + ": is in use by another sweep in this process");
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw OutputException.of(folder, "cannot be locked", e);
        }
    }

    /** " (process 123 on host)" from what the holder wrote, or nothing when unreadable. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(128);
            channel.read(buffer, 0);
            String[] parts = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim().split(" ");
            return parts.length == 2 ? " (process " + parts[1] + " on " + parts[0] + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing; the lock is released with the channel or the process
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
