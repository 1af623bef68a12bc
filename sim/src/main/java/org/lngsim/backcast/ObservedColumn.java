package org.lngsim.backcast;

import java.util.Arrays;
import java.util.List;

/** The columns of {@code observed.csv}, in file order. */
enum ObservedColumn {
    FIGURE("figure"),
    METRIC("metric"),
    SUBJECT("subject"),
    FROM("from"),
    TO("to"),
    VALUE("value"),
    LOW("low"),
    HIGH("high"),
    UNIT("unit"),
    SOURCE("source"),
    URL("url"),
    NOTE("note");

    private final String header;

    ObservedColumn(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(ObservedColumn::header).toList();
    }
}
