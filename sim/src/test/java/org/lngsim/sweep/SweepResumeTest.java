package org.lngsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.files.FolderLock;
import org.lngsim.files.OutputException;
import org.lngsim.scenario.Problem;

/** A resume trusts nothing it finds: every row, sweep.json and the scenario files are checked. */
class SweepResumeTest {

    private static final String ONLY_OURS = "; lngsim continues only from rows it wrote: fix or remove the line, or "
            + "start the sweep again in another --out";

    @TempDir
    Path directory;

    private SweepSpec spec;
    private Path folder;
    private Path results;

    @BeforeEach
    void aFinishedSweep() throws Exception {
        spec = new SweepLoader().load(SweepFixtures.smallGrid(directory));
        folder = directory.resolve("out");
        results = folder.resolve("results.csv");
        new SweepRunner(spec).run(folder, 2, false, 0, 1, SweepRunner.Progress.none());
    }

    private List<String> resumeProblems() {
        return catchThrowableOfType(SweepException.class, () -> resume(spec)).problems().stream().map(Problem::render).toList();
    }

    private SweepRunner.Outcome resume(SweepSpec sweep) throws Exception {
        return new SweepRunner(sweep).run(folder, 2, true, 0, 1, SweepRunner.Progress.none());
    }

    private void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }

    @Test
    void a_duplicated_row_and_rows_that_are_no_run_of_the_sweep_are_refused_by_line_and_nothing_changes() throws Exception {
        List<String> lines = Files.readAllLines(results);
        append(results, lines.get(3) + "\n99,1,1,5,30,0,0,0,0,0\n5\n7,oops\n");
        Map<String, String> before = SweepFixtures.snapshot(folder);

        assertThat(resumeProblems()).containsExactly(
                results + ":14:1: '" + lines.get(3) + "': run 2 is already in the file (a duplicated row)" + ONLY_OURS,
                results + ":15:1: '99,1,1,5,30,0,0,0,0,0': '99' is not a run of this sweep (runs 0 to 11)" + ONLY_OURS,
                results + ":16:1: '5': expected 10 cells (run, point, replication, seed, 2 parameters, 4 metrics), found 1"
                        + ONLY_OURS,
                results + ":17:1: '7,oops': expected 10 cells (run, point, replication, seed, 2 parameters, 4 metrics), "
                        + "found 2" + ONLY_OURS);
        assertThat(SweepFixtures.snapshot(folder)).isEqualTo(before);
    }

    @Test
    void a_row_whose_seed_or_parameter_values_are_not_the_runs_is_refused() throws Exception {
        List<String> lines = Files.readAllLines(results);
        String[] run4 = lines.get(5).split(",");
        String wrongSeed = String.join(",", run4[0], run4[1], run4[2], "123", run4[4], run4[5], "0", "0", "0", "0");
        String wrongValue = String.join(",", run4[0], run4[1], run4[2], run4[3], "99", run4[5], "0", "0", "0", "0");
        Files.write(results, List.of(lines.get(0), wrongSeed, wrongValue));

        assertThat(resumeProblems()).containsExactly(
                results + ":2:1: '" + wrongSeed + "': run 4 has point, replication and seed 2,0," + RunPlan.seed(99, 4)
                        + " in this sweep" + ONLY_OURS,
                results + ":3:1: '" + wrongValue + "': run 4's parameter values are 40,0 in this sweep" + ONLY_OURS);
    }

    @Test
    void a_torn_last_row_is_cut_off_with_a_note_and_its_run_runs_again() throws Exception {
        List<String> whole = Files.readAllLines(results);
        Files.write(results, whole.subList(0, 7));
        append(results, whole.get(7).substring(0, 12)); // the kill came in the middle of run 6's row

        SweepRunner.Outcome resumed = resume(spec);

        assertThat(resumed.notes()).containsExactly(results + ":8: dropped an incomplete last line (the sweep was stopped "
                + "while writing it); its run runs again");
        assertThat(resumed.runsSkipped()).isEqualTo(6);
        assertThat(Files.readAllLines(results)).isEqualTo(whole);
    }

    @Test
    void daily_rows_of_runs_not_saved_and_a_torn_daily_line_are_dropped_and_rewritten() throws Exception {
        List<String> whole = Files.readAllLines(results);
        List<String> daily = Files.readAllLines(folder.resolve("daily.csv"));
        Files.write(results, whole.subList(0, 5)); // runs 0-3 saved
        append(folder.resolve("daily.csv"), "11,3,grid/tokyo,1.5,GWh\n11,4,grid/to");

        resume(spec);

        assertThat(Files.readAllLines(folder.resolve("daily.csv"))).isEqualTo(daily);
        assertThat(Files.readAllLines(results)).isEqualTo(whole);
    }

    @Test
    void a_garbled_or_incomplete_sweep_json_is_refused_at_its_place() throws Exception {
        Path json = folder.resolve("sweep.json");
        Files.writeString(json, "{\n  \"name\" : \"small\",\n  \"hash\" : ");

        assertThat(resumeProblems()).singleElement().asString().startsWith(json + ":3:").contains("is not valid JSON")
                .endsWith("; sweep.json is written by lngsim, so this one is damaged or from an older version: start the "
                        + "sweep again in another --out");

        Files.writeString(json, "{\"name\": \"small\", \"hash\": \"" + spec.hash() + "\"}");
        assertThat(resumeProblems()).singleElement().asString().startsWith(json + ":1:1: ")
                .contains("is missing or not a whole number");
    }

    @Test
    void a_base_scenario_edited_between_kill_and_resume_is_refused_naming_the_file() throws Exception {
        Path base = directory.resolve("mini-world.yaml");
        Files.writeString(base, Files.readString(base).replaceFirst("(?m)^name: .*$", "name: edited"));
        Map<String, String> before = SweepFixtures.snapshot(folder);

        SweepSpec edited = new SweepLoader().load(directory.resolve("small.yaml"));

        assertThatThrownBy(() -> resume(edited)).isInstanceOf(SweepException.class).hasMessage(folder.resolve("sweep.json")
                + ":1:1: the base scenario changed since these runs were made (edited: " + base + "); results of the two "
                + "versions must not be mixed: undo the change, or run the sweep in another --out (nothing was changed)");
        assertThat(SweepFixtures.snapshot(folder)).isEqualTo(before);
    }

    @Test
    void an_edited_sweep_file_and_another_shard_are_refused() throws Exception {
        Path file = directory.resolve("small.yaml");
        Files.writeString(file, Files.readString(file).replace("values: [30, 40, 60]", "values: [30, 40, 61]"));
        SweepSpec edited = new SweepLoader().load(file);

        assertThatThrownBy(() -> resume(edited)).hasMessageContaining("holds the runs of another sweep or of an earlier "
                + "version of " + file + " (edited: " + file + ")");
        assertThatThrownBy(() -> new SweepRunner(spec).run(folder, 1, true, 1, 2, SweepRunner.Progress.none()))
                .hasMessageContaining("holds shard 0/1 of this sweep, not 1/2; resume it with --shard 0/1");
    }

    @Test
    void a_folder_with_a_sweep_is_not_run_again_without_resume() {
        assertThatThrownBy(() -> new SweepRunner(spec).run(folder, 1, false, 0, 1, SweepRunner.Progress.none()))
                .hasMessage(folder + ":1:1: already holds a sweep (sweep.json); add --resume to continue it, or choose "
                        + "another --out (nothing was changed)");
    }

    @Test
    void a_locked_folder_is_not_resumed_by_a_second_sweep() throws Exception {
        try (FolderLock held = FolderLock.acquire(folder)) {
            assertThatThrownBy(() -> resume(spec)).isInstanceOf(OutputException.class)
                    .hasMessage(folder + ": is in use by another sweep in this process");
        }
    }
}
