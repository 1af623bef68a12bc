package org.lngsim.runfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The contract written out as the files' header lines were before it existed: renaming or
 * reordering a column must be a deliberate change here, not a side effect of a refactoring.
 */
class RunFolderContractTest {

    @Test
    void cargoes_columns_are_the_header_of_cargoes_csv() {
        assertThat(String.join(",", CargoColumn.headerLine())).isEqualTo("cargo,contract,vessel,origin,"
                + "plannedDestination,actualDestination,importer,loadedT,deliveredT,boilOffT,loadedHours,departedHours,"
                + "arrivedHours,unloadedHours,chokepoints,redirected,status");
    }

    @Test
    void events_columns_are_time_day_type_then_the_described_ones() {
        assertThat(String.join(",", EventColumn.headerLine())).isEqualTo("timeHours,day,type,vessel,cargo,contract,"
                + "plant,terminal,importer,chokepoint,entity,massT,value,unit,detail");
        assertThat(EventColumn.described()).first().isEqualTo(EventColumn.VESSEL);
        assertThat(EventColumn.DETAIL.describedIndex()).isEqualTo(11);
        assertThatThrownBy(EventColumn.TYPE::describedIndex).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void timeseries_and_routes_headers() {
        assertThat(String.join(",", TimeseriesColumn.headerLine())).isEqualTo("day,entity,variable,value,unit");
        assertThat(String.join(",", RouteColumn.headerLine())).isEqualTo("cargo,origin,destination,reroutes,waypoints");
    }

    @Test
    void files_by_their_path_in_the_folder() {
        assertThat(Arrays.stream(RunFile.values()).map(RunFile::path)).containsExactly("summary.json", "run.json",
                "scenario.resolved.yaml", "events.csv", "timeseries.csv", "cargoes.csv", "routes.csv",
                "counterfactual/timeseries.csv", "ensemble.json", "ensemble/bands.csv");
        assertThat(RunFile.COUNTERFACTUAL_TIMESERIES.in(Path.of("run")))
                .isEqualTo(Path.of("run", "counterfactual", "timeseries.csv"));
    }

    @Test
    void the_ensemble_bands_header_line() {
        assertThat(BandColumn.headerLine()).containsExactly("day", "entity", "variable", "side", "unit", "p5", "p50", "p95");
        for (EnsembleBand band : EnsembleBand.values()) {
            assertThat(EnsembleBand.of(band.variable(), band.unit())).isEqualTo(band);
        }
        for (EnsembleSide side : EnsembleSide.values()) {
            assertThat(EnsembleSide.of(side.label())).isEqualTo(side);
        }
    }

    @Test
    void a_cargo_status_reads_back_from_its_text_and_nothing_else() {
        for (CargoStatus status : CargoStatus.values()) {
            assertThat(CargoStatus.of(status.text())).isEqualTo(status);
        }
        assertThat(CargoStatus.DELIVERED.text()).isEqualTo("delivered");
        assertThatThrownBy(() -> CargoStatus.of("Delivered")).hasMessageContaining("not a cargo status");
    }
}
