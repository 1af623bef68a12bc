package org.lngsim.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lngsim.charts.ChartExporter;
import org.lngsim.charts.CompareCharts;
import org.lngsim.files.FolderKind;
import org.lngsim.files.StagedFolder;
import org.lngsim.output.EnsembleSummary;
import org.lngsim.runfolder.read.EnsembleFolder;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.runfolder.read.RunFolderException;

/**
 * Compares run folders: reads each with {@link RunFolder#read}, checks they cover the same period,
 * and writes {@code compare.html} with {@code charts/*.png} into a comparison folder, staged aside
 * and swapped into place whole ({@link StagedFolder}), so a reader never sees half of one and a
 * folder lngsim did not write is never replaced.
 */
public final class Comparison {

    public static final String PAGE = "compare.html";
    public static final String CHARTS_DIR = "charts";

    private final List<RunFolder> runs;
    private final List<String> names;
    /** Each run's ensemble summary, or null for a run of one draw. */
    private final List<EnsembleSummary> ensembles;

    private Comparison(List<RunFolder> runs, List<String> names, List<EnsembleSummary> ensembles) {
        this.runs = List.copyOf(runs);
        this.names = List.copyOf(names);
        this.ensembles = java.util.Collections.unmodifiableList(new ArrayList<>(ensembles));
    }

    /**
     * Reads the folders, the reference first. Refuses fewer than two, an unreadable folder, and
     * runs of different periods: unserved energy and deliveries are totals over the horizon, so a
     * 731-day run against a 366-day one would show the extra year as a difference.
     */
    public static Comparison read(List<Path> folders) throws CompareException {
        if (folders.size() < 2) {
            throw new CompareException("give at least two run folders (the first is the reference)");
        }
        List<RunFolder> runs = new ArrayList<>();
        List<EnsembleSummary> ensembles = new ArrayList<>();
        for (Path folder : folders) {
            try {
                RunFolder run = RunFolder.read(folder);
                runs.add(run);
                ensembles.add(EnsembleFolder.of(run).map(EnsembleFolder::summary).orElse(null));
            } catch (RunFolderException e) {
                throw new CompareException(e.getMessage(), e);
            }
        }
        checkSamePeriod(runs);
        return new Comparison(runs, names(runs), ensembles);
    }

    private static void checkSamePeriod(List<RunFolder> runs) throws CompareException {
        RunFolder first = runs.get(0);
        for (RunFolder run : runs.subList(1, runs.size())) {
            if (!run.scenario().start().equals(first.scenario().start())
                    || run.summary().horizonDays() != first.summary().horizonDays()) {
                throw new CompareException("the runs cover different periods (" + period(first) + " and " + period(run)
                        + "): their totals cannot be compared; run them over the same start and horizon, e.g."
                        + " with --set horizonDays=" + first.summary().horizonDays());
            }
        }
    }

    private static String period(RunFolder run) {
        LocalDate start = run.scenario().start();
        return run.folder() + ": " + org.lngsim.charts.Timeline.DATE.format(start) + " + " + run.summary().horizonDays()
                + " days";
    }

    /**
     * Each run's name in the table and legends: its scenario's name, "protocol off" added when the
     * protocol was off, and the folder's name where two would otherwise read the same.
     */
    static List<String> names(List<RunFolder> runs) {
        List<String> plain = runs.stream().map(r -> r.scenario().name()
                + (r.summary().protocol().enabled() ? "" : " (protocol off)")).toList();
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        plain.forEach(n -> {
            if (!seen.add(n)) {
                repeated.add(n);
            }
        });
        List<String> names = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String n = plain.get(i);
            Path folderName = runs.get(i).folder().toAbsolutePath().normalize().getFileName();
            names.add(repeated.contains(n) ? n + " [" + folderName + "]" : n);
        }
        return names;
    }

    public List<RunFolder> runs() {
        return runs;
    }

    public List<String> names() {
        return names;
    }

    /** Each run's number of replications: 1 for a run of one draw. */
    public List<Integer> replications() {
        return ensembles.stream().map(e -> e == null ? 1 : e.replications()).toList();
    }

    /**
     * The headline table, differences taken from the first run: ensembles' medians with their
     * ranges, and differences paired replication by replication where two ensembles share seeds.
     */
    public ComparisonTable table() {
        List<List<Headline>> headlines = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunFolder run = runs.get(i);
            headlines.add(Headlines.of(run.summary(), run::importerName, ensembles.get(i)));
        }
        return ComparisonTable.of(headlines);
    }

    /** What was written: the comparison folder and its page. */
    public record Written(Path folder, Path page, int charts) {
    }

    /** Writes the comparison folder {@code out}; refuses a folder that is not a comparison folder. */
    public Written write(Path out) throws IOException {
        for (RunFolder run : runs) {
            if (run.folder().toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new org.lngsim.files.OutputException(out + ": is one of the run folders compared; choose"
                        + " another --out");
            }
        }
        try (StagedFolder staged = StagedFolder.open(out, FolderKind.COMPARE)) {
            Path charts = staged.dir().resolve(CHARTS_DIR);
            Files.createDirectories(charts);
            Map<CompareCharts, byte[]> pngs = new LinkedHashMap<>();
            for (CompareCharts kind : CompareCharts.values()) {
                byte[] png = ChartExporter.png(kind.build(runs, names));
                pngs.put(kind, png);
                Files.write(charts.resolve(kind.file() + ".png"), png);
            }
            Files.writeString(staged.dir().resolve(PAGE), ComparePage.render(this, pngs), StandardCharsets.UTF_8);
            Path folder = staged.commit();
            return new Written(folder, folder.resolve(PAGE), pngs.size());
        }
    }
}
