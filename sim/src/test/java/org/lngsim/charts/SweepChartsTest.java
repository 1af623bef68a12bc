package org.lngsim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.scenario.load.TestScenarios;
import org.lngsim.sweep.SweepLoader;
import org.lngsim.sweep.SweepRunner;

class SweepChartsTest {

    @TempDir
    Path directory;

    @Test
    void a_grid_sweep_gets_a_heat_map_bands_sensitivity_and_cdf_with_data_in_them() throws Exception {
        Path file = directory.resolve("s.yaml");
        Files.copy(TestScenarios.miniWorld(), directory.resolve("mini-world.yaml"));
        Files.writeString(file, """
                name: s
                base: mini-world.yaml
                set: [horizonDays=120, "disruptions=[{type: chokepoint-closure, chokepoint: hormuz, startDay: 20, endDay: 40}]"]
                parameters:
                  - path: disruptions[0].endDay
                    values: [25, 40, 80]
                  - path: protocol.decisionLagHours
                    values: [0, 48]
                design: {type: grid}
                replications: 2
                seed: 3
                metrics: [gasPools.india.unservedMt, importers.india.deliveredMt]
                """);
        Path out = directory.resolve("out");
        new SweepRunner(new SweepLoader().load(file)).run(out, 2, false, 0, 1, SweepRunner.Progress.none());

        List<Path> written = SweepCharts.drawAll(out, Set.of(ChartFormat.PNG));

        assertThat(written).extracting(p -> p.getFileName().toString())
                .contains("sweep-heatmap.png", "sweep-sensitivity.png", "sweep-cdf.png");
        for (Path png : written) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(1600);
            assertThat(image.getHeight()).isEqualTo(900);
            assertThat(distinctColours(image)).as(png.toString()).isGreaterThan(20);
        }
        SweepCharts.Results results = SweepCharts.Results.read(out.resolve("results.csv"));
        JFreeChart heat = SweepCharts.heatMap(results, 0);
        assertThat(((XYPlot) heat.getPlot()).getDataset().getItemCount(0)).isEqualTo(6);
        JFreeChart cdf = SweepCharts.cdf(results);
        assertThat(((XYPlot) cdf.getPlot()).getDataset().getItemCount(0)).isEqualTo(12);
        assertThat(((XYPlot) cdf.getPlot()).getDataset().getYValue(0, 11)).isEqualTo(1.0);
    }

    private static long distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
