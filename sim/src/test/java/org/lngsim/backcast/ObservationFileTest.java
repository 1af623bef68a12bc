package org.lngsim.backcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.scenario.load.TestScenarios;

class ObservationFileTest {

    static final String HEADER = "figure,metric,subject,from,to,value,low,high,unit,source,url,note\n";
    private static Scenario mini;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadMiniWorld() throws ScenarioException {
        mini = ScenarioLoader.withoutNetworkCheck().load(TestScenarios.miniWorld()).scenario();
    }

    private List<Observation> read(String body) throws Exception {
        Path file = dir.resolve("observed.csv");
        Files.writeString(file, HEADER + body, StandardCharsets.UTF_8);
        return ObservationFile.read(file, mini);
    }

    private List<String> problems(String body) {
        try {
            read(body);
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::render).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problems found in " + body);
    }

    @Test
    void readsEveryFieldWithQuotedCommasAndOpenBounds() throws Exception {
        List<Observation> observations = read("""
                japan-imports,imports,japan,2024-01-01,2024-12-30,65.9,64.5,,Mt,"MOF, via Reuters",https://x.org,"a note"
                qatar,supplier-share,india/qatar,2024-02-01,2024-02-29,,39,49,%,PPAC,,
                """);
        assertThat(observations).hasSize(2);
        Observation first = observations.get(0);
        assertThat(first.metric()).isEqualTo(Metric.IMPORTS);
        assertThat(first.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(first.value().getAsDouble()).isEqualTo(65.9);
        assertThat(first.high()).isEmpty();
        assertThat(first.source()).isEqualTo("MOF, via Reuters");
        assertThat(first.band()).isEqualTo("≥ 64.5");
        assertThat(first.admits(100)).isTrue();
        assertThat(first.admits(64.4)).isFalse();
        assertThat(first.location().line()).isEqualTo(2);
        assertThat(observations.get(1).band()).isEqualTo("39–49");
    }

    @Test
    void reportsEveryProblemAtOnceWithLineAndColumn() {
        List<String> problems = problems("""
                ok-one,imports,japan,2024-01-01,2024-01-31,1,0,2,Mt,src,,
                Bad Id,importz,japan,2024-01-01,2024-01-31,1,0,2,Mt,src,,
                three,imports,mars,2024-13-01,2024-01-31,1,0,2,Mt,src,,
                four,imports,japan,2024-01-01,2024-01-31,5,0,2,kt,,,
                """);
        assertThat(problems).anyMatch(p -> p.contains("observed.csv:3:1: figure: 'Bad Id' is not a figure id"));
        assertThat(problems).anyMatch(p -> p.contains("observed.csv:3:8: metric: unknown metric 'importz'"));
        assertThat(problems).anyMatch(p -> p.contains("observed.csv:4:15: subject: unknown importer 'mars'; known: japan, india"));
        assertThat(problems).anyMatch(p -> p.contains("observed.csv:4:20: from: '2024-13-01' is not a date"));
        assertThat(problems).anyMatch(p -> p.contains(":5:") && p.contains("value: value 5 lies outside its own band"));
        assertThat(problems).anyMatch(p -> p.contains(":5:") && p.contains("unit: 'kt' is not the unit of imports, which is Mt"));
        assertThat(problems).anyMatch(p -> p.contains(":5:") && p.contains("source: is empty"));
    }

    @Test
    void aWindowMustLieInsideTheRun() {
        // the mini world runs 365 days from 2024-01-01: its last day is 2024-12-30
        assertThat(problems("x,imports,japan,2024-06-01,2024-12-31,,0,1,Mt,src,,\n"))
                .anyMatch(p -> p.contains("to: the window 2024-06-01 – 2024-12-31 is not inside the run (2024-01-01 – 2024-12-30)"));
        assertThat(problems("x,imports,japan,2024-06-02,2024-06-01,,0,1,Mt,src,,\n"))
                .anyMatch(p -> p.contains("to: 2024-06-01 is before 'from' 2024-06-02"));
        assertThat(problems("x,monthly-cargoes-max,japan,2024-06-02,2024-07-15,,0,1,cargoes,src,,\n"))
                .anyMatch(p -> p.contains("holds no whole calendar month"));
    }

    @Test
    void subjectsAreCheckedAgainstTheWorld() {
        assertThat(problems("x,supplier-share,india/atlantis,2024-01-01,2024-01-31,,0,1,%,src,,\n"))
                .anyMatch(p -> p.contains("unknown supplier country 'atlantis'; known: qatar, australia"));
        assertThat(problems("x,sector-served,india/steel,2024-01-01,2024-01-31,,0,1,%,src,,\n"))
                .anyMatch(p -> p.contains("unknown sector of india 'steel'"));
        assertThat(problems("x,chokepoint-share,japan,2024-01-01,2024-01-31,,0,1,%,src,,\n"))
                .anyMatch(p -> p.contains("'japan' is not importer/chokepoint"));
    }

    @Test
    void aBandOpenOnBothSidesOrUpsideDownIsRefused() {
        assertThat(problems("x,imports,japan,2024-01-01,2024-01-31,3,,,Mt,src,,\n"))
                .anyMatch(p -> p.contains("low: the band is open on both sides"));
        assertThat(problems("x,imports,japan,2024-01-01,2024-01-31,,4,3,Mt,src,,\n"))
                .anyMatch(p -> p.contains("high: high 3 is below low 4"));
    }

    @Test
    void theHeaderAndDuplicatesAreChecked() throws Exception {
        Path file = dir.resolve("observed.csv");
        Files.writeString(file, "figure,metric,subject,from,to,value,low,high,unit,source,url,note,extra\n"
                + "a,imports,japan,2024-01-01,2024-01-31,,0,1,Mt,s,,,\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ObservationFile.read(file, mini)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("observed.csv:1:67: unknown column 'extra'");
        assertThat(problems("a,imports,japan,2024-01-01,2024-01-31,,0,1,Mt,s,,\na,imports,india,2024-01-01,2024-01-31,,0,1,Mt,s,,\n"))
                .anyMatch(p -> p.contains(":3:1: figure: figure 'a' is listed twice"));
        assertThat(problems("a,imports,japan,2024-01-01\n")).anyMatch(p -> p.contains("the row has 4 fields; it needs 12"));
    }

    @Test
    void anUnclosedQuoteIsOneLocatedProblem() {
        assertThat(problems("a,imports,japan,2024-01-01,2024-01-31,,0,1,Mt,\"unclosed,,\n"))
                .containsExactly(dir.resolve("observed.csv") + ":2:47: a quoted field is never closed");
    }

    @Test
    void aMissingFileIsOneProblemNamingIt() {
        Path missing = dir.resolve("none.csv");
        assertThatThrownBy(() -> ObservationFile.read(missing, mini)).isInstanceOf(ScenarioException.class)
                .hasMessage(missing + ":1:1: file not found");
    }
}
