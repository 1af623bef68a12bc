package org.lngsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lngsim.scenario.load.ScenarioLoader;

/**
 * An ensemble rebinds its replications' seeds instead of loading the scenario again: for every
 * library scenario, the scenario with another seed is exactly what loading it with
 * {@code --set seed=N} binds.
 */
class ScenarioWithSeedTest {

    private static final long OTHER_SEED = 8_271_459_710_993_954_902L;

    @Test
    void anotherSeedIsWhatLoadingWithThatSeedBinds() throws Exception {
        ScenarioLoader loader = new ScenarioLoader();
        List<Path> library;
        try (Stream<Path> files = Files.list(Path.of("..", "scenarios"))) {
            library = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        library = Stream.concat(library.stream(), Stream.of(Path.of("..", "scenarios", "backcasts", "hormuz-2026",
                "scenario.yaml"))).toList();
        assertThat(library).hasSizeGreaterThan(5);
        for (Path file : library) {
            Scenario own = loader.load(file).scenario();
            Scenario reloaded = loader.load(file, List.of("seed=" + OTHER_SEED)).scenario();
            assertThat(own.withSeed(OTHER_SEED)).as(file.toString()).isEqualTo(reloaded);
            assertThat(own.withSeed(OTHER_SEED).seed()).isEqualTo(OTHER_SEED).isNotEqualTo(own.seed());
        }
    }

    @Test
    void aNegativeSeedIsRefused() throws Exception {
        Scenario own = new ScenarioLoader().load(Path.of("..", "scenarios", "baseline-2024.yaml")).scenario();
        assertThatThrownBy(() -> own.withSeed(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
