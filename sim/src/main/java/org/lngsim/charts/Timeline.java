package org.lngsim.charts;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Predicate;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.lngsim.model.Units;
import org.lngsim.scenario.DayWindow;
import org.lngsim.scenario.Disruption;
import org.lngsim.scenario.GasDemand;
import org.lngsim.scenario.GasPool;
import org.lngsim.scenario.Grid;
import org.lngsim.scenario.Region;
import org.lngsim.scenario.Scenario;

/**
 * Simulated time on a calendar axis: day {@code d} of a run is the scenario's start date plus
 * {@code d} days (UTC, so no daylight-saving step), and the disruption windows as shaded bands.
 */
public final class Timeline {

    private static final long MILLIS_PER_HOUR = 3_600_000L;

    private final LocalDate startDate;
    private final long startMillis;
    private final int horizonDays;
    private final List<Window> windows;

    /** "2 May 2024": how a date is written wherever a person reads it. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Marker label text, for the width estimate below ({@link ChartStyle#ANNOTATION_FONT}, 16 px). */
    private static final double LABEL_PX_PER_CHAR = 9.5;
    private static final double LABEL_PADDING_PX = 24;
    /** The drawing width of a chart's plot area: the chart less its padding and the value axis. */
    private static final double PLOT_WIDTH_PX = ChartStyle.WIDTH_PX - 150;
    /** One row of labels: the 16 px font, its background and a gap. */
    static final double LABEL_ROW_PX = 24;

    /**
     * A disruption window in hours from the start, with a short label and the importers whose
     * systems it acts on ({@code importers} empty: every importer, as a closed sea lane does).
     */
    public record Window(String label, double startHours, double endHours, Set<String> importers) {
        public Window {
            importers = Set.copyOf(importers);
        }

        /** Whether the window belongs on a chart of {@code importer}'s grids, pools or stocks. */
        public boolean actsOn(String importer) {
            return importers.isEmpty() || importers.contains(importer);
        }
    }

    public Timeline(Scenario scenario) {
        this.startDate = scenario.start();
        this.startMillis = scenario.start().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        this.horizonDays = scenario.horizonDays();
        List<Window> list = new ArrayList<>();
        for (Disruption d : scenario.disruptions()) {
            DayWindow w = d.window(scenario.start());
            list.add(new Window(label(scenario, d), Units.daysToHours(w.startDay()),
                    Units.daysToHours(Math.min(w.endDay(), horizonDays)), importers(scenario, d)));
        }
        this.windows = List.copyOf(list);
    }

    /** "Strait of Hormuz closed", "Ras Laffan outage": what a briefer would write on the band. */
    static String label(Scenario scenario, Disruption d) {
        if (d instanceof Disruption.ChokepointClosure c) {
            return chokepointName(scenario, c.chokepoint()) + " closed";
        } else if (d instanceof Disruption.ChokepointRestriction r) {
            return chokepointName(scenario, r.chokepoint()) + " restricted";
        } else if (d instanceof Disruption.PlantOutage p) {
            return title(p.plant()) + " outage";
        } else if (d instanceof Disruption.TerminalOutage t) {
            return title(t.terminal()) + " outage";
        }
        return Character.toUpperCase(d.typeName().charAt(0)) + d.typeName().substring(1).replace('-', ' ');
    }

    /**
     * The importers whose systems a disruption acts on: a terminal's owner, a demand shock's grid,
     * gas demand or pool traced to its region's importer. Closures, plant outages and vessel delays
     * act on the shipping every importer shares: empty, meaning all.
     */
    static Set<String> importers(Scenario scenario, Disruption d) {
        if (d instanceof Disruption.TerminalOutage t) {
            return scenario.terminal(t.terminal()).map(x -> Set.of(x.importer())).orElse(Set.of());
        } else if (d instanceof Disruption.DemandShock s) {
            return importerOf(scenario, s.target()).map(Set::of).orElse(Set.of());
        }
        return Set.of();
    }

