package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lngsim.scenario.Box;
import org.lngsim.scenario.Chokepoint;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;

/** The world's chokepoint boxes are the ones the closure tests verified on the network. */
class ChokepointYamlTest {

    @Test
    void world_chokepoint_boxes_are_the_verified_fixture_boxes() throws ScenarioException {
        Scenario world = new ScenarioLoader().load(Path.of("..", "scenarios", "base", "world-2024.yaml")).scenario();

        List<Area> boxes = world.chokepoints().stream().map(Chokepoint::area).map(a -> {
            Box box = a.box();
            return (Area) new Area.Box(box.minLon(), box.minLat(), box.maxLon(), box.maxLat());
        }).toList();

        assertThat(world.chokepoints()).extracting(Chokepoint::id)
                .containsExactlyElementsOf(GeoFixtures.CHOKEPOINTS.stream().map(ChokepointArea::id).toList());
        assertThat(boxes).containsExactlyElementsOf(GeoFixtures.CHOKEPOINTS.stream().map(ChokepointArea::area).toList());
    }
}
