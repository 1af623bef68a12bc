package org.lngsim.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.lngsim.scenario.load.TestScenarios;

/** Small sweeps over the mini world, written into a test's temporary folder. */
final class SweepFixtures {

    private SweepFixtures() {
    }

    static Path write(Path directory, String name, String yaml) throws IOException {
        Files.copy(TestScenarios.miniWorld(), directory.resolve("mini-world.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Path file = directory.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    /**
     * Every file under {@code folder} with its content, but the lock file, whose content names
     * the process that last locked it: what "nothing was changed" compares.
     */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                if (!path.getFileName().toString().equals(".lngsim.lock")) {
                    files.put(folder.relativize(path).toString(), HexFormat.of().formatHex(Files.readAllBytes(path)));
                }
            }
        }
        return files;
    }

    /** 3 × 2 grid, 2 replications: 12 runs of a 120-day mini world with a Hormuz closure. */
    static Path smallGrid(Path directory) throws IOException {
        return write(directory, "small.yaml", """
                name: small
                base: mini-world.yaml
                set:
                  - horizonDays=120
                  - "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 20, endDay: 40}]"
                parameters:
                  - path: disruptions[0].endDay
                    values: [30, 40, 60]
                  - path: protocol.decisionLagHours
                    range: {from: 0, to: 48, step: 48}
                design: {type: grid}
                replications: 2
                seed: 99
                metrics:
                  - gasPools.india.unservedMt
                  - importers.india.deliveredMt
                  - grids.tokyo.firstShortfallDay
                  - protocol.redirections
                """);
    }
}
