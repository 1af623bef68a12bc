package org.lngsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The world (scenario) a command looks things up in: by default the base world of lngsim's home. */
public final class WorldOption {

    @Option(names = "--world", paramLabel = "FILE",
            description = "Scenario whose places and chokepoints to use (default: scenarios/base/world-2024.yaml "
                    + "in $LNGSIM_HOME, else in the repository lngsim was built in, else here).")
    private Path world;

    private final Home home = Home.current();

    public Path world() {
        return world != null ? world : home.defaultWorld();
    }

    /** When the default world was used and is missing: where it was looked for and how to fix it. */
    Optional<String> missingDefaultHint() {
        return world == null && !Files.exists(home.defaultWorld()) ? Optional.of(home.hint()) : Optional.empty();
    }

    Home home() {
        return home;
    }
}
