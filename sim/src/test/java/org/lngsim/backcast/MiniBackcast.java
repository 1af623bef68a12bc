package org.lngsim.backcast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lngsim.scenario.load.TestScenarios;

/**
 * A back-cast library for tests, on the mini world: one event, {@code mini-outage}, in which
 * Ras Laffan is down for February (so cargoes are cancelled), with the observations given.
 */
final class MiniBackcast {

    static final String EVENT = "mini-outage";

    private MiniBackcast() {
    }

    /** Writes the library into {@code dir} and returns it. */
    static Path library(Path dir, String observations, String knownMisses) {
        try {
            Path event = Files.createDirectories(dir.resolve(EVENT));
            Files.copy(TestScenarios.miniWorld(), dir.resolve("mini-world.yaml"));
            Files.writeString(event.resolve(BackcastLibrary.SCENARIO_FILE), """
                    extends: ../mini-world.yaml
                    name: mini-outage
                    protocol: {enabled: false}
                    disruptions:
                      - {type: plant-outage, plant: ras-laffan, remainingCapacityPct: 0, startDate: 2024-02-01, endDate: 2024-03-01}
                    """, StandardCharsets.UTF_8);
            Files.writeString(event.resolve(BackcastLibrary.OBSERVED_FILE), ObservationFileTest.HEADER + observations,
                    StandardCharsets.UTF_8);
            if (knownMisses != null) {
                Files.writeString(dir.resolve(KnownMissFile.FILE), "event,figure,issue,mechanism\n" + knownMisses,
                        StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
