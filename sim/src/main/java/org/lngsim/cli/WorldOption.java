package org.lngsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The world (scenario) a command looks things up in. */
public final class WorldOption {

    @Option(names = "--world", paramLabel = "FILE", defaultValue = "scenarios/base/world-2024.yaml",
            description = "Scenario whose places and chokepoints to use (default: ${DEFAULT-VALUE}).")
    private Path world;

    public Path world() {
        return world;
    }
}
