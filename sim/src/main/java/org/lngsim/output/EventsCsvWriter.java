package org.lngsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import org.lngsim.events.EventRow;
import org.lngsim.events.Numbers;
import org.lngsim.events.SimEvent;
import org.lngsim.runfolder.EventColumn;
import org.lngsim.runfolder.RunFile;

/** {@code events.csv}: one row per occurrence (observations excluded), in publication order. */
final class EventsCsvWriter extends StreamingCsvWriter {

    private final EventRow row = new EventRow();

    EventsCsvWriter(Path folder) throws IOException {
        super(RunFile.EVENTS.in(folder), EventColumn.headerLine());
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
