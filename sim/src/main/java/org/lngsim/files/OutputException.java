package org.lngsim.files;

import java.io.IOException;
import java.nio.file.Path;

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

    /** {@code given: doing: reason}, the reason in the words of {@link FileFailure#withoutPath}. */
    public static OutputException of(Path given, String doing, IOException cause) {
        OutputException e = new OutputException(given + ": " + doing + ": " + FileFailure.withoutPath(cause));
        e.initCause(cause);
        return e;
    }
}