    /**
     * The importer of a grid, gas demand, gas pool or region, by id. Each kind is traced to its
     * region in one step, never by id again: a pool and its region share the id "india".
     */
    public static Optional<String> importerOf(Scenario scenario, String entity) {
        for (Grid g : scenario.grids()) {
            if (g.id().equals(entity)) {
                return g.fuel().region() != null ? regionImporter(scenario, g.fuel().region())
                        : poolImporter(scenario, g.fuel().gasPool());
            }
        }
        Optional<String> pool = poolImporter(scenario, entity);
        if (pool.isPresent()) {
            return pool;
        }
        for (GasDemand g : scenario.gasDemands()) {
            if (g.id().equals(entity)) {
                return regionImporter(scenario, g.region());
            }
        }
        return regionImporter(scenario, entity);
    }

    private static Optional<String> poolImporter(Scenario scenario, String pool) {
        return scenario.gasPools().stream().filter(p -> p.id().equals(pool)).findFirst()
                .flatMap(p -> regionImporter(scenario, p.region()));
    }

    private static Optional<String> regionImporter(Scenario scenario, String region) {
        return scenario.regions().stream().filter(r -> r.id().equals(region)).map(Region::importer).findFirst();
    }

    static String chokepointName(Scenario scenario, String id) {
        return scenario.chokepoint(id).map(c -> c.name()).filter(n -> n != null && !n.isBlank()).orElse(title(id));
    }

    /** "ras-laffan" as "Ras Laffan". */
    static String title(String id) {
        StringBuilder text = new StringBuilder();
        for (String word : id.split("-")) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return text.toString();
    }

    public List<Window> windows() {
        return windows;
    }

    public int horizonDays() {
        return horizonDays;
    }

    public double millisOfDay(double day) {
        return startMillis + Units.daysToHours(day) * MILLIS_PER_HOUR;
    }

    public double millisOfHours(double hours) {
        return startMillis + hours * MILLIS_PER_HOUR;
    }

    /** The calendar date of day {@code day} of the run (day 0 = the start date). */
    public LocalDate dateOfDay(int day) {
        return startDate.plusDays(day);
    }

    public LocalDate dateOfHours(double hours) {
        return LocalDate.ofEpochDay(Math.floorDiv((long) millisOfHours(hours), 86_400_000L));
    }

