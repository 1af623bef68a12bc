package org.lngsim.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * An output folder written aside and swapped into place whole, so that its readers see the
 * previous complete folder or the new complete folder, never half of one, and a user's folder is
 * never replaced.
 *
 * <p>The steps, each a rename within one parent folder: the new folder is written as
 * {@code .<name>.partial-…}, renamed {@code .<name>.ready-…} when complete, the previous folder
 * (if any) is renamed {@code .<name>.old-…}, the ready one takes the name, and the old one is
 * deleted. A process killed at any step leaves names that {@link Leftovers#recover} reads at the
 * next start, putting a complete folder back under the name. Use in try-with-resources: a
 * failure before {@link #commit} deletes the partial folder.
 */
public final class StagedFolder implements AutoCloseable {

    private final Path given;
    private final Path target;
    private final FolderKind kind;
    private final Path partial;
    private boolean finished;

    private StagedFolder(Path given, Path target, FolderKind kind, Path partial) {
        this.given = given;
        this.target = target;
        this.kind = kind;
        this.partial = partial;
    }

    /**
     * Repairs what a killed run left at {@code given}, checks that it may be written as a folder
     * of {@code kind}, and creates the partial folder beside it.
     *
     * @throws OutputException when the folder is not lngsim's to write, or cannot be created
     */
    public static StagedFolder open(Path given, FolderKind kind) throws OutputException {
        Path target = given.toAbsolutePath().normalize();
        kind.checkWritable(given);
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw OutputException.of(given, "cannot create its parent folder", e);
        }
        try {
            Leftovers.recover(target);
        } catch (IOException e) {
            throw OutputException.of(given, "cannot tidy what an earlier killed run left", e);
        }
        kind.checkWritable(given); // what the repair put back must be of this kind too
        try {
            Path partial = Files.createTempDirectory(parent,
                    Owner.self().prefix(target.getFileName().toString(), Owner.Phase.PARTIAL));
            AtomicFiles.ordinaryPermissions(partial);
            return new StagedFolder(given, target, kind, partial);
        } catch (IOException e) {
            throw OutputException.of(given, "cannot write beside it", e);
        }
    }

    /** Where to write the folder's files until {@link #commit}. */
    public Path dir() {
        return partial;
    }

    /** The destination. */
    public Path target() {
        return target;
    }

    /**
     * Swaps the complete folder into place, replacing a previous folder of the same kind.
     *
     * @return the destination
     */
    public Path commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("staged folder already committed or closed");
        }
        if (!kind.holds(partial)) {
            throw new IllegalStateException("staged " + kind + " folder lacks " + kind.markers());
        }
        String suffix = partial.getFileName().toString().substring(
                Owner.self().prefix(target.getFileName().toString(), Owner.Phase.PARTIAL).length());
        Path ready = sibling(Owner.Phase.READY, suffix);
        Path old = sibling(Owner.Phase.OLD, suffix);
        try {
            AtomicFiles.rename(partial, ready);
        } catch (IOException e) {
            throw OutputException.of(given, "cannot move the finished folder into place", e);
        }
        finished = true;
        try {
            kind.checkWritable(given); // another process may have put something there since open
            boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (replacing) {
                AtomicFiles.rename(target, old);
            }
            try {
                AtomicFiles.rename(ready, target);
            } catch (IOException e) {
                if (replacing) {
                    AtomicFiles.rename(old, target); // the previous folder goes back untouched
                }
                throw e;
            }
        } catch (IOException e) {
            Leftovers.deleteQuietly(ready);
            throw e instanceof OutputException out ? out : OutputException.of(given, "cannot move the finished folder into place", e);
        }
        Leftovers.deleteQuietly(old);
        return target;
    }

    private Path sibling(Owner.Phase phase, String suffix) {
        return target.resolveSibling(Owner.self().prefix(target.getFileName().toString(), phase) + suffix);
    }

    /** Abandons the folder unless it was committed: the partial folder is deleted. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            Leftovers.deleteQuietly(partial);
        }
    }
}
