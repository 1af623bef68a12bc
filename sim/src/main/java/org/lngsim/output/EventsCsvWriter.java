package org.lngsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lngsim.events.EventRow;
import org.lngsim.events.Numbers;
import org.lngsim.events.SimEvent;

/** {@code events.csv}: one row per occurrence (observations excluded), in publication order. */
final class EventsCsvWriter extends StreamingCsvWriter {

    static final String FILE = "events.csv";

    private final EventRow row = new EventRow();

    EventsCsvWriter(Path folder) throws IOException {
        super(folder.resolve(FILE), header());
    }

    private static String[] header() {
        List<String> header = new ArrayList<>(List.of("timeHours", "day", "type"));
        header.addAll(EventRow.COLUMNS);
        return header.toArray(String[]::new);
    }

    @Override
    void accept(SimEvent event, BufferedWriter out) throws IOException {
        if (event.isObservation()) {
            return;
        }
        row.clear();
        event.describe(row);
        out.write(Numbers.format(event.timeHours()));
        out.write(',');
        out.write(Integer.toString(Days.of(event.timeHours())));
        out.write(',');
        Csv.field(out, event.type());
        for (int i = 0; i < EventRow.COLUMNS.size(); i++) {
            out.write(',');
            Csv.field(out, row.get(i));
        }
        out.write('\n');
    }
}
