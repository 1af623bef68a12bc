package org.lngsim.output;

import java.io.IOException;

/**
 * The text of {@code summary.json} for a summary, exactly as a run folder holds it: for a tool
 * that drives a run without writing a run folder (the GUI's {@code --summary}) and must give the
 * same file.
 */
public final class SummaryJson {

    private SummaryJson() {
    }

    public static String of(RunSummary summary) throws IOException {
        return JsonFiles.json(summary);
    }
}
