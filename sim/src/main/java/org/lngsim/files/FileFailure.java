package org.lngsim.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * One line saying why a file operation failed. The JDK's messages are uneven: an
 * {@link AccessDeniedException}'s message is only the path, a full disk is a bare "No space left
 * on device" without one; this gives the path when known and the reason in words.
 */
public final class FileFailure {

    private FileFailure() {
    }

    /** E.g. {@code /runs/x: permission denied}, or {@code no space left on device}. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + ": " + fileSystemReason(fs);
        }
        return words(e.getMessage(), e.getClass().getSimpleName());
    }

    /** The reason alone, for a message that already names the path: {@code permission denied}. */
    public static String withoutPath(IOException e) {
        return e instanceof FileSystemException fs ? fileSystemReason(fs) : words(e.getMessage(), e.getClass().getSimpleName());
    }

    private static String fileSystemReason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        return words(e.getReason(), "file system error");
    }

    /** The first line of an OS message, lower-cased at the start to read inside a sentence. */
    private static String words(String message, String fallback) {
        if (message == null || message.isBlank()) {
            return fallback;
        }
        String line = message.strip().lines().findFirst().orElse(fallback);
        return line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
    }
}
