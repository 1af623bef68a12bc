package org.lngsim.runfolder;

import java.util.Arrays;

/** A column of one of the run folder's CSV files: its name in the header line. */
public interface CsvColumn {

    /** The name in the header line. */
    String header();

    /** The header line of a file whose columns are {@code columns}, in file order. */
    static String[] headerOf(CsvColumn[] columns) {
        return Arrays.stream(columns).map(CsvColumn::header).toArray(String[]::new);
    }
}
