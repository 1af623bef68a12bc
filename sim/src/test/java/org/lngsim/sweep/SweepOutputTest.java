package org.lngsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.files.OutputException;

/** Sweeps and merges write only into their own folders, and never leave half a file. */
class SweepOutputTest {

    @TempDir
    Path directory;

    private SweepSpec spec;

    @BeforeEach
    void load() throws Exception {
        spec = new SweepLoader().load(SweepFixtures.smallGrid(directory));
    }

    private SweepRunner.Outcome sweep(Path folder, int shard, int shards) throws Exception {
        return new SweepRunner(spec).run(folder, 2, false, shard, shards, SweepRunner.Progress.none());
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_users_folder_the_root_a_file_and_a_link_are_refused_and_left_as_they_were() throws Exception {
        Path mine = Files.createDirectories(directory.resolve("mine"));
        Files.writeString(mine.resolve("stats.csv"), "my own numbers");
        Path file = Files.writeString(directory.resolve("file"), "a file");
        Path link = Files.createSymbolicLink(directory.resolve("link"), Files.createDirectories(directory.resolve("real")));
        Map<String, String> before = SweepFixtures.snapshot(directory);

        assertThatThrownBy(() -> sweep(mine, 0, 1)).isInstanceOf(OutputException.class).hasMessage(mine + ": exists and "
                + "is not a sweep folder (no sweep.json); lngsim writes only into its own folders, so choose another --out "
                + "(nothing was changed)");
        assertThatThrownBy(() -> sweep(Path.of("/"), 0, 1)).isInstanceOf(OutputException.class)
                .hasMessage("/: is the file-system root; choose another --out");
        assertThatThrownBy(() -> sweep(file, 0, 1)).isInstanceOf(OutputException.class).hasMessageContaining("is a file");
        assertThatThrownBy(() -> sweep(link, 0, 1)).isInstanceOf(OutputException.class)
                .hasMessageContaining("is a symbolic link");

        assertThat(SweepFixtures.snapshot(directory)).isEqualTo(before);
        assertThat(names(directory.resolve("real"))).isEmpty();
    }

    @Test
    void a_sweep_leaves_its_files_and_no_temporary_and_cleans_those_of_a_killed_process() throws Exception {
        Path folder = directory.resolve("out");
        sweep(folder, 0, 1);
        String host = Files.readString(folder.resolve(".lngsim.lock")).split(" ")[0];
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path leftover = Files.writeString(folder.resolve(".stats.csv.partial-" + host + "-" + gone.pid() + "-1"), "half");

        new SweepRunner(spec).run(folder, 2, true, 0, 1, SweepRunner.Progress.none());

        assertThat(leftover).doesNotExist();
        assertThat(names(folder)).containsExactly(".lngsim.lock", "daily.csv", "results.csv", "stats.csv", "sweep.json");
    }

    @Test
    void merge_refuses_an_out_that_is_in_or_holds_a_shard_or_is_a_sweeps_own_folder() throws Exception {
        Path shards = directory.resolve("shards");
        Path s0 = shards.resolve("s0");
        Path s1 = shards.resolve("s1");
        sweep(s0, 0, 2);
        sweep(s1, 1, 2);
        Path single = directory.resolve("single");
        sweep(single, 0, 1);
        Map<String, String> before = SweepFixtures.snapshot(directory);
        List<Path> both = List.of(s0, s1);

        assertThatThrownBy(() -> SweepMerge.merge(both, s0)).isInstanceOf(OutputException.class).hasMessage(s0
                + ": is one of the shards being merged, which the merge would replace; choose a new --out (nothing was changed)");
        assertThatThrownBy(() -> SweepMerge.merge(both, s1.resolve("merged"))).isInstanceOf(OutputException.class)
                .hasMessage(s1.resolve("merged") + ": is inside the shard folder " + s1 + "; choose an --out outside the "
                        + "shards (nothing was changed)");
        assertThatThrownBy(() -> SweepMerge.merge(List.of(s0, s1), directory)).isInstanceOf(OutputException.class)
                .hasMessageContaining("is not a sweep folder");
        assertThatThrownBy(() -> SweepMerge.merge(both, single)).isInstanceOf(OutputException.class).hasMessage(single
                + ": holds a sweep's own runs, not an earlier merge; merge into a new folder (nothing was changed)");
        Path s0link = Files.createSymbolicLink(directory.resolve("s0link"), s0);
        assertThatThrownBy(() -> SweepMerge.merge(List.of(s0link, s1), s0)).isInstanceOf(OutputException.class)
                .hasMessageContaining("is one of the shards being merged");

        assertThat(SweepFixtures.snapshot(directory)).isEqualTo(before);
    }

    @Test
    void merging_again_replaces_an_earlier_merge_but_not_files_someone_added_and_a_torn_shard_row_is_left_out_with_a_note() throws Exception {
        Path s0 = directory.resolve("s0");
        Path s1 = directory.resolve("s1");
        sweep(s0, 0, 2);
        sweep(s1, 1, 2);
        Path merged = directory.resolve("merged");
        SweepMerge.merge(List.of(s0, s1), merged);
        Path notes = Files.writeString(merged.resolve("notes.txt"), "my notes");
        assertThatThrownBy(() -> SweepMerge.merge(List.of(s0, s1), merged)).isInstanceOf(OutputException.class)
                .hasMessage(merged + ": holds files a merge did not write (notes.txt), which merging again would delete; "
                        + "move them, or choose another --out (nothing was changed)");
        Files.delete(notes);
        List<String> rows = Files.readAllLines(s1.resolve("results.csv"));
        Files.write(s1.resolve("results.csv"), rows.subList(0, rows.size() - 1));
        Files.writeString(s1.resolve("results.csv"), rows.get(rows.size() - 1).substring(0, 5), StandardOpenOption.APPEND);
        Map<String, String> shardBefore = SweepFixtures.snapshot(s1);

        SweepMerge.Outcome outcome = SweepMerge.merge(List.of(s0, s1), merged);

        assertThat(outcome.missing()).isEqualTo(1);
        assertThat(outcome.missingRuns()).containsExactly(11);
        assertThat(outcome.notes()).containsExactly(s1.resolve("results.csv") + ":7: left out an incomplete last line "
                + "(its shard was stopped while writing it; resume the shard to run it again)");
        assertThat(names(merged)).containsExactly("daily.csv", "results.csv", "stats.csv", "sweep.json");
        assertThat(SweepFixtures.snapshot(s1)).isEqualTo(shardBefore);
        assertThat(names(directory)).noneMatch(name -> name.startsWith("."));
    }
}
