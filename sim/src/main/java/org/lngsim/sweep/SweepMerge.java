package org.lngsim.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lngsim.files.AtomicFiles;
import org.lngsim.files.FolderKind;
import org.lngsim.files.InputFile;
import org.lngsim.files.OutputException;
import org.lngsim.files.StagedFolder;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.yaml.Location;

/**
 * Joins the shards of one sweep (each a folder with sweep.json and results.csv) into one folder:
 * the same sweep and scenario (hashes), every row checked as on resume, rows united by run number
 * (a run in two shards must have the same row), in run order, and stats recomputed.
 *
 * <p>The output is a {@link StagedFolder}: written aside whole and swapped into place, so a reader
 * (or a second merge) never sees half a merge, a failed merge leaves the previous one, and the
 * files of a merge always belong together. The shards are only read. The output may be a new
 * folder or an earlier merge's, never a shard's own folder, a folder inside a shard, or a folder
 * holding a shard.
 */
public final class SweepMerge {

    /**
     * What the merge found: {@code missing} runs, the first of them listed in {@code missingRuns};
     * {@code notes} name torn last lines that were left out.
     */
    public record Outcome(int shards, int runs, int totalRuns, int missing, List<Integer> missingRuns, Path folder,
            List<String> notes) {

        public Outcome {
            notes = List.copyOf(notes);
        }
    }

    /** The first missing runs listed in an outcome; the rest are only counted. */
    static final int MISSING_LISTED = 100;

    /** The files a merge writes; an earlier merge's folder holding anything else is not replaced. */
    private static final Set<String> MERGE_FILES = Set.of(ResultsFile.FILE, SweepStats.FILE,
            DailyFile.FILE, SweepJson.FILE, "charts");

    private final List<Path> shardFolders;
    private final List<String> notes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final BitSet runs = new BitSet();
    private final List<BitSet> runsOfShard = new ArrayList<>();

    private SweepMerge(List<Path> shardFolders) {
        this.shardFolders = shardFolders;
    }

    public static Outcome merge(List<Path> shardFolders, Path out) throws IOException, SweepException {
        return merge(shardFolders, out, folder -> { });
    }

    /** Merges into {@code out}; {@code finisher} adds files (charts) to the staged folder before it moves in. */
    public static Outcome merge(List<Path> shardFolders, Path out, SweepRunner.Finisher finisher)
            throws IOException, SweepException {
        checkOut(shardFolders, out);
        List<SweepJson.State> states = readStates(shardFolders);
        return new SweepMerge(shardFolders).write(states, out, finisher);
    }

    /**
     * Refuses an output that would destroy a shard: one of the inputs, a folder inside one, a
     * folder holding one (the swap replaces it whole), or another sweep's own runs.
     */
    static void checkOut(List<Path> shardFolders, Path out) throws IOException, SweepException {
        FolderKind.SWEEP.checkWritable(out);
        Path target = real(out);
        for (Path shard : shardFolders) {
            Path input = real(shard);
            if (target.equals(input)) {
                throw new OutputException(out + ": is one of the shards being merged, which the merge would replace; "
                        + "choose a new --out (nothing was changed)");
            }
            if (target.startsWith(input)) {
                throw new OutputException(out + ": is inside the shard folder " + shard + "; choose an --out outside "
                        + "the shards (nothing was changed)");
            }
            if (input.startsWith(target)) {
                throw new OutputException(out + ": holds the shard folder " + shard + ", and the merge replaces its "
                        + "--out whole; choose another --out (nothing was changed)");
            }
        }
        if (SweepJson.exists(out) && SweepJson.read(out).mergedFrom() == 0) {
            throw new OutputException(out + ": holds a sweep's own runs, not an earlier merge; merge into a new "
                    + "folder (nothing was changed)");
        }
        if (SweepJson.exists(out)) {
            refuseForeignFiles(out);
        }
    }

