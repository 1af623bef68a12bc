package org.lngsim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.scenario.Disruption;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.ScenarioException;

/** A closure's believed end and its revisions: read, defaulted, and checked where they are written. */
class ClosureBeliefCheckTest {

    @TempDir
    Path directory;

    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void a_belief_and_its_revisions_are_read_as_day_offsets() throws ScenarioException {
        Path file = TestScenarios.extendingMiniWorld(directory, "belief.yaml", """
                shipping: {closureResponse: decide}
                disruptions:
                  - type: chokepoint-closure
                    chokepoint: malacca
                    startDay: 10
                    endDay: 40
                    believedEndDay: 14
                    beliefRevisions:
                      - {fromDay: 13, believedEndDay: 30}
                      - {fromDay: 20, believedEndDay: 40}
                """);

        LoadedScenario loaded = loader.load(file);

        Disruption.ChokepointClosure closure = (Disruption.ChokepointClosure) loaded.scenario().disruptions().get(0);
        assertThat(closure.believedEnd(loaded.scenario().start())).isEqualTo(14);
        assertThat(closure.beliefRevisions()).hasSize(2);
        assertThat(closure.beliefRevisions().get(1).from(loaded.scenario().start())).isEqualTo(20);
        assertThat(closure.beliefRevisions().get(1).believedEnd(loaded.scenario().start())).isEqualTo(40);
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void without_a_belief_the_closure_is_believed_to_end_when_it_does_or_when_it_partially_reopens()
            throws ScenarioException {
        Path file = TestScenarios.extendingMiniWorld(directory, "default.yaml", """
                disruptions:
                  - {type: chokepoint-closure, chokepoint: malacca, startDay: 10, endDay: 40}
                  - {type: chokepoint-closure, chokepoint: hormuz, startDay: 10, endDay: 40, reopening: {day: 25, capacityPct: 50, rampDays: 5}}
                """);

        LoadedScenario loaded = loader.load(file);

        assertThat(((Disruption.ChokepointClosure) loaded.scenario().disruptions().get(0))
                .believedEnd(loaded.scenario().start())).isEqualTo(40);
        assertThat(((Disruption.ChokepointClosure) loaded.scenario().disruptions().get(1))
                .believedEnd(loaded.scenario().start())).isEqualTo(25);
        assertThat(((Disruption.ChokepointClosure) loaded.scenario().disruptions().get(1)).beliefRevisions()).isEmpty();
    }

    @Test
    void bad_beliefs_are_reported_where_they_are_written() {
        Path file = TestScenarios.extendingMiniWorld(directory, "bad.yaml", """
                shipping: {closureResponse: decide}
                disruptions:
                  - type: chokepoint-closure
                    chokepoint: malacca
                    startDay: 10
                    endDay: 40
                    believedEndDay: 8
                    beliefRevisions:
                      - {fromDay: 20, believedEndDay: 15}
                      - {fromDay: 18, believedEndDay: 30}
                      - {fromDay: 45, believedEndDay: 50}
                      - {fromDay: 21, fromDate: 2024-01-22, believedEndDay: 30}
                """);

        ScenarioException failure = catchThrowableOfType(ScenarioException.class, () -> loader.load(file));

        assertThat(failure.problems()).extracting(Problem::render).containsExactly(
                file + ":8:21: disruptions[0].believedEndDay: the believed end (day 8) must come after the closure starts (day 10)",
                file + ":10:39: disruptions[0].beliefRevisions[0].believedEndDay: the believed end (day 15) must come "
                        + "after the revision is made (day 20)",
                file + ":11:19: disruptions[0].beliefRevisions[1].fromDay: belief revisions must be in the order they "
                        + "are made: day 18 does not follow day 20",
                file + ":12:19: disruptions[0].beliefRevisions[2].fromDay: a belief revision (day 45) must fall within "
                        + "the closure (days 10 to 40)",
                file + ":13:33: disruptions[0].beliefRevisions[3].fromDate: give 'fromDay' or 'fromDate', not both");
    }

    @Test
    void a_belief_for_ships_that_do_not_decide_is_a_warning() throws ScenarioException {
        Path file = TestScenarios.extendingMiniWorld(directory, "unused.yaml", """
                disruptions:
                  - {type: chokepoint-closure, chokepoint: malacca, startDay: 10, endDay: 40, believedEndDay: 12}
                """);

        LoadedScenario loaded = loader.load(file);

        assertThat(loaded.warnings()).extracting(Problem::renderAsWarning).containsExactly(file
                + ":3:95: disruptions[0].believedEndDay: warning: a believed end acts only on ships that decide "
                + "(shipping.closureResponse: decide; here 'wait')");
    }
}
