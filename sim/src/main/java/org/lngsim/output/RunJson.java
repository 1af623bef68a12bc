package org.lngsim.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The content of {@code run.json}: what ran (version, commit, build time), with what, how long it
 * took and what it wrote. The build time makes run.json differ between two builds of the same
 * commit, as its wall time already does between two runs; no other file of a run depends on it.
 */
record RunJson(String programVersion, @JsonInclude(JsonInclude.Include.NON_NULL) String commit,
        @JsonInclude(JsonInclude.Include.NON_NULL) String buildTime, long seed, String inputHash, List<String> sets,
        double wallTimeSeconds, List<String> files) {

    RunJson {
        sets = List.copyOf(sets);
        files = List.copyOf(files);
    }

    static RunJson of(RunInfo info, double wallTimeSeconds, List<String> files) {
        return new RunJson(info.programVersion(), info.commit(), info.buildTime(), info.seed(), info.inputHash(),
                info.sets(), wallTimeSeconds, files);
    }
}
