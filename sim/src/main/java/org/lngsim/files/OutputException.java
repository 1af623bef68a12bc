package org.lngsim.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A path the user gave cannot be written: a folder that is not lngsim's, a file where a folder
 * should be, a full disk, a read-only folder. A user's mistake or a fact of their machine, so the
 * command line reports it in one line with exit code 2 and no stack trace.
 */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }

    /** {@code given: reason}, the reason being the one line the operating system's error means. */
    public static OutputException of(Path given, String doing, IOException cause) {
        OutputException e = new OutputException(given + ": " + doing + ": " + reason(cause));
        e.initCause(cause);
        return e;
    }

    /**
     * One line for an I/O failure: "no space left on device", "permission denied",
     * "read-only file system"... rather than Java's class names and repeated paths.
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "no space left on device";
        }
        if (lower.contains("read-only file system")) {
            return "read-only file system";
        }
        if (lower.contains("disk quota")) {
            return "disk quota exceeded";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
