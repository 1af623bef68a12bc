package org.lngsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lngsim.events.CargoLoaded;
import org.lngsim.events.SimEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CargoesCsvWriterTest {

    private static final String HEADER = "cargo,contract,vessel,origin,plannedDestination,actualDestination,importer,"
            + "loadedT,deliveredT,boilOffT,loadedHours,departedHours,arrivedHours,unloadedHours,chokepoints,redirected,status";

    @TempDir
    Path folder;

    private List<String> write(List<SimEvent> events) throws IOException {
        CargoesCsvWriter writer = new CargoesCsvWriter(folder);
        events.forEach(writer::on);
        writer.finish();
        return Files.readAllLines(folder.resolve("cargoes.csv"));
    }

    @Test
    void one_row_per_cargo_delivered_cancelled_or_at_sea_in_the_order_their_stories_end() throws IOException {
        assertThat(write(SyntheticRun.events())).containsExactly(
                HEADER,
                "q-1,qatar-india,qflex-1,ras-laffan,dahej,dahej,india,60000,59600,400,,,27.5,44,hormuz,false,delivered",
                ",qatar-india,,ras-laffan,dahej,,india,,,,,,,,,false,cancelled",
                "g-1,gladstone-japan,std-1,gladstone,futtsu,futtsu,japan,70000,,150,6,6,,,,false,at-sea-at-end");
    }

    @Test
    void a_redirected_cargo_keeps_its_planned_destination_and_lists_the_chokepoints_it_passed() throws IOException {
        assertThat(write(SyntheticRun.redirectedCargo())).containsExactly(
                HEADER,
                "q-2,qatar-india,qflex-2,ras-laffan,dahej,futtsu,japan,90000,89000,1000,10,12,400,430,hormuz;malacca,true,delivered");
    }

    @Test
    void a_cargo_the_model_forgot_to_report_at_the_end_is_written_as_at_sea() throws IOException {
        assertThat(write(List.of(new CargoLoaded(5, "x-1", "k", "v", "gladstone", "futtsu", "japan", 1000)))).containsExactly(
                HEADER, "x-1,k,v,gladstone,futtsu,futtsu,japan,1000,,,5,,,,,false,at-sea-at-end");
    }

    @Test
    void only_cargoes_in_flight_are_held_in_memory() throws IOException {
        CargoesCsvWriter writer = new CargoesCsvWriter(folder);
        for (SimEvent event : SyntheticRun.redirectedCargo()) {
            writer.on(event);
            assertThat(writer.inFlightCount()).isLessThanOrEqualTo(1);
        }
        assertThat(writer.inFlightCount()).isZero();
        writer.close();
    }
}
