package org.lngsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
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
        String[] header = new String[3 + EventRow.COLUMNS.length];
        header[0] = "timeHours";
        header[1] = "day";
        header[2] = "type";
        System.arraycopy(EventRow.COLUMNS, 0, header, 3, EventRow.COLUMNS.length);
        return header;
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
        for (int i = 0; i < EventRow.COLUMNS.length; i++) {
            out.write(',');
            Csv.field(out, row.get(i));
        }
        out.write('\n');
    }
}
