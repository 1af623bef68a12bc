package org.lngsim.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a file the user names as input (a scenario, a file it extends, a sweep file) only when it
 * is a regular file, and never more than a limit. The kind of file is checked before it is
 * opened, because reading does not reveal it in time: {@code /dev/zero} reports a size of 0 and
 * never ends (the whole heap fills), and opening a named pipe blocks until something writes to it.
 * The read itself is bounded too, since files under {@code /proc} also report a size of 0.
 */
public final class InputFile {

    /** File-type bits of {@code unix:mode} (stat's {@code S_IFMT}), to name what the file is. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private InputFile() {
    }

    /** Why {@code file} is not something to read (missing, a folder, a device...), or empty when it is a regular file. */
    public static Optional<String> refusal(Path file) {
        BasicFileAttributes attributes;
        try {
            // follows links: a link to /dev/zero is refused as a device
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of("file not found");
        } catch (IOException e) {
            return Optional.of("cannot read the file: " + FileFailure.reason(e));
        }
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        if (attributes.isDirectory()) {
            return Optional.of("is a directory, not a regular file");
        }
        return Optional.of("is " + specialKind(file) + ", not a regular file");
    }

    /** Why {@code folder} is not a folder to read ("no such folder", a regular file, a device...), or empty when it is one. */
    public static Optional<String> folderRefusal(Path folder) {
        if (Files.isDirectory(folder)) {
            return Optional.empty();
        }
        if (!Files.exists(folder)) {
            return Optional.of("no such folder");
        }
        return Optional.of(Files.isRegularFile(folder) ? "is a file, not a folder" : "is " + specialKind(folder) + ", not a folder");
    }

    /**
     * The bytes of {@code file}, at most {@code maxBytes} of them.
     *
     * @throws Refused with a one-line reason when it is not a regular file, is larger than the
     *                 limit or cannot be read
     */
    public static byte[] read(Path file, long maxBytes) throws Refused {
        Optional<String> refusal = refusal(file);
        if (refusal.isPresent()) {
            throw new Refused(refusal.get());
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new Refused(String.format(Locale.ROOT, "the file is too large (%,d bytes; the limit is %,d bytes)",
                        size, maxBytes));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > maxBytes) {
                    throw new Refused(String.format(Locale.ROOT, "the file is too large (over the limit of %,d bytes)",
                            maxBytes));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new Refused("file not found");
        } catch (IOException e) {
            throw new Refused("cannot read the file: " + FileFailure.reason(e));
        }
    }

    private static String specialKind(Path file) {
        try {
            return switch ((Integer) Files.getAttribute(file, "unix:mode") & TYPE_MASK) {
                case FIFO -> "a named pipe";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            // "unix:" attributes exist only on Unix-like systems
            return "a special file (a device, a pipe or a socket)";
        }
    }

    /** A file that is not read, with the reason in words. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }
}
