package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code lngsim sweep} and {@code lngsim merge} end: exit code, one line, and what is on disk. */
class SweepCommandTest {

    @TempDir
    Path directory;

    private Path sweepFile;

    @BeforeEach
    void aSweepOfSixtyShortRuns() throws IOException {
        Files.copy(Path.of(CliRun.miniWorld()), directory.resolve("mini-world.yaml"));
        sweepFile = Files.writeString(directory.resolve("sixty.yaml"), """
                name: sixty
                base: mini-world.yaml
                set:
                  - horizonDays=120
                  - "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 20, endDay: 40}]"
                parameters:
                  - path: disruptions[0].endDay
                    values: [30, 40, 60]
                  - path: protocol.decisionLagHours
                    values: [0, 48]
                design: {type: grid}
                replications: 10
                seed: 5
                metrics: [gasPools.india.unservedMt, importers.india.deliveredMt]
                """);
    }

    private CliRun sweep(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", sweepFile.toString(), "--out", out.toString(),
                "--no-charts", "--quiet", "--threads", "2"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void an_out_that_is_not_a_sweep_folder_ends_with_exit_2_in_one_line() throws IOException {
        Path mine = Files.createDirectories(directory.resolve("mine"));
        Files.writeString(mine.resolve("stats.csv"), "my own numbers");

        CliRun root = sweep(Path.of("/"));
        CliRun users = sweep(mine);

        assertThat(root.exitCode).isEqualTo(2);
        assertThat(root.err).isEqualTo("lngsim sweep: /: is the file-system root; choose another --out\n");
        assertThat(users.exitCode).isEqualTo(2);
        assertThat(users.err).startsWith("lngsim sweep: " + mine + ": exists and is not a sweep folder").hasLineCount(1);
        assertThat(Files.readString(mine.resolve("stats.csv"))).isEqualTo("my own numbers");
    }

    @Test
    void a_value_out_of_range_ends_with_exit_2_before_any_run() throws IOException {
        Files.writeString(sweepFile, Files.readString(sweepFile).replace("values: [0, 48]", "values: [0, 48, -48]"));
        Path out = directory.resolve("out");

        CliRun run = sweep(out);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo(sweepFile + ":10:21: parameters[1].values[2]: -48 is below the minimum 0 of "
                + "protocol.decisionLagHours\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void merge_into_one_of_its_shards_ends_with_exit_2_and_the_shard_intact() throws IOException {
        Path s0 = directory.resolve("s0");
        Path s1 = directory.resolve("s1");
        assertThat(sweep(s0, "--shard", "0/2").exitCode).isZero();
        assertThat(sweep(s1, "--shard", "1/2").exitCode).isZero();
        byte[] shard = Files.readAllBytes(s0.resolve("results.csv"));

        CliRun run = CliRun.of("merge", s0.toString(), s1.toString(), "--out", s0.toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo("lngsim merge: " + s0 + ": is one of the shards being merged, which the merge would "
                + "replace; choose a new --out (nothing was changed)\n");
        assertThat(Files.readAllBytes(s0.resolve("results.csv"))).isEqualTo(shard);
    }

    @Test
    void a_sweep_stopped_by_a_signal_says_what_is_saved_and_resumes_to_the_same_bytes() throws Exception {
        Path whole = directory.resolve("whole");
        Path stopped = directory.resolve("stopped");
        assertThat(sweep(whole).exitCode).isZero();

        // SIGTERM runs the shutdown hooks as Ctrl-C's SIGINT does (a background JVM may ignore SIGINT)
        ChildSweep child = ChildSweep.start(sweepFile, stopped);
        child.waitForRows(3);
        child.process().destroy();
        String err = child.finish();

        long rows = Files.readAllLines(stopped.resolve("results.csv")).size() - 1;
        assertThat(err).contains("stopped: " + rows + " of 60 runs saved in " + stopped + "; continue with: lngsim sweep "
                + sweepFile + " --out " + stopped + " --resume");
        assertThat(rows).isBetween(3L, 59L);
        assertThat(Files.readString(stopped.resolve("results.csv"))).endsWith("\n");

        CliRun resumed = sweep(stopped, "--resume");

        assertThat(resumed.exitCode).as(resumed.err).isZero();
        assertSameFiles(stopped, whole);
    }

    @Test
    void a_killed_sweep_resumes_to_the_same_bytes() throws Exception {
        Path whole = directory.resolve("whole");
        Path killed = directory.resolve("killed");
        assertThat(sweep(whole).exitCode).isZero();

        ChildSweep child = ChildSweep.start(sweepFile, killed);
        child.waitForRows(3);
        child.process().destroyForcibly();
        child.finish();
        Files.writeString(killed.resolve("results.csv"), "41,20,1,77", StandardOpenOption.APPEND);

        CliRun resumed = sweep(killed, "--resume");

        assertThat(resumed.exitCode).as(resumed.err).isZero();
        assertThat(resumed.err).contains("dropped an incomplete last line");
        assertSameFiles(killed, whole);
    }

    private static void assertSameFiles(Path actual, Path expected) throws IOException {
        for (String name : List.of("results.csv", "daily.csv", "stats.csv")) {
            assertThat(Files.readAllBytes(actual.resolve(name))).as(name).isEqualTo(Files.readAllBytes(expected.resolve(name)));
        }
    }

    /** {@code lngsim sweep} in a child JVM, so that it can be signalled and killed. */
    private record ChildSweep(Process process, Path folder, Path errFile) {

        static ChildSweep start(Path sweepFile, Path folder) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path errFile = folder.resolveSibling(folder.getFileName() + ".err");
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "sweep", sweepFile.toString(), "--out", folder.toString(), "--no-charts", "--quiet", "--threads", "1")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errFile.toFile()).start();
            return new ChildSweep(process, folder, errFile);
        }

        void waitForRows(int rows) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Path results = folder.resolve("results.csv");
            while (System.nanoTime() < deadline && process.isAlive()) {
                if (Files.isRegularFile(results) && Files.readAllLines(results).size() > rows) {
                    return;
                }
                Thread.sleep(10);
            }
            throw new AssertionError("the child sweep saved no " + rows + " rows: " + Files.readString(errFile));
        }

        String finish() throws Exception {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return Files.readString(errFile, StandardCharsets.UTF_8);
        }
    }
}
