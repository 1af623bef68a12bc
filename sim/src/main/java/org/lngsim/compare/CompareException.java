package org.lngsim.compare;

/** Run folders that cannot be compared; the message names the folders and why, for the user. */
public final class CompareException extends Exception {

    private static final long serialVersionUID = 1L;

    public CompareException(String message) {
        super(message);
    }

    public CompareException(String message, Throwable cause) {
        super(message, cause);
    }
}
