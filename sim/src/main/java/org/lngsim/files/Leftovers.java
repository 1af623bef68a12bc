package org.lngsim.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Repairs and cleans what killed lngsim processes left: temporary files and folders named by
 * {@link Owner} whose process is gone. A live process's work, and anything from another host, is
 * never touched; nothing without lngsim's temporary name is ever deleted.
 */
public final class Leftovers {

    private Leftovers() {
    }

    /**
     * Finishes or undoes a folder swap a killed process left half done, then deletes that
     * process's temporary copies of {@code target}. When {@code target} is missing, a complete new
     * version ({@code ready}) is moved into place, else the previous one ({@code old}) is put back:
     * a kill between the two renames of a swap never loses the folder for good.
     *
     * @return true when {@code target} was restored
     */
    public static boolean recover(Path target) throws IOException {
        Path folder = target.toAbsolutePath().normalize();
        Path parent = folder.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return false;
        }
        String name = folder.getFileName().toString();
        List<Found> dead = new ArrayList<>();
        for (Found found : temporaries(parent)) {
            if (found.temporary().name().equals(name) && found.temporary().owner().isGone()) {
                dead.add(found);
            }
        }
        boolean restored = false;
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Found> back = newest(dead, Owner.Phase.READY).or(() -> newest(dead, Owner.Phase.OLD));
            if (back.isPresent()) {
                AtomicFiles.rename(back.get().path(), folder);
                dead.remove(back.get());
                restored = true;
            }
        }
        for (Found found : dead) {
            deleteTree(found.path());
        }
        return restored;
    }

    /** Deletes the temporary files and folders of killed processes directly inside {@code folder}. */
    public static void clean(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        for (Found found : temporaries(folder)) {
            if (found.temporary().owner().isGone() && found.temporary().phase() == Owner.Phase.PARTIAL) {
                deleteTree(found.path());
            }
        }
    }

    private record Found(Path path, Owner.Temporary temporary) {
    }

    private static List<Found> temporaries(Path folder) throws IOException {
        List<Found> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.forEach(p -> Owner.parse(p.getFileName().toString()).ifPresent(t -> found.add(new Found(p, t))));
        }
        return found;
    }

    private static Optional<Found> newest(List<Found> found, Owner.Phase phase) {
        return found.stream().filter(f -> f.temporary().phase() == phase)
                .max(Comparator.comparing(f -> modified(f.path())));
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    /** Deletes a file or a folder and everything in it, never following links out of it. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(path)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    deleteTree(entry);
                }
            }
        }
        Files.deleteIfExists(path);
    }

    /** As {@link #deleteTree}, for clean-up after a failure that is already being reported. */
    static void deleteQuietly(Path path) {
        try {
            deleteTree(path);
        } catch (IOException e) {
            // Best effort: a leftover has lngsim's temporary name and the next start cleans it.
        }
    }
}
