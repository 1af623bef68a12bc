package org.lngsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.lngsim.charts.BriefingCharts;
import org.lngsim.charts.ChartExporter;
import org.lngsim.charts.ChartFormat;
import org.lngsim.charts.RunFolder;
import org.lngsim.charts.RunFolderException;

/**
 * Writes a run folder's {@code charts/} and {@code report.html} from its saved files. Each chart
 * is built once and exported to every format asked for; the report always embeds the PNGs, so it
 * is complete whatever formats were chosen.
 */
public final class Briefing {

    public static final String CHARTS_DIR = "charts";
    public static final String REPORT = "report.html";

    private Briefing() {
    }

    /** What was written: the chart files, relative to the run folder, and the report. */
    public record Written(List<Path> charts, Path report) {
    }

    /**
     * Writes into a folder nobody else reads yet (the partial run folder of {@code lngsim run}):
     * no need to write aside.
     */
    public static Written writeInto(Path runFolder, Set<ChartFormat> formats) throws IOException, RunFolderException {
        return write(RunFolder.read(runFolder), runFolder.resolve(CHARTS_DIR), runFolder.resolve(REPORT), formats);
    }

    /**
     * Redraws an existing run folder: everything is written into a hidden folder inside it, then
     * {@code charts/} and {@code report.html} are swapped in by renames. A failure before the swap
     * leaves the old charts and report untouched.
     */
    public static Written redraw(Path runFolder, Set<ChartFormat> formats) throws IOException, RunFolderException {
        RunFolder run = RunFolder.read(runFolder);
        Path aside = Files.createTempDirectory(runFolder, ".briefing.partial-");
        try {
            Written written = write(run, aside.resolve(CHARTS_DIR), aside.resolve(REPORT), formats);
            Path charts = runFolder.resolve(CHARTS_DIR);
            Path old = aside.resolve("old-" + CHARTS_DIR);
            if (Files.exists(charts)) {
                move(charts, old);
            }
            try {
                move(aside.resolve(CHARTS_DIR), charts);
            } catch (IOException e) {
                if (Files.exists(old)) {
                    move(old, charts); // put the previous charts back
                }
                throw e;
            }
            Files.move(aside.resolve(REPORT), runFolder.resolve(REPORT), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return new Written(written.charts().stream().map(p -> charts.resolve(p.getFileName())).toList(),
                    runFolder.resolve(REPORT));
        } finally {
            deleteTree(aside);
        }
    }

    private static Written write(RunFolder run, Path chartsDir, Path report, Set<ChartFormat> formats)
            throws IOException {
        Files.createDirectories(chartsDir);
        Map<BriefingCharts, byte[]> pngs = new LinkedHashMap<>();
        List<Path> files = new java.util.ArrayList<>();
        for (BriefingCharts kind : BriefingCharts.all()) {
            JFreeChart chart = kind.build(run);
            byte[] png = ChartExporter.png(chart);
            pngs.put(kind, png);
            for (ChartFormat format : formats) {
                Path file = chartsDir.resolve(kind.file() + "." + format.extension());
                Files.write(file, format == ChartFormat.PNG ? png : ChartExporter.export(chart, format));
                files.add(file);
            }
        }
        Files.writeString(report, ReportPage.render(run, pngs), StandardCharsets.UTF_8);
        return new Written(files, report);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Best effort: a leftover hidden folder is harmless and named as partial.
                }
            });
        } catch (IOException e) {
            // Same: nothing more can be done about a folder that cannot be listed.
        }
    }
}
