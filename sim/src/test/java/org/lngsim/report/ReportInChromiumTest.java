package org.lngsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.charts.ChartFormat;
import org.lngsim.charts.ChartStyle;
import org.lngsim.charts.RunFixture;

/**
 * Opens report.html in Debian's headless Chromium (installed by .ci/run; the test fails, not
 * skips, without it). Chromium's stderr is noisy (D-Bus, GPU) and is ignored; what counts is its
 * exit code, the screenshot and the rendered DOM.
 */
class ReportInChromiumTest {

    @TempDir
    static Path dir;

    static Path report;

    @BeforeAll
    static void writeReport() throws Exception {
        Path run = RunFixture.copy(dir.resolve("run"));
        report = Briefing.writeInto(run, Set.of(ChartFormat.PNG)).report();
    }

    @Test
    void reportIsSelfContained() throws Exception {
        String html = Files.readString(report);
        assertThat(html).doesNotContainPattern("(src|href)=\"(?!data:)")
                .doesNotContain("<script").doesNotContain("@import").doesNotContain("url(");
        assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(7);
    }

    @Test
    void chromiumRendersEveryChartAndTheHeadlineNumbersWithNoFailedResource() throws Exception {
        // The check runs in a test copy only: the report itself carries no script.
        Path checked = dir.resolve("checked.html");
        Files.writeString(checked, Files.readString(report).replace("</body>", CHECK_SCRIPT + "</body>"));

        String dom = chromium("--dump-dom", checked.toUri().toString());

        assertThat(dom).contains("images-ok=6 images-failed=0 external=0");
        var summary = RunFixture.run().summary();
        // Mumbai's unserved energy, with and without the protocol, as the headline table shows them.
        assertThat(dom).contains(String.format(Locale.ROOT, "%.2f", summary.grids().get("mumbai").unservedGWh()))
                .contains(String.format(Locale.ROOT, "%.2f",
                        summary.counterfactual().grids().get("mumbai").unservedGWh()))
                .contains("Headline numbers").contains("What the protocol did").contains("Assumptions and data sources")
                .contains("Strait of Hormuz");
    }

    @Test
    void aMissingImageIsDetectedByTheCheck() throws Exception {
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, "<html><body><img src=\"missing.png\">" + CHECK_SCRIPT + "</body></html>");
        assertThat(chromium("--dump-dom", broken.toUri().toString())).contains("images-failed=1");
    }

    @Test
    void screenshotShowsTheChartsInTheirColours() throws Exception {
        Path shot = dir.resolve("report.png");
        chromium("--screenshot=" + shot, "--window-size=1600,2400", report.toUri().toString());

        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        int blue = 0;
        int orange = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                blue += near(rgb, ChartStyle.BLUE.getRGB()) ? 1 : 0;
                orange += near(rgb, ChartStyle.ORANGE.getRGB()) ? 1 : 0;
            }
        }
        assertThat(blue).as("Okabe–Ito blue pixels (charts drawn)").isGreaterThan(500);
        assertThat(orange).as("Okabe–Ito orange pixels").isGreaterThan(500);
    }

    private static boolean near(int rgb, int target) {
        int dr = ((rgb >> 16) & 0xFF) - ((target >> 16) & 0xFF);
        int dg = ((rgb >> 8) & 0xFF) - ((target >> 8) & 0xFF);
        int db = (rgb & 0xFF) - (target & 0xFF);
        return dr * dr + dg * dg + db * db < 300;
    }

    /** Counts decoded images and any resource fetched from outside the page, once it has loaded. */
    private static final String CHECK_SCRIPT = "<script>window.addEventListener('load',function(){"
            + "var imgs=document.images,ok=0,bad=0;for(var i=0;i<imgs.length;i++){"
            + "if(imgs[i].complete&&imgs[i].naturalWidth>0){ok++}else{bad++}}"
            + "var ext=performance.getEntriesByType('resource').filter(function(e){return e.name.indexOf('data:')!==0});"
            + "var p=document.createElement('pre');p.id='lngsim-check';"
            + "p.textContent='images-ok='+ok+' images-failed='+bad+' external='+ext.length;"
            + "document.body.appendChild(p);});</script>";

    /** Runs Chromium headless with a fresh profile; returns stdout. */
    static String chromium(String... args) throws Exception {
        return HeadlessChromium.run(dir, args);
    }
}
