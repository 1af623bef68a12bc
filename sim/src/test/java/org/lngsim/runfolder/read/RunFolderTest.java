package org.lngsim.runfolder.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.charts.RunFixture;

class RunFolderTest {

    @Test
    void readsSeriesWhereRegionPoolAndImporterShareTheNameIndia() {
        DailySeries series = RunFixture.run().series();
        assertThat(series.unit("india", "days-of-cover")).isEqualTo("days");
        assertThat(series.unit("india", "demand")).isEqualTo("mmscmd");
        assertThat(series.unit("india", "delivered")).isEqualTo("t");
        assertThat(series.values("india", "demand")).hasSize(366);
        assertThat(RunFixture.run().counterfactualSeries()).isPresent();
    }

    @Test
    void pairsEachRedirectionWithItsReleaseAndDonor() {
        var redirections = RunFixture.run().redirections();
        assertThat(redirections).isNotEmpty().allSatisfy(r -> {
            assertThat(r.releasedHours()).isLessThanOrEqualTo(r.deliveredHours());
            assertThat(r.donor()).isIn("japan", "india").isNotEqualTo(r.receiver());
            assertThat(r.purpose()).isIn("emergency", "payback");
        });
    }

    @Test
    void aMissingFolderIsReportedByName(@TempDir Path dir) {
        assertThatThrownBy(() -> RunFolder.read(dir.resolve("nope"))).isInstanceOf(RunFolderException.class)
                .hasMessageEndingWith("nope: no such folder");
    }

    @Test
    void aFolderWithoutSummaryIsNotARunFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> RunFolder.read(dir)).isInstanceOf(RunFolderException.class)
                .hasMessageContaining("not a run folder (no summary.json)");
    }

    @Test
    void aCorruptSummaryIsReportedWithItsFileName(@TempDir Path dir) throws Exception {
        Path copy = RunFixture.copy(dir.resolve("run"));
        Files.writeString(copy.resolve("summary.json"), "{\"scenario\": ");
        assertThatThrownBy(() -> RunFolder.read(copy)).isInstanceOf(RunFolderException.class)
                .hasMessageContaining("summary.json: cannot be read");
    }

    @Test
    void aTruncatedTimeseriesIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path copy = RunFixture.copy(dir.resolve("run"));
        Files.writeString(copy.resolve("timeseries.csv"), "day,entity,variable,value,unit\n0,tokyo,demand,abc,GWh\n");
        assertThatThrownBy(() -> RunFolder.read(copy)).isInstanceOf(RunFolderException.class)
                .hasMessageContaining("timeseries.csv: cannot be read: line 2");
    }

    @Test
    void csvQuotedFieldsKeepTheirCommasAndQuotes() throws Exception {
        CsvTable table = CsvTable.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n");
        assertThat(table.rows().get(0)).containsExactly("x, y", "say \"hi\"");
    }
}
