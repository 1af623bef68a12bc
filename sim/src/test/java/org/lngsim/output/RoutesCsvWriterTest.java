package org.lngsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lngsim.events.SimEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutesCsvWriterTest {

    @TempDir
    Path folder;

    private List<String> write(List<SimEvent> events) throws IOException {
        RoutesCsvWriter writer = new RoutesCsvWriter(folder);
        events.forEach(writer::on);
        writer.finish();
        return Files.readAllLines(folder.resolve("routes.csv"));
    }

    @Test
    void a_redirected_cargo_keeps_what_it_sailed_of_its_first_route_then_the_new_one() throws IOException {
        // Ras Laffan, Hormuz, the turning point (once: it ends the old piece and starts the new), Malacca, Futtsu.
        assertThat(write(SyntheticRun.redirectedCargo())).containsExactly(
                "cargo,origin,destination,reroutes,waypoints",
                "q-2,ras-laffan,futtsu,1,51.6 25.9;56.5 26.5;60.25 24.5;100.5 3.5;139.8 35.3");
    }

    @Test
    void cargoes_at_sea_at_either_end_have_their_route_and_ballast_voyages_none() throws IOException {
        assertThat(write(SyntheticRun.events())).containsExactly(
                "cargo,origin,destination,reroutes,waypoints",
                "q-1,ras-laffan,dahej,0,51.6 25.9;72.6 21.7",
                "g-1,gladstone,futtsu,0,151.3 -23.8;139.8 35.3");
    }
}
