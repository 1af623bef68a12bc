package org.lngsim.runfolder.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.charts.RunFixture;
import org.lngsim.geo.GeoPoint;
import org.lngsim.scenario.Plant;
import org.lngsim.scenario.Terminal;

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
            assertThat(r.purpose()).isNotNull();
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

    @Test
    void eachDeliveredCargosRouteRunsFromItsPlantToTheTerminalItWasUnloadedAt() {
        RunFolder run = RunFixture.run();
        Map<String, CargoRow> cargoes = new HashMap<>();
        run.cargoes().forEach(c -> cargoes.put(c.cargo(), c));
        assertThat(run.routes()).hasSizeGreaterThan(100).allSatisfy(route -> {
            CargoRow cargo = cargoes.get(route.cargo());
            assertThat(cargo).as(route.cargo()).isNotNull();
            if (cargo.delivered() && !Double.isNaN(cargo.departedHours())) {
                Plant plant = run.scenario().plant(cargo.origin()).orElseThrow();
                Terminal terminal = run.scenario().terminals().stream()
                        .filter(t -> t.id().equals(cargo.actualDestination())).findFirst().orElseThrow();
                assertThat(route.waypoints().get(0).distanceNmTo(new GeoPoint(plant.location().lat(),
                        plant.location().lon()))).as(route.cargo() + " starts at its plant").isLessThan(100);
                assertThat(route.waypoints().get(route.waypoints().size() - 1).distanceNmTo(new GeoPoint(
                        terminal.location().lat(), terminal.location().lon())))
                        .as(route.cargo() + " ends at " + terminal.id()).isLessThan(100);
                assertThat(route.destination()).isEqualTo(cargo.actualDestination());
            }
        });
    }

    @Test
    void theCargoesWithReroutesAreTheOnesWhoseShipsEventsSayRerouted() throws Exception {
        // Counted from events.csv by hand: the cargo column (5th) of vessel-rerouted rows.
        Set<String> rerouted = new HashSet<>();
        for (String line : Files.readAllLines(RunFixture.folder().resolve("events.csv"))) {
            String[] f = line.split(",", -1);
            if (f[2].equals("vessel-rerouted") && !f[4].isEmpty()) {
                rerouted.add(f[4]);
            }
        }
        Set<String> recorded = new HashSet<>();
        RunFixture.run().routes().stream().filter(r -> r.reroutes() > 0).forEach(r -> recorded.add(r.cargo()));
        assertThat(rerouted).isNotEmpty();
        assertThat(recorded).isEqualTo(rerouted);
    }
}
