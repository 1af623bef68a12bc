package org.lngsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {

    @TempDir
    Path directory;

    @Test
    void one_and_two_threads_give_identical_results() throws Exception {
        SweepSpec spec = new SweepLoader().load(SweepFixtures.smallGrid(directory));

        new SweepRunner(spec).run(directory.resolve("one"), 1, false, 0, 1, SweepRunner.Progress.none());
        new SweepRunner(spec).run(directory.resolve("two"), 2, false, 0, 1, SweepRunner.Progress.none());

        List<String> one = Files.readAllLines(directory.resolve("one/results.csv"));
        assertThat(one).hasSize(13);
        assertThat(Files.readAllLines(directory.resolve("two/results.csv"))).isEqualTo(one);
        assertThat(Files.readAllLines(directory.resolve("two/stats.csv")))
                .isEqualTo(Files.readAllLines(directory.resolve("one/stats.csv")));
        assertThat(Files.readAllLines(directory.resolve("two/daily.csv")))
                .isEqualTo(Files.readAllLines(directory.resolve("one/daily.csv"))).hasSizeGreaterThan(1);
        List<String> daily = Files.readAllLines(directory.resolve("one/daily.csv"));
        assertThat(daily.get(0)).isEqualTo("run,day,entity,unserved,unit");
        assertThat(daily.subList(1, daily.size())).allSatisfy(row ->
                assertThat(row).matches("\\d+,\\d+,(grid/[a-z-]+,[^,]+,GWh|pool/[a-z-]+,[^,]+,mmscmd)"));
    }

    @Test
    void a_killed_sweep_resumes_to_the_same_rows_none_twice() throws Exception {
        SweepSpec spec = new SweepLoader().load(SweepFixtures.smallGrid(directory));
        Path whole = directory.resolve("whole");
        Path killed = directory.resolve("killed");
        new SweepRunner(spec).run(whole, 2, false, 0, 1, SweepRunner.Progress.none());

        AtomicInteger finished = new AtomicInteger();
        assertThatThrownBy(() -> new SweepRunner(spec).run(killed, 1, false, 0, 1, new SweepRunner.Progress() {
            @Override
            public void start(int total, int alreadyDone) {
            }

            @Override
            public void runFinished() {
                if (finished.incrementAndGet() == 5) {
                    throw new IllegalStateException("killed");
                }
            }
        })).hasRootCauseMessage("killed");
        // the process died while writing the next row
        Files.writeString(killed.resolve("results.csv"), "7,3,1,12345,40,0,0.1", StandardOpenOption.APPEND);
        long rowsBefore = Files.readAllLines(killed.resolve("results.csv")).size() - 2;
        assertThat(rowsBefore).isEqualTo(5);

        SweepRunner.Outcome resumed = new SweepRunner(spec).run(killed, 2, true, 0, 1, SweepRunner.Progress.none());

        assertThat(resumed.runsSkipped()).isEqualTo(5);
        assertThat(resumed.runsDone()).isEqualTo(7);
        assertThat(Files.readAllLines(killed.resolve("results.csv"))).isEqualTo(Files.readAllLines(whole.resolve("results.csv")));
        assertThat(Files.readAllLines(killed.resolve("daily.csv"))).isEqualTo(Files.readAllLines(whole.resolve("daily.csv")));
    }

    @Test
    void merged_shards_equal_one_sweep() throws Exception {
        SweepSpec spec = new SweepLoader().load(SweepFixtures.smallGrid(directory));
        new SweepRunner(spec).run(directory.resolve("all"), 2, false, 0, 1, SweepRunner.Progress.none());
        for (int shard = 0; shard < 3; shard++) {
            SweepRunner.Outcome outcome = new SweepRunner(spec).run(directory.resolve("shard-" + shard), 1, false, shard, 3,
                    SweepRunner.Progress.none());
            assertThat(outcome.runsInShard()).isEqualTo(4);
        }

        SweepMerge.Outcome merged = SweepMerge.merge(List.of(directory.resolve("shard-0"), directory.resolve("shard-1"),
                directory.resolve("shard-2")), directory.resolve("merged"));

        assertThat(merged.missingRuns()).isEmpty();
        assertThat(Files.readAllLines(directory.resolve("merged/results.csv")))
                .isEqualTo(Files.readAllLines(directory.resolve("all/results.csv")));
        assertThat(Files.readAllLines(directory.resolve("merged/stats.csv")))
                .isEqualTo(Files.readAllLines(directory.resolve("all/stats.csv")));
        assertThat(Files.readAllLines(directory.resolve("merged/daily.csv")))
                .isEqualTo(Files.readAllLines(directory.resolve("all/daily.csv")));
    }

    @Test
    void merging_shards_of_different_sweeps_is_refused() throws Exception {
        SweepSpec spec = new SweepLoader().load(SweepFixtures.smallGrid(directory));
        new SweepRunner(spec).run(directory.resolve("a"), 1, false, 0, 4, SweepRunner.Progress.none());
        Path other = SweepFixtures.write(directory, "other.yaml", Files.readString(directory.resolve("small.yaml"))
                .replace("seed: 99", "seed: 100"));
        new SweepRunner(new SweepLoader().load(other)).run(directory.resolve("b"), 1, false, 1, 4, SweepRunner.Progress.none());

        assertThatThrownBy(() -> SweepMerge.merge(List.of(directory.resolve("a"), directory.resolve("b")),
                directory.resolve("m"))).isInstanceOf(SweepException.class).hasMessageContaining("another sweep");
    }

    @Test
    void run_seeds_depend_only_on_the_sweep_seed_and_the_run_number() throws IOException, SweepException {
        SweepSpec spec = new SweepLoader().load(SweepFixtures.smallGrid(directory));
        RunPlan plan = new RunPlan(spec);

        assertThat(plan.size()).isEqualTo(12);
        assertThat(plan.run(7).seed()).isEqualTo(RunPlan.seed(99, 7)).isNotEqualTo(plan.run(8).seed());
        assertThat(plan.run(7).point()).isEqualTo(3);
        assertThat(plan.run(7).replication()).isEqualTo(1);
        assertThat(plan.shard(1, 3).toArray()).containsExactly(1, 4, 7, 10);
        assertThat(plan.shardSize(1, 3)).isEqualTo(4);
    }
}
