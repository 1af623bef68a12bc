package org.lngsim.scenario.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Test fixtures: the small valid world, and scenario files written next to it. */
public final class TestScenarios {

    private TestScenarios() {
    }

    public static Path miniWorld() {
        try {
            return Path.of(TestScenarios.class.getResource("/org/lngsim/scenario/mini-world.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a scenario that extends the mini world into {@code directory}. */
    public static Path extendingMiniWorld(Path directory, String name, String yaml) {
        try {
            Files.copy(miniWorld(), directory.resolve("mini-world.yaml"), StandardCopyOption.REPLACE_EXISTING);
            Path file = directory.resolve(name);
            Files.writeString(file, "extends: mini-world.yaml\n" + yaml, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
