package org.lngsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lngsim.cli.Main;
import org.lngsim.scenario.load.TestScenarios;

/**
 * {@code lngsim run} killed with SIGKILL at some moment while it replaces an earlier run folder:
 * the folder is always a complete run folder again once the next run has started, and nothing is
 * left beside it.
 */
class KilledRunTest {

    @TempDir
    Path reports;

    @ParameterizedTest(name = "killed after {0} ms")
    @ValueSource(ints = {300, 900})
    void aRunKilledAtAnyMomentLeavesACompleteRunFolderAfterTheNextStart(int delayMillis) throws Exception {
        Path out = reports.resolve("mini");
        assertThat(run(out)).isZero();
        String previous = Files.readString(out.resolve("summary.json"));

        Process child = childRun(out);
        Thread.sleep(delayMillis);
        child.destroyForcibly().waitFor();

        assertThat(run(out)).isZero(); // the next start repairs, then replaces
        assertThat(completeRunFolder(out)).isTrue();
        assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo(previous); // same scenario and seed
        assertThat(names(reports)).containsExactly("mini");
    }

    @Test
    void aRunThatIsNotKilledLeavesOnlyItsCompleteRunFolder() throws Exception {
        Path out = reports.resolve("mini");
        Process child = childRun(out);
        child.waitFor();
        assertThat(completeRunFolder(out)).isTrue();
        assertThat(names(reports)).containsExactly("mini");
    }

    private static boolean completeRunFolder(Path folder) throws IOException {
        for (String file : List.of("run.json", "summary.json", "events.csv", "timeseries.csv", "cargoes.csv",
                "scenario.resolved.yaml")) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                return false;
            }
        }
        new ObjectMapper().readTree(folder.resolve("summary.json").toFile()); // parses whole
        return true;
    }

    private static int run(Path out) {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("run", TestScenarios.miniWorld().toString(), "--out", out.toString(), "--no-charts",
                        "--replications", "1");
        assertThat(err.toString()).doesNotContain("Exception");
        return code;
    }

    private static Process childRun(Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                TestScenarios.miniWorld().toString(), "--out", out.toString(), "--no-charts", "--replications", "1")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
