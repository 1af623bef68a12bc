package org.lngsim.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.lngsim.runfolder.RunFile;

/**
 * The kinds of folder lngsim writes, each known by the files it always holds. A command writes
 * into, or replaces, a folder only when it is missing, empty, or already a folder of its kind:
 * never a user's own folder, {@code /} or a home folder, a file, or a symbolic link.
 */
public enum FolderKind {
    /** {@code lngsim run}'s folder. */
    RUN("run folder", "--out", List.of(RunFile.RUN_JSON.path(), RunFile.SUMMARY.path())),
    /** A sweep's or shard's folder, and a merge's output. */
    SWEEP("sweep folder", "--out", List.of("sweep.json")),
    /** {@code lngsim backcast}'s folder: the comparisons, their report and the events' runs. */
    BACKCAST("back-cast folder", "--out", List.of("backcast.csv")),
    /** {@code lngsim compare}'s folder: the page and its overlay charts. */
    COMPARE("comparison folder", "--out", List.of("compare.html"));

    private final String description;
    private final String option;
    private final List<String> markers;

    FolderKind(String description, String option, List<String> markers) {
        this.description = description;
        this.option = option;
        this.markers = markers;
    }

    /** The files every folder of this kind holds. */
    public List<String> markers() {
        return markers;
    }

    /** True when {@code folder} is a real folder holding every marker file of this kind. */
    public boolean holds(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return markers.stream().allMatch(m -> Files.isRegularFile(folder.resolve(m), LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * Checks that lngsim may write {@code given} as a folder of this kind: it is missing, an empty
     * folder, or a folder of this kind. Otherwise an {@link OutputException} says why, in one line.
     */
    public void checkWritable(Path given) throws OutputException {
        Path target = given.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new OutputException(given + ": is the file-system root; choose another " + option);
        }
        if (Files.isSymbolicLink(given) || Files.isSymbolicLink(target)) {
            throw new OutputException(given + ": is a symbolic link; lngsim does not replace links, so give the folder "
                    + "it points to, or another " + option);
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException(given + ": exists and is a file, not a " + description + "; choose another " + option);
        }
        if (holds(target) || isEmpty(given, target)) {
            return;
        }
        throw new OutputException(given + ": exists and is not a " + description + " (no " + String.join(" and ", markers)
                + "); lngsim writes only into its own folders, so choose another " + option + " (nothing was changed)");
    }

    /**
     * Empty, or holding only what killed lngsim processes left: a {@link FolderLock} file and
     * temporaries whose {@link Owner} is gone. A sweep killed before its first file leaves just
     * those, and must be able to start there again; a live process's temporary still counts.
     */
    private static boolean isEmpty(Path given, Path folder) throws OutputException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString())
                    .allMatch(name -> name.equals(FolderLock.FILE)
                            || Owner.parse(name).map(t -> t.owner().isGone()).orElse(false));
        } catch (IOException e) {
            throw OutputException.of(given, "cannot be read", e);
        }
    }
}
