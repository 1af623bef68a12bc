package org.lngsim.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary directories for fixtures that outlive one test class (made once per test JVM), which
 * JUnit's {@code @TempDir} cannot hold: each is deleted, with all it holds, when the JVM exits,
 * so a test run leaves nothing in the system's temporary directory.
 */
public final class TestTrees {

    private TestTrees() {
    }

    /** A new directory under java.io.tmpdir, deleted with its contents at JVM exit. */
    public static Path deletedAtExit(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(directory), "delete " + directory));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code root} and everything under it; what cannot be deleted is left (best effort at exit). */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // at exit there is no one to tell; the rest is still deleted
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // as above
        }
    }
}
