package org.lngsim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.cli.Main;

/**
 * The GUI for real, on a display ({@code ./run-tests} starts Xvfb and sets DISPLAY; without one
 * this is skipped). The tests' JVM is headless, so {@code lngsim gui} runs in a child JVM: it opens
 * the Console, runs the Hormuz closure to day 75 (the strait shut from day 60), writes the map and
 * the summary of the run it drove. The map must show land, sea and ships; the summary must be the
 * batch run's {@code summary.json}, byte for byte.
 */
@Tag("display")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class GuiUnderDisplayTest {

    private static final String SCENARIO = Path.of("..", "scenarios", "hormuz-closure-14d.yaml").toString();
    private static final String HORIZON = "horizonDays=75";

    @TempDir
    Path directory;

    @Test
    void the_gui_draws_the_map_and_its_run_gives_the_batch_runs_summary() throws Exception {
        Path png = directory.resolve("map.png");
        Path summary = directory.resolve("gui-summary.json");
        Path log = directory.resolve("gui.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process gui = new ProcessBuilder(List.of(java, "-Xmx1500m", "-Djava.util.prefs.userRoot=" + directory,
                "-cp", System.getProperty("java.class.path"), "org.lngsim.cli.Main", "gui", SCENARIO, "--set", HORIZON,
                "--snapshot", png.toString(), "--summary", summary.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = gui.waitFor(400, TimeUnit.SECONDS);
        if (!ended) {
            gui.destroyForcibly();
        }
        assertThat(ended).as("the GUI finished within 400 s").isTrue();
        assertThat(gui.exitValue()).as(Files.readString(log)).isZero();

        assertMapIsDrawn(ImageIO.read(png.toFile()));

        Path batch = directory.resolve("batch");
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("run", SCENARIO, "--set", HORIZON, "--replications", "1", "--no-charts", "--out",
                        batch.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(summary)).isEqualTo(Files.readString(batch.resolve("summary.json")));
    }

    private static void assertMapIsDrawn(BufferedImage map) {
        // The display is 170° × 94° at 8 px a degree.
        assertThat(map.getWidth()).isGreaterThanOrEqualTo(1300);
        assertThat(map.getHeight()).isGreaterThanOrEqualTo(700);
        Set<Integer> colours = new HashSet<>();
        int sea = 0;
        int land = 0;
        int ships = 0;
        for (int y = 0; y < map.getHeight(); y++) {
            for (int x = 0; x < map.getWidth(); x++) {
                int rgb = map.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                sea += rgb == (Palette.SEA.getRGB() & 0xFFFFFF) ? 1 : 0;
                land += rgb == (Palette.LAND.getRGB() & 0xFFFFFF) ? 1 : 0;
                ships += near(rgb, 0x1F5FB4) || near(rgb, 0x17A3B8) ? 1 : 0;
            }
        }
        int pixels = map.getWidth() * map.getHeight();
        assertThat(colours.size()).as("distinct colours").isGreaterThan(100);
        assertThat(sea).as("sea pixels").isGreaterThan(pixels / 5);
        assertThat(land).as("land pixels").isGreaterThan(pixels / 10);
        // a laden ship's dot is 7 px across (antialiased: about 20 px near its colour); dozens are at sea
        assertThat(ships).as("pixels of laden ships for Japan and India").isGreaterThan(20 * 15);
    }

    /** Within 40 of a colour in each channel (the dots' antialiased edges blend into the sea). */
    private static boolean near(int rgb, int colour) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xFF) - ((colour >> shift) & 0xFF)) > 40) {
                return false;
            }
        }
        return true;
    }
}
