package org.lngsim.backcast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.lngsim.charts.ChartExporter;
import org.lngsim.charts.ChartFormat;

/**
 * Writes a back-cast folder's own files beside its {@code runs/}: {@code backcast.csv},
 * {@code backcast.md} (the README's table), a chart per event in {@code charts/} and
 * {@code report.html}. Called inside the staged folder, so they appear together or not at all.
 */
final class BackcastFiles {

    static final String CHARTS = "charts";
    static final String REPORT = "report.html";

    private BackcastFiles() {
    }

    static void write(Path folder, List<Backcast.EventResult> results, Set<ChartFormat> formats) throws IOException {
        Files.writeString(folder.resolve(BackcastTable.CSV_FILE), BackcastTable.csv(results), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(BackcastTable.MARKDOWN_FILE), BackcastTable.markdown(results),
                StandardCharsets.UTF_8);
        Path charts = Files.createDirectories(folder.resolve(CHARTS));
        for (Backcast.EventResult result : results) {
            JFreeChart chart = BackcastChart.build(result, result.run());
            int heightPx = BackcastChart.heightPx(result.comparisons());
            // the report shows PNGs, so they are always drawn
            for (ChartFormat format : withPng(formats)) {
                Files.write(charts.resolve(result.event().name() + "." + format.extension()),
                        ChartExporter.export(chart, format, heightPx));
            }
        }
        Files.writeString(folder.resolve(REPORT), BackcastPage.render(results), StandardCharsets.UTF_8);
    }

    private static List<ChartFormat> withPng(Set<ChartFormat> formats) {
        return java.util.Arrays.stream(ChartFormat.values())
                .filter(f -> f == ChartFormat.PNG || formats.contains(f)).toList();
    }
}
