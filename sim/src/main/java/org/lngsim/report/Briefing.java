package org.lngsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.lngsim.charts.BriefingCharts;
import org.lngsim.charts.ChartBatch;
import org.lngsim.charts.ChartFormat;
import org.lngsim.charts.EnsembleCharts;
import org.lngsim.runfolder.read.EnsembleFolder;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.runfolder.read.RunFolderException;
import org.lngsim.files.FolderKind;
import org.lngsim.files.Leftovers;
import org.lngsim.files.OutputException;
import org.lngsim.files.StagedFolder;
import org.lngsim.output.RunFileList;
import org.lngsim.runfolder.RunFile;

/**
 * Writes a run folder's {@code charts/} and {@code report.html} from its saved files. Each chart
 * is built once and exported to every format asked for; the report always embeds the PNGs, so it
 * is complete whatever formats were chosen.
 */
public final class Briefing {

    public static final String CHARTS_DIR = RunFile.CHARTS_DIR;
    public static final String REPORT = RunFile.REPORT;

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
     * Redraws an existing run folder as a whole new version of it: the data files are linked into
     * a {@link StagedFolder}, the charts and report drawn there, {@code run.json}'s file list
     * brought up to date, and the folder swapped into place. Readers see the old folder or the new
     * one; a failure (a full disk) leaves the old one untouched.
     */
    public static Written redraw(Path runFolder, Set<ChartFormat> formats) throws IOException, RunFolderException {
        try {
            Leftovers.recover(runFolder); // a run or redraw killed between its renames
        } catch (IOException e) {
            throw OutputException.of(runFolder, "cannot tidy what a killed run left", e);
        }
        RunFolder run = RunFolder.read(runFolder);
        try (StagedFolder staged = StagedFolder.open(runFolder, FolderKind.RUN)) {
            linkData(runFolder, staged.dir());
            Written drawn = write(run, staged.dir().resolve(CHARTS_DIR), staged.dir().resolve(REPORT), formats);
            RunFileList.rewrite(staged.dir());
            Path folder = staged.commit();
            return new Written(drawn.charts().stream().map(p -> folder.resolve(CHARTS_DIR).resolve(p.getFileName())).toList(),
                    folder.resolve(REPORT));
        }
    }

    /** Every file but the charts and the report, hard-linked (copied where links fail) into {@code copy}. */
    private static void linkData(Path runFolder, Path copy) throws IOException {
        try (Stream<Path> paths = Files.walk(runFolder)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path relative = runFolder.relativize(source);
                if (relative.toString().isEmpty() || relative.startsWith(CHARTS_DIR) || relative.toString().equals(REPORT)) {
                    continue;
                }
                Path target = copy.resolve(relative.toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                    link(source, target);
                }
            }
        }
    }

    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source); // the data files are never changed in place: sharing them is safe
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static Written write(RunFolder run, Path chartsDir, Path report, Set<ChartFormat> formats)
            throws IOException, RunFolderException {
        Files.createDirectories(chartsDir);
        // The PNGs are always drawn: report.html embeds them. The briefing's are always written too,
        // since 'lngsim chart --format svg,pdf' redraws into a fresh folder and leaving them out
        // would delete the ones the report needs; the band charts are written in the formats asked.
        Set<ChartFormat> drawnFormats = EnumSet.of(ChartFormat.PNG);
        drawnFormats.addAll(formats);
        Map<String, Supplier<JFreeChart>> charts = new LinkedHashMap<>();
        for (BriefingCharts kind : BriefingCharts.all()) {
            charts.put(kind.file(), () -> kind.build(run));
        }
        // An ensemble's band charts, beside the representative replication's charts above.
        Optional<EnsembleFolder> ensemble = EnsembleFolder.of(run);
        Map<String, JFreeChart> bands = ensemble.isPresent() ? EnsembleCharts.build(run, ensemble.get()) : Map.of();
        for (Map.Entry<String, JFreeChart> e : bands.entrySet()) {
            charts.put(e.getKey(), e::getValue);
        }
        Map<String, ChartBatch.Drawn> drawn = ChartBatch.draw(charts, drawnFormats, Runtime.getRuntime().availableProcessors());

        Map<BriefingCharts, byte[]> pngs = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (BriefingCharts kind : BriefingCharts.all()) {
            ChartBatch.Drawn chart = drawn.get(kind.file());
            pngs.put(kind, chart.in(ChartFormat.PNG));
            for (ChartFormat format : drawnFormats) {
                files.add(writeChart(chartsDir, kind.file(), format, chart));
            }
        }
        Map<String, byte[]> bandPngs = new LinkedHashMap<>();
        for (String name : bands.keySet()) {
            ChartBatch.Drawn chart = drawn.get(name);
            bandPngs.put(name, chart.in(ChartFormat.PNG));
            for (ChartFormat format : formats) {
                files.add(writeChart(chartsDir, name, format, chart));
            }
        }
        String section = ensemble.map(en -> EnsembleSection.html(run, en, bandPngs)).orElse("");
        Files.writeString(report, ReportPage.render(run, pngs, section, ensemble.map(EnsembleFolder::summary).orElse(null)),
                StandardCharsets.UTF_8);
        return new Written(files, report);
    }

    private static Path writeChart(Path chartsDir, String name, ChartFormat format, ChartBatch.Drawn chart)
            throws IOException {
        Path file = chartsDir.resolve(name + "." + format.extension());
        Files.write(file, chart.in(format));
        return file;
    }
}
