package org.lngsim.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes one file so that it is either the old file or the complete new one, whatever happens:
 * the bytes go to a temporary file beside the destination, are forced to the disk, and the
 * temporary file is renamed over the destination. A full disk, a kill or an exception leaves the
 * destination as it was (and at worst a temporary file that {@link Leftovers} cleans later).
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code text} (UTF-8) to {@code file} atomically. */
    public static void writeString(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(file, out -> out.write(bytes));
    }

    /** Writes {@code bytes} to {@code file} atomically. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /**
     * Writes {@code file} atomically with what {@code body} writes. Refuses a destination that is
     * a symbolic link or a folder: lngsim replaces only plain files.
     */
    public static void write(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        refuseNonFile(file, target);
        Path folder = target.getParent();
        Path temporary = Files.createTempFile(folder, Owner.self().prefix(target.getFileName().toString(),
                Owner.Phase.PARTIAL), "");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                body.writeTo(out);
                out.flush();
                channel.force(true); // the bytes are on the disk before the name points at them
            }
            ordinaryPermissions(temporary);
            rename(temporary, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Moves a finished temporary file of the same folder over {@code target}: the one step that
     * makes a new version visible.
     */
    static void rename(Path from, Path target) throws IOException {
        try {
            Files.move(from, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so only exotic file systems get here; a plain replace is the best left.
            Files.move(from, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void refuseNonFile(Path given, Path target) throws OutputException {
        if (target.getParent() == null) {
            throw new OutputException(given + ": is the file-system root, not a file");
        }
        if (Files.isSymbolicLink(target)) {
            throw new OutputException(given + ": is a symbolic link; lngsim does not replace links (give the file it points to)");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException(given + ": is a folder, not a file");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException(given + ": is not a regular file (a device, pipe or socket)");
        }
    }

    /** Temporary files are private by default; a written output is an ordinary file (rw-r--r--). */
    static void ordinaryPermissions(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(folder ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }
}
