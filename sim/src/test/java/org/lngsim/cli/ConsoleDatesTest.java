package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.charts.MiniRuns;

class ConsoleDatesTest {

    @Test
    void theConsoleGivesTheFirstShortfallAsADateNotADayNumber(@TempDir Path dir) {
        var run = MiniRuns.run(dir, "horizonDays: 20\n");
        // The mini world's Tokyo is short from day 0: the start date, 1 Jan 2024.
        assertThat(run.summary().grids().get("tokyo").firstShortfallDay()).isZero();

        String text = RunCommand.Headlines.of(run.summary(), run.scenario().start());

        assertThat(text).contains(", from 1 Jan 2024").doesNotContain("from day");
    }

    @Test
    void theSummaryGivesTheFirstShortfallAsADateBesideTheDayNumber(@TempDir Path dir) {
        var run = MiniRuns.run(dir, "horizonDays: 20\n");
        assertThat(run.summary().grids().get("tokyo").firstShortfallDate()).isEqualTo("2024-01-01");
    }
}
