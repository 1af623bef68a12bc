package org.lngsim.output;

import java.util.List;

/** The content of {@code run.json}: what ran, with what, how long it took and what it wrote. */
record RunJson(String programVersion, long seed, String inputHash, List<String> sets, double wallTimeSeconds,
        List<String> files) {

    static final String FILE = "run.json";

    RunJson {
        sets = List.copyOf(sets);
        files = List.copyOf(files);
    }
}