    /** A calendar axis over the horizon, ticks at month starts. */
    public DateAxis dateAxis(String label) {
        DateAxis axis = new DateAxis(label);
        axis.setTimeZone(TimeZone.getTimeZone("UTC"));
        axis.setRange(millisOfDay(0), millisOfDay(horizonDays));
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        if (horizonDays > 120) {
            axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, horizonDays > 800 ? 3 : 1,
                    new SimpleDateFormat("MMM yyyy", Locale.ENGLISH) {
                        {
                            setTimeZone(TimeZone.getTimeZone("UTC"));
                        }
                    }));
        }
        return axis;
    }

    /** Shades every disruption window on {@code plot}'s domain; labels only when {@code labelled}. */
    public void shadeDomain(XYPlot plot, boolean labelled) {
        shadeDomain(plot, labelled, Layer.BACKGROUND);
    }

    /**
     * As above on a chosen layer: stacked areas hide a background band, so they get a faint
     * foreground one instead.
     */
    public void shadeDomain(XYPlot plot, boolean labelled, Layer layer) {
        shadeDomain(plot, labelled, layer, w -> true);
    }

    /**
     * As above for the windows {@code shown} keeps: a panel of one importer shades only what acts
     * on it (a demand shock in Tokyo does not belong on India's gas chart).
     */
    public void shadeDomain(XYPlot plot, boolean labelled, Layer layer, Predicate<Window> shown) {
        List<Window> kept = windows.stream().filter(shown).toList();
        int[] rows = labelRows(kept);
        for (IntervalMarker marker : markers(kept, rows, labelled, RectangleAnchor.TOP_LEFT)) {
            plot.addDomainMarker(marker, layer);
        }
    }

    /** As {@link #shadeDomain}, for plots whose time runs along the range axis (labels at the bottom). */
    public void shadeRange(XYPlot plot, boolean labelled) {
        for (IntervalMarker marker : markers(windows, labelRows(windows), labelled, RectangleAnchor.BOTTOM_LEFT)) {
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
    }

    /**
     * The bands of {@code shown}: a window that overlaps no other is one shaded, labelled band; where
     * windows overlap (red-sea-closure shuts Suez and Bab-el-Mandeb together) their union is shaded once and
     * each label rides on a clear band of its own, since translucent fills stacked on each other turned
     * the whole plot dark grey.
     */
    private List<IntervalMarker> markers(List<Window> shown, int[] rows, boolean labelled, RectangleAnchor anchor) {
        List<double[]> intervals = shown.stream().map(w -> new double[] {w.startHours(), w.endHours()}).toList();
        List<IntervalMarker> markers = new ArrayList<>();
        for (double[] span : mergedSpans(intervals)) {
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).startHours() >= span[0] && shown.get(i).endHours() <= span[1]) {
                    inside.add(i);
                }
            }
            if (inside.size() == 1) {
                markers.add(band(shown.get(inside.get(0)), labelled, anchor, rows[inside.get(0)]));
                continue;
            }
            IntervalMarker union = new IntervalMarker(millisOfHours(span[0]), millisOfHours(span[1]));
            union.setPaint(ChartStyle.DISRUPTION_FILL);
            union.setOutlinePaint(null);
            markers.add(union);
            if (labelled) {
                for (int i : inside) {
                    IntervalMarker label = band(shown.get(i), true, anchor, rows[i]);
                    label.setPaint(CLEAR);
                    markers.add(label);
                }
            }
        }
        return markers;
    }

    private static final java.awt.Color CLEAR = new java.awt.Color(0, 0, 0, 0);

    /**
     * The union of intervals {start, end} as disjoint intervals in time order: sorted by start,
     * each joins the previous one when it starts before (or as) that one ends.
     */
    public static List<double[]> mergedSpans(List<double[]> intervals) {
        List<double[]> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingDouble((double[] a) -> a[0]).thenComparingDouble(a -> a[1]));
        List<double[]> merged = new ArrayList<>();
        for (double[] next : sorted) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && next[0] <= last[1]) {
                last[1] = Math.max(last[1], next[1]);
            } else {
                merged.add(new double[] {next[0], next[1]});
            }
        }
        return merged;
    }

    /**
     * A row for each window's label, so that no two labels share space: labels start at their
     * band's left edge and run right, so two windows that start close together (the Suez and
     * Bab-el-Mandeb closures start the same day) would print over each other ("Suez Canal
     * closedsed"). Each label takes the first row whose last label ends before it starts; the width
     * is estimated from the text length at the annotation font, with padding to spare.
     */
    int[] labelRows(List<Window> shown) {
        Integer[] order = new Integer[shown.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> shown.get(i).startHours())
                .thenComparingInt(i -> i));
        double hoursPerPx = Units.daysToHours(horizonDays) / PLOT_WIDTH_PX;
        List<Double> rowEnds = new ArrayList<>();
        int[] rows = new int[shown.size()];
        for (int i : order) {
            Window w = shown.get(i);
            double end = w.startHours() + (w.label().length() * LABEL_PX_PER_CHAR + LABEL_PADDING_PX) * hoursPerPx;
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > w.startHours()) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(end);
            } else {
                rowEnds.set(row, end);
            }
            rows[i] = row;
        }
        return rows;
    }

    private IntervalMarker band(Window w, boolean labelled, RectangleAnchor anchor, int row) {
        IntervalMarker marker = new IntervalMarker(millisOfHours(w.startHours()), millisOfHours(w.endHours()));
        marker.setPaint(ChartStyle.DISRUPTION_FILL);
        marker.setOutlinePaint(null);
        if (labelled) {
            marker.setLabel(w.label());
            marker.setLabelFont(ChartStyle.ANNOTATION_FONT);
            marker.setLabelPaint(ChartStyle.BLACK);
            marker.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
            marker.setLabelAnchor(anchor);
            marker.setLabelTextAnchor(anchor == RectangleAnchor.TOP_LEFT ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
            double rowOffset = 6 + row * LABEL_ROW_PX;
            marker.setLabelOffset(new RectangleInsets(rowOffset, 6, rowOffset, 6));
        }
        return marker;
    }
}
