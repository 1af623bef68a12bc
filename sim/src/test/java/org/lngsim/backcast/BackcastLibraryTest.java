package org.lngsim.backcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;

class BackcastLibraryTest {

    private static final String ONE = "a,imports,india,2024-01-01,2024-01-31,,0,,Mt,src,,\n";

    @TempDir
    Path dir;

    @Test
    void findsTheEventsWithTheirObservationsAndKnownMisses() throws Exception {
        Path library = MiniBackcast.library(dir, ONE, "mini-outage,a,14,\"why, exactly\"\n");
        BackcastLibrary loaded = BackcastLibrary.load(library, ScenarioLoader.withoutNetworkCheck(), List.of());
        assertThat(loaded.events()).extracting(BackcastEvent::name).containsExactly(MiniBackcast.EVENT);
        assertThat(loaded.events().get(0).observations()).hasSize(1);
        assertThat(loaded.knownMisses().get("mini-outage/a").mechanism()).isEqualTo("why, exactly");
        assertThat(loaded.knownMisses().get("mini-outage/a").issue()).isEqualTo(14);
    }

    @Test
    void anUnknownEventNameListsTheEvents() {
        Path library = MiniBackcast.library(dir, ONE, null);
        assertThatThrownBy(() -> BackcastLibrary.load(library, ScenarioLoader.withoutNetworkCheck(), List.of("hormuz")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("no back-cast event 'hormuz'; the events are mini-outage");
    }

    @Test
    void aKnownMissMustNameARealFigure() {
        Path library = MiniBackcast.library(dir, ONE, "mini-outage,b,14,why\nnowhere,a,15,why\n");
        assertThatThrownBy(() -> BackcastLibrary.load(library, ScenarioLoader.withoutNetworkCheck(), List.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("known-misses.csv:2:1: figure: event 'mini-outage' has no figure 'b'")
                .hasMessageContaining("known-misses.csv:3:1: event: no back-cast event 'nowhere'");
    }

    @Test
    void aKnownMissNeedsAnIssueAndAMechanism() {
        Path library = MiniBackcast.library(dir, ONE, "mini-outage,a,soon,why\nmini-outage,a,14,\n");
        assertThatThrownBy(() -> BackcastLibrary.load(library, ScenarioLoader.withoutNetworkCheck(), List.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("issue: 'soon' is not an issue number")
                .hasMessageContaining("mechanism: is empty");
    }

    @Test
    void problemsOfEveryEventAreReportedTogether() throws Exception {
        Path library = MiniBackcast.library(dir, "a,imports,mars,2024-01-01,2024-01-31,,0,,Mt,src,,\n", null);
        Path second = Files.createDirectories(library.resolve("second"));
        Files.writeString(second.resolve(BackcastLibrary.SCENARIO_FILE), "extends: ../mini-world.yaml\nname: other\n");
        Files.writeString(second.resolve(BackcastLibrary.OBSERVED_FILE), ObservationFileTest.HEADER + ONE);
        assertThatThrownBy(() -> BackcastLibrary.load(library, ScenarioLoader.withoutNetworkCheck(), List.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("unknown importer 'mars'")
                .hasMessageContaining("name: is 'other'; a back-cast's name must be its folder's, 'second'");
    }
}
