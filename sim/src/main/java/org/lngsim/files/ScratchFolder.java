package org.lngsim.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private working folder in the machine's temporary folder (the benchmark's runs), deleted on
 * close. Its name carries its {@link Owner}, so what a killed process left is deleted by the next
 * one that makes a scratch folder, never a live process's folder or anything not lngsim's.
 */
public final class ScratchFolder implements AutoCloseable {

    private final Path path;

    private ScratchFolder(Path path) {
        this.path = path;
    }

    /** Cleans dead processes' scratch folders, then makes a new one for {@code purpose}. */
    public static ScratchFolder create(String purpose) throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath(), purpose);
    }

    static ScratchFolder create(Path tmp, String purpose) throws IOException {
        Leftovers.clean(tmp);
        return new ScratchFolder(Files.createTempDirectory(tmp, Owner.self().prefix("lngsim-" + purpose, Owner.Phase.PARTIAL)));
    }

    public Path path() {
        return path;
    }

    /** Deletes {@code path}, a folder this process wrote inside its scratch folder, and everything in it. */
    public static void delete(Path path) throws IOException {
        Leftovers.deleteTree(path);
    }

    @Override
    public void close() throws IOException {
        Leftovers.deleteTree(path);
    }
}
