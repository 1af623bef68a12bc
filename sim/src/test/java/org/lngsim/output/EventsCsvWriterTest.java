package org.lngsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.events.CargoCancelled;
import org.lngsim.events.CargoLoaded;
import org.lngsim.events.GridHour;
import org.lngsim.events.ShortfallEnded;
import org.lngsim.events.VoyageDeparted;

class EventsCsvWriterTest {

    @TempDir
    Path folder;

    @Test
    void writes_header_then_one_row_per_occurrence_and_skips_observations() throws IOException {
        EventsCsvWriter writer = new EventsCsvWriter(folder);
        writer.on(new CargoLoaded(30.5, "g-1", "gladstone-japan", "std-1", "gladstone", "futtsu", "japan", 70000.25));
        writer.on(new GridHour(31, "tokyo", 30000, 12000, 16000, 1000, 500, 0, 2000, false));
        writer.on(new ShortfallEnded(50, "tokyo", "grid", 3, 1.5, "GWh"));
        writer.finish();

        assertThat(Files.readAllLines(folder.resolve("events.csv"), StandardCharsets.UTF_8)).containsExactly(
                "timeHours,day,type,vessel,cargo,contract,plant,terminal,importer,chokepoint,entity,massT,value,unit,detail",
                "30.5,1,cargo-loaded,std-1,g-1,gladstone-japan,gladstone,futtsu,japan,,,70000.25,,,",
                "50,2,shortfall-ended,,,,,,,,tokyo,,1.5,GWh,grid for 3 h");
    }

    @Test
    void quotes_fields_with_commas_quotes_and_line_breaks() throws IOException {
        EventsCsvWriter writer = new EventsCsvWriter(folder);
        writer.on(new CargoCancelled(0, "qatar-india", "ras-laffan", "dahej", "india", 80000, "force majeure, \"Hormuz\""));
        writer.on(new VoyageDeparted(1, "q1", "c1", "ras-laffan", "dahej", true, 1300.1234567, 80, "hormuz", List.of()));
        writer.on(new CargoCancelled(2, "qatar-india", "ras-laffan", "dahej", "india", 1, "line\nbreak"));
        writer.finish();

        String text = Files.readString(folder.resolve("events.csv"), StandardCharsets.UTF_8);
        assertThat(text.split("\n", -1)).containsSubsequence(
                "0,0,cargo-cancelled,,,qatar-india,ras-laffan,dahej,india,,,80000,,,\"force majeure, \"\"Hormuz\"\"\"",
                "1,0,voyage-departed,q1,c1,,ras-laffan,dahej,,,,,1300.123457,nm,laden via hormuz; planned arrival 80 h",
                "2,0,cargo-cancelled,,,qatar-india,ras-laffan,dahej,india,,,1,,,\"line",
                "break\"");
        assertThat(text).endsWith("\"line\nbreak\"\n");
    }

    @Test
    void finish_twice_is_harmless_and_an_event_after_finish_is_refused() throws IOException {
        EventsCsvWriter writer = new EventsCsvWriter(folder);
        writer.finish();
        writer.finish();
        List<String> lines = Files.readAllLines(folder.resolve("events.csv"));
        assertThat(lines).hasSize(1);
        Assertions.assertThatThrownBy(() -> writer.on(new ShortfallEnded(1, "x", "grid", 1, 1, "GWh")))
                .isInstanceOf(IllegalStateException.class);
    }
}
