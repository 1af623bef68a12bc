package org.lngsim.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that reads a scenario. */
public final class ScenarioOptions {

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a scenario value, e.g. --set protocol.enabled=false "
                    + "or --set disruptions[0].endDay=90. Repeatable.")
    private List<String> overrides = new ArrayList<>();

    public List<String> overrides() {
        return List.copyOf(overrides);
    }
}
