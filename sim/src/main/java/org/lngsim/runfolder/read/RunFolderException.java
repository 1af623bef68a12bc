package org.lngsim.runfolder.read;

/** A folder that is not a readable run folder; the message says which file and why, for the user. */
public final class RunFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    public RunFolderException(String message) {
        super(message);
    }

    public RunFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
