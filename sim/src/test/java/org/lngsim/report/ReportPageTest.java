package org.lngsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lngsim.charts.RunFixture;

/** What {@code report.html} says, read from the page's text (no browser). */
class ReportPageTest {

    @Test
    void the_report_names_what_carried_each_fuel_limited_grids_load() {
        String page = ReportPage.render(RunFixture.run(), Map.of());

        // In the 60-day Hormuz closure Mumbai's gas plants fall short; Trombay 6's oil carries it (≈57 GWh
        // with the protocol: the allocation order leaves power ≈69% of its gas while in force), and
        // nothing is unserved. Tokyo, which buys spot cargoes on the market, never runs fuel-limited.
        assertThat(page).containsPattern("id=\"carried-mumbai\">Mumbai grid: the operator never ran its LNG plant"
                + " fuel-limited; beyond gas, the load was carried by oil backup \\([0-9]{2,3}(\\.[0-9]+)? GWh\\)"
                + "(, coal and oil beyond merit \\([0-9.]+ GWh\\))?(, extra imports over the ties \\([0-9.]+ GWh\\))?,"
                + " with none unserved\\.");
        assertThat(page).contains("id=\"carried-tokyo\">Tokyo grid: the operator never ran its LNG plant fuel-limited;"
                + " beyond gas, the load was carried by oil backup (");
    }

    @Test
    void a_grid_without_fuel_limited_operation_gets_no_sentence() {
        String page = ReportPage.render(RunFixture.shortOfPower(), Map.of());

        assertThat(page).doesNotContain("id=\"carried-mumbai\"").contains("id=\"carried-tokyo\"");
    }
}
