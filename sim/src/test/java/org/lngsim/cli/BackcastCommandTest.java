package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.scenario.load.TestScenarios;

/** {@code lngsim backcast} on a one-event library of the mini world (Ras Laffan down in February). */
class BackcastCommandTest {

    private static final String HEADER = "figure,metric,subject,from,to,value,low,high,unit,source,url,note\n";
    /** Cargoes cancelled in February are certain (the plant is down); none in a band of 0 is a miss. */
    private static final String OBSERVED = HEADER
            + "cancelled-some,cargoes-cancelled,ras-laffan,2024-02-01,2024-02-29,,1,,cargoes,test,,\n"
            + "cancelled-none,cargoes-cancelled,ras-laffan,2024-02-01,2024-02-29,0,0,0,cargoes,test,,\n"
            + "jepx,jepx-price,japan,2024-02-05,2024-02-05,9,8,10,JPY/kWh,test,,\n";

    @TempDir
    Path dir;

    private Path library(String observed, String misses) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Path event = Files.createDirectories(library.resolve("mini-outage"));
        Files.copy(TestScenarios.miniWorld(), library.resolve("mini-world.yaml"));
        Files.writeString(event.resolve("scenario.yaml"), """
                extends: ../mini-world.yaml
                name: mini-outage
                protocol: {enabled: false}
                disruptions:
                  - {type: plant-outage, plant: ras-laffan, remainingCapacityPct: 0, startDate: 2024-02-01, endDate: 2024-03-01}
                """);
        Files.writeString(event.resolve("observed.csv"), observed, StandardCharsets.UTF_8);
        if (misses != null) {
            Files.writeString(library.resolve("known-misses.csv"), "event,figure,issue,mechanism\n" + misses);
        }
        return library;
    }

    @Test
    void printsEachFigureAndWritesTheBackcastFolder() throws Exception {
        Path library = library(OBSERVED, "mini-outage,cancelled-none,14,the plant is down\nmini-outage,jepx,15,no prices\n");
        Path out = dir.resolve("out");
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# R\n<!-- backcast-table:begin (written by lngsim backcast --readme; do not edit) -->\n"
                + "<!-- backcast-table:end -->\n");
        CliRun run = CliRun.of("backcast", "--dir", library.toString(), "--out", out.toString(), "--readme", readme.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("mini-outage:")
                .containsPattern("cancelled-some +model +\\d+( \\(\\d+–\\d+\\))? +observed \\(≥ 1\\) +cargoes +within")
                .containsPattern("cancelled-none +model +\\d+( \\(\\d+–\\d+\\))? +observed 0 \\(= 0\\) +cargoes +off "
                        + "\\(known miss, #14\\)")
                .contains("not modelled (known miss, #15)")
                .contains("3 figures (the model's each the median (5–95% range) of 20 replications): 1 within the "
                        + "published band (0 by the 5–95% range only), 1 off, 1 not modelled; 2 known misses");
        assertThat(out.resolve("backcast.csv")).exists();
        assertThat(out.resolve("charts/mini-outage.png")).exists();
        assertThat(out.resolve("runs/mini-outage/summary.json")).exists();
        assertThat(Files.readString(out.resolve("report.html"))).contains("known miss (#14): the plant is down");
        assertThat(Files.readString(readme)).contains("| mini-outage | cancelled-none |");
    }

    @Test
    void anUnlistedMissFailsWithExitOneAndNamesIt() throws Exception {
        CliRun run = CliRun.of("backcast", "--dir", library(OBSERVED, null).toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("mini-outage/cancelled-none is off and not listed in known-misses.csv")
                .contains("mini-outage/jepx is not modelled and not listed in known-misses.csv");
        run.assertNoStackTrace();
    }

    @Test
    void withCheckAKnownMissNowWithinItsBandFails() throws Exception {
        Path library = library(OBSERVED, "mini-outage,cancelled-none,14,x\nmini-outage,jepx,15,x\nmini-outage,cancelled-some,14,x\n");
        CliRun run = CliRun.of("backcast", "--check", "--dir", library.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("mini-outage/cancelled-some is now within: remove it from known-misses.csv");
    }

    @Test
    void oneReplicationJudgesTheEventsOwnSeedAlone() throws Exception {
        Path library = library(OBSERVED, "mini-outage,cancelled-none,14,x\nmini-outage,jepx,15,x\n");
        CliRun run = CliRun.of("backcast", "--replications", "1", "--dir", library.toString(), "--out",
                dir.resolve("out").toString());
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("3 figures (the model's from one draw): 1 within");
        assertThat(Files.readString(dir.resolve("out/backcast.csv")).lines().skip(1))
                .allSatisfy(line -> assertThat(line).contains(",1,"));
    }

    @Test
    void zeroReplicationsAreRefusedWithExitTwoAndNothingIsWritten() throws Exception {
        CliRun run = CliRun.of("backcast", "--replications", "0", "--dir", library(OBSERVED, null).toString(), "--out",
                dir.resolve("out").toString());
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--replications must be between 1 and 1000, not 0");
        assertThat(dir.resolve("out")).doesNotExist();
        run.assertNoStackTrace();
    }

    @Test
    void theResultsAreTheSameBytesWhateverTheThreadCount() throws Exception {
        Path library = library(OBSERVED, null);
        Path second = Files.createDirectories(library.resolve("mini-outage-again"));
        Files.writeString(second.resolve("scenario.yaml"), Files.readString(library.resolve("mini-outage/scenario.yaml"))
                .replace("name: mini-outage", "name: mini-outage-again"));
        Files.writeString(second.resolve("observed.csv"), OBSERVED);
        CliRun.of("backcast", "--threads", "1", "--dir", library.toString(), "--out", dir.resolve("one").toString());
        CliRun.of("backcast", "--threads", "2", "--dir", library.toString(), "--out", dir.resolve("two").toString());
        for (String file : new String[] {"backcast.csv", "backcast.md", "report.html", "charts/mini-outage.png",
            "charts/mini-outage-again.png", "runs/mini-outage-again/events.csv"}) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(file)));
        }
    }

    @Test
    void badObservationsAreLocatedExitTwoAndNothingIsWritten() throws Exception {
        Path library = library(HEADER + "x,imports,japan,2024-01-01,2024-01-31,,0,,kt,,,\n", null);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("backcast", "--dir", library.toString(), "--out", out.toString());
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("observed.csv:2:").contains("unit: 'kt' is not the unit of imports, which is Mt")
                .contains("source: is empty");
        assertThat(out).doesNotExist();
        run.assertNoStackTrace();
    }

    @Test
    void aFolderOfTheUsersOwnIsNotReplaced() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep");
        CliRun run = CliRun.of("backcast", "--dir", library(OBSERVED, null).toString(), "--out", mine.toString());
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("is not a back-cast folder (no backcast.csv)");
        assertThat(Files.readString(mine.resolve("notes.txt"))).isEqualTo("keep");
    }
}
