package org.lngsim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.events.CargoUnloaded;
import org.lngsim.events.GridHour;
import org.lngsim.events.SimEvent;
import org.lngsim.events.TerminalDay;

class TimeseriesCsvWriterTest {

    @TempDir
    Path folder;

    private List<String> write(List<SimEvent> events) throws IOException {
        TimeseriesCsvWriter writer = new TimeseriesCsvWriter(folder);
        events.forEach(writer::on);
        writer.finish();
        return Files.readAllLines(folder.resolve("timeseries.csv"));
    }

    @Test
    void twenty_four_hours_of_1000_MW_are_24_GWh_of_demand_in_the_day() throws IOException {
        List<SimEvent> events = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            events.add(new GridHour(h, "tokyo", 1000, 400, 500, 50, 20, h < 2 ? 30 + h : 0, 60, h < 5));
        }
        assertThat(write(events)).containsExactly(
                "day,entity,variable,value,unit",
                "0,tokyo,demand,24,GWh",
                "0,tokyo,non-gas,9.6,GWh",
                "0,tokyo,gas,12,GWh",
                "0,tokyo,oil,1.2,GWh",
                "0,tokyo,demand-response,0.48,GWh",
                "0,tokyo,unserved,0.061,GWh",
                "0,tokyo,peak-unserved,31,MW",
                "0,tokyo,lng-burned,1440,t",
                "0,tokyo,conserving-hours,5,h");
    }

    @Test
    void a_fuel_limited_grid_adds_what_carried_its_load_after_its_own_rows() throws IOException {
        List<SimEvent> events = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            // 24 h × 100 MW of switching = 2.4 GWh, × 250 MW of extra imports = 6 GWh, 10 MW above plan = 0.24 GWh
            events.add(new GridHour(h, "tokyo", 1000, 400, 150, 0, 0, 0, 60, true, 100.0, 250.0, 10.0));
        }
        assertThat(write(events)).endsWith(
                "0,tokyo,conserving-hours,24,h",
                "0,tokyo,fuel-switching,2.4,GWh",
                "0,tokyo,extra-imports,6,GWh",
                "0,tokyo,gas-above-plan,0.24,GWh");
    }

    @Test
    void every_kind_of_entity_gets_its_daily_rows_in_first_seen_order() throws IOException {
        List<String> lines = write(SyntheticRun.events());

        assertThat(lines).contains(
                "0,futtsu,stock,400000,t",
                "0,futtsu,send-out,10000,t",
                "0,futtsu,received,0,t",
                "1,dahej,received,59600,t",
                "1,dahej,stock,339600,t",
                "0,tokyo-bay,days-of-cover,9,days",
                "0,india,usable-stock,264000,t",
                "2,india,unserved,4.4,mmscmd",
                "0,india,demand,113,mmscmd",
                "2,india/power,served,23.6,mmscmd",
                "0,india/fertiliser,demand,60,mmscmd",
                "0,tokyo-city-gas,requested,8000,t",
                "0,tokyo-city-gas,served,6000,t",
                "1,india,delivered,59600,t",
                "1,tokyo,unserved,1.5,GWh",
                "1,tokyo,peak-unserved,500,MW",
                "1,tokyo,conserving-hours,24,h");
        // Within a day, entities come in first-seen order: the grid's first hour, the importer of
        // the cargo unloaded at hour 20, then the end-of-day observations published next day.
        List<String> dayOneEntities = lines.stream().filter(l -> l.startsWith("1,")).map(l -> l.split(",")[1]).distinct().toList();
        assertThat(dayOneEntities).containsExactly("tokyo", "india", "futtsu", "dahej", "tokyo-bay",
                "india/city-gas-priority", "india/fertiliser", "india/power", "tokyo-city-gas");
        assertThat(lines.stream().map(l -> l.split(",")[0]).distinct()).containsExactly("day", "0", "1", "2");
    }

    @Test
    void a_region_and_a_pool_and_an_importer_sharing_an_id_stay_separate() throws IOException {
        List<String> lines = write(SyntheticRun.events());
        List<String> indiaDayOne = lines.stream().filter(l -> l.startsWith("1,india,")).toList();
        assertThat(indiaDayOne).containsExactly(
                "1,india,delivered,59600,t",
                "1,india,stock,339600,t",
                "1,india,usable-stock,264000,t",
                "1,india,days-of-cover,11.56,days",
                "1,india,demand,113,mmscmd",
                "1,india,domestic,95,mmscmd",
                "1,india,lng,13.6,mmscmd",
                "1,india,unserved,0,mmscmd");
    }

    @Test
    void an_end_of_day_observation_published_early_next_day_still_counts_for_its_day() throws IOException {
        List<String> lines = write(List.of(
                new GridHour(24, "tokyo", 1000, 1000, 0, 0, 0, 0, 0, false),
                new TerminalDay(0, "futtsu", "japan", 5, 0, 10, 1, 0),
                new GridHour(25, "tokyo", 1000, 1000, 0, 0, 0, 0, 0, false)));
        assertThat(lines).containsSubsequence("0,futtsu,stock,5,t", "1,tokyo,demand,2,GWh");
    }

    @Test
    void an_observation_for_a_day_already_written_fails_loudly() throws IOException {
        TimeseriesCsvWriter writer = new TimeseriesCsvWriter(folder);
        writer.on(new TerminalDay(0, "futtsu", "japan", 5, 0, 10, 1, 0));
        writer.on(new GridHour(48, "tokyo", 1000, 1000, 0, 0, 0, 0, 0, false));
        assertThatThrownBy(() -> writer.on(new TerminalDay(0, "dahej", "india", 5, 0, 10, 1, 0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("day 0");
        writer.close();
    }

    @Test
    void memory_holds_at_most_two_days_whatever_the_horizon() throws IOException {
        TimeseriesCsvWriter writer = new TimeseriesCsvWriter(folder);
        for (int h = 0; h < 24 * 60; h++) {
            writer.on(new GridHour(h, "tokyo", 1000, 1000, 0, 0, 0, 0, 0, false));
            if (h % 24 == 0 && h > 0) {
                writer.on(new TerminalDay(h - 24, "futtsu", "japan", 5, 0, 10, 1, 0));
            }
            assertThat(writer.openDayCount()).isLessThanOrEqualTo(2);
        }
        writer.finish();
        // 60 days x 9 grid variables, 59 days x 3 terminal variables, and the header.
        assertThat(Files.readAllLines(folder.resolve("timeseries.csv"))).hasSize(60 * 9 + 59 * 3 + 1);
    }

    @Test
    void deliveries_of_one_importer_on_one_day_add_up() throws IOException {
        List<String> lines = write(List.of(
                new CargoUnloaded(30, "v1", "c1", "k", "p", "futtsu", "japan", 60000, 100, false),
                new CargoUnloaded(40, "v2", "c2", "k", "p", "futtsu", "japan", 65000.5, 100, false)));
        assertThat(lines).containsExactly("day,entity,variable,value,unit", "1,japan,delivered,125000.5,t");
    }
}
