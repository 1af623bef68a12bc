package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** chokepoints.yaml at the repository root says the same as the test fixture. */
class ChokepointYamlTest {

    private static final Pattern ID = Pattern.compile("^\\s*- id: (\\S+)\\s*$");
    private static final Pattern BOX = Pattern.compile(
            "box: \\{minLon: (-?[\\d.]+), minLat: (-?[\\d.]+), maxLon: (-?[\\d.]+), maxLat: (-?[\\d.]+)}");

    @Test
    void yamlBoxesMatchTheFixture() throws IOException {
        Path yaml = Path.of("..", "chokepoints.yaml");
        List<String> ids = new ArrayList<>();
        List<Area> boxes = new ArrayList<>();
        for (String line : Files.readAllLines(yaml)) {
            Matcher id = ID.matcher(line);
            if (id.matches()) {
                ids.add(id.group(1));
            }
            Matcher box = BOX.matcher(line);
            if (box.find()) {
                boxes.add(new Area.Box(Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2)),
                        Double.parseDouble(box.group(3)), Double.parseDouble(box.group(4))));
            }
        }

        assertThat(ids).containsExactlyElementsOf(GeoFixtures.CHOKEPOINTS.stream().map(ChokepointArea::id).toList());
        assertThat(boxes).containsExactlyElementsOf(GeoFixtures.CHOKEPOINTS.stream().map(ChokepointArea::area).toList());
    }
}