    /**
     * A new merge replaces the earlier one whole, so a file someone added to it (notes, a report)
     * would go with it: refused instead, naming the file.
     */
    private static void refuseForeignFiles(Path out) throws IOException {
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> entries = Files.list(out)) {
            entries.map(p -> p.getFileName().toString()).filter(name -> !MERGE_FILES.contains(name)).sorted()
                    .forEach(foreign::add);
        }
        Path charts = out.resolve("charts");
        if (Files.isDirectory(charts, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(charts)) {
                entries.map(p -> p.getFileName().toString()).filter(name -> !name.matches("sweep-[a-z]+\\.(png|svg|pdf)"))
                        .sorted().forEach(name -> foreign.add("charts/" + name));
            }
        }
        if (!foreign.isEmpty()) {
            throw new OutputException(out + ": holds files a merge did not write (" + String.join(", ", foreign)
                    + "), which merging again would delete; move them, or choose another --out (nothing was changed)");
        }
    }

    /**
     * The path with every link resolved, also when its last parts do not exist yet: the nearest
     * existing ancestor's real path and the rest, so two names of one folder compare equal.
     */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    /** Each shard's sweep.json, all of one sweep run on one scenario. */
    private static List<SweepJson.State> readStates(List<Path> shardFolders) throws IOException, SweepException {
        List<SweepJson.State> states = new ArrayList<>();
        for (Path folder : shardFolders) {
            Optional<String> notAFolder = InputFile.folderRefusal(folder);
            if (notAFolder.isPresent()) {
                throw SweepException.of(folder.toString(), notAFolder.get());
            }
            SweepJson.State state = SweepJson.read(folder);
            SweepJson.State first = states.isEmpty() ? state : states.get(0);
            if (!first.hash().equals(state.hash())) {
                throw SweepException.of(folder.toString(), "is from another sweep (hash " + state.hash() + ", expected "
                        + first.hash() + " as in " + shardFolders.get(0) + ")");
            }
            if (!first.scenarioHash().equals(state.scenarioHash())) {
                throw SweepException.of(folder.toString(), "was run on another version of the base scenario than "
                        + shardFolders.get(0) + SweepJson.changedFiles(first, state) + "; its results must not be mixed");
            }
            states.add(state);
        }
        return states;
    }

    private Outcome write(List<SweepJson.State> states, Path out, SweepRunner.Finisher finisher)
            throws IOException, SweepException {
        SweepJson.State first = states.get(0);
        String header = String.join(",", SweepRunner.columns(first.parameters(), first.metrics()));
        try (StagedFolder staged = StagedFolder.open(out, FolderKind.SWEEP)) {
            Path dir = staged.dir();
            Path results = dir.resolve(ResultsFile.FILE);
            Path unsorted = dir.resolve(".results.unsorted");
            AtomicFiles.write(unsorted, o -> {
                o.write((header + "\n").getBytes(StandardCharsets.UTF_8));
                copyResults(states, header, o);
            });
            if (!problems.isEmpty()) {
                throw new SweepException(problems);
            }
            sortResults(unsorted, results, header);
            mergeDaily(dir);
            SweepStats.write(results, first.parameters().size(), dir.resolve(SweepStats.FILE));
            int missing = first.totalRuns() - runs.cardinality();
            SweepJson.write(dir, first.merged(shardFolders.size(), missing));
            finisher.finish(dir);
            Path folder = staged.commit();
            return new Outcome(shardFolders.size(), runs.cardinality(), first.totalRuns(), missing,
                    firstMissing(first.totalRuns()), folder, notes);
        }
    }

    /** Every good row of every shard, in shard order; bad rows become problems. */
    private void copyResults(List<SweepJson.State> states, String header, OutputStream out) throws IOException {
        for (int s = 0; s < shardFolders.size(); s++) {
            Path file = shardFolders.get(s).resolve(ResultsFile.FILE);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(Location.of(shardFolders.get(s).toString()), "",
                        "has no " + ResultsFile.FILE));
                runsOfShard.add(new BitSet());
                continue;
            }
            ResultRows rows = new ResultRows(states.get(s), null, file.toString());
            try {
                CsvLines.read(file, line -> copyLine(line, file, header, rows, out));
            } catch (SweepException e) {
                problems.addAll(e.problems());
            }
            problems.addAll(rows.problems());
            runs.or(rows.runs());
            runsOfShard.add(rows.runs());
        }
    }

    private void copyLine(CsvLines.Line line, Path file, String header, ResultRows rows, OutputStream out)
            throws IOException, SweepException {
        if (line.number() == 1) {
            if (!line.text().equals(header) || !line.terminated()) {
                throw SweepException.of(file.toString(), "has other columns than the first shard's");
            }
        } else if (!line.terminated()) {
            notes.add(file + ":" + line.number() + ": left out an incomplete last line (its shard was stopped while "
                    + "writing it; resume the shard to run it again)");
        } else if (rows.check(line)) {
            out.write(line.text().getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }

    private void sortResults(Path unsorted, Path results, String header) throws IOException, SweepException {
        try {
            RunOrder.sort(unsorted, results, header, RunOrder.Duplicates.IDENTICAL);
        } catch (RunOrder.Conflict e) {
            throw SweepException.of(shardFolders.get(0).toString(), "run " + e.run() + " has different rows in two of "
                    + "the shards; they are not shards of one sweep run by one lngsim");
        } finally {
            Files.deleteIfExists(unsorted);
        }
    }

    /**
     * Each shard's daily rows of the runs it has in results.csv (never rows a killed run left
     * without its results row), in run order.
     */
    private void mergeDaily(Path dir) throws IOException, SweepException {
        Path unsorted = dir.resolve(".daily.unsorted");
        List<DailyFile.Kept> kept = new ArrayList<>();
        for (int s = 0; s < shardFolders.size(); s++) {
            Path daily = shardFolders.get(s).resolve(DailyFile.FILE);
            kept.add(Files.isRegularFile(daily, LinkOption.NOFOLLOW_LINKS) ? DailyFile.keep(daily, runsOfShard.get(s)) : null);
        }
        AtomicFiles.write(unsorted, out -> {
            out.write((DailyFile.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            for (int s = 0; s < shardFolders.size(); s++) {
                if (kept.get(s) != null) {
                    DailyFile.copy(shardFolders.get(s).resolve(DailyFile.FILE), kept.get(s), out);
                }
            }
        });
        try {
            RunOrder.sort(unsorted, dir.resolve(DailyFile.FILE), DailyFile.HEADER, RunOrder.Duplicates.FIRST);
        } finally {
            Files.deleteIfExists(unsorted);
        }
    }

    private List<Integer> firstMissing(int total) {
        List<Integer> missing = new ArrayList<>();
        for (int run = runs.nextClearBit(0); run < total && missing.size() < MISSING_LISTED; run = runs.nextClearBit(run + 1)) {
            missing.add(run);
        }
        return missing;
    }
}
