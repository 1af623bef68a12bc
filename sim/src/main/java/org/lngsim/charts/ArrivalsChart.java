package org.lngsim.charts;

import java.awt.BasicStroke;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lngsim.model.Units;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.runfolder.read.CargoRow;

/**
 * Chart 3: LNG delivered per importer per calendar month (Mt), stacked by the origin plant's
 * country, so the hole a closure leaves shows as a missing band. Months touched by a disruption
 * are shaded. The largest origins get their own colour; the rest are grouped as "Other".
 */
public final class ArrivalsChart {

    public static final String FILE = "arrivals";

    /** Okabe–Ito has seven colours besides black; an eighth band is grey "Other". */
    static final int MAX_ORIGINS = 7;
    static final String OTHER = "Other";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private ArrivalsChart() {
    }

    /** Delivered Mt by importer, then origin group, then month label; every cell present (0 when none). */
    static Map<String, Map<String, Map<String, Double>>> deliveredMt(RunFolder run) {
        Timeline timeline = new Timeline(run.scenario());
        List<String> months = months(run, timeline);
        List<String> origins = originGroups(run);
        Map<String, String> countries = run.plantCountries();
        Map<String, Map<String, Map<String, Double>>> result = new LinkedHashMap<>();
        for (var importer : run.scenario().importers()) {
            Map<String, Map<String, Double>> byOrigin = new LinkedHashMap<>();
            for (String origin : origins) {
                Map<String, Double> byMonth = new LinkedHashMap<>();
                months.forEach(m -> byMonth.put(m, 0.0));
                byOrigin.put(origin, byMonth);
            }
            result.put(importer.id(), byOrigin);
        }
        for (CargoRow cargo : run.cargoes()) {
            if (!cargo.delivered() || !result.containsKey(cargo.importer())) {
                continue;
            }
            String origin = group(countries.getOrDefault(cargo.origin(), cargo.origin()), origins);
            String month = MONTH.format(timeline.dateOfHours(cargo.unloadedHours()));
            result.get(cargo.importer()).get(origin).merge(month, cargo.deliveredT() / Units.T_PER_MT, Double::sum);
        }
        return result;
    }

    public static JFreeChart build(RunFolder run) {
        Timeline timeline = new Timeline(run.scenario());
        Map<String, Map<String, Map<String, Double>>> delivered = deliveredMt(run);
        List<String> origins = originGroups(run);
        CategoryAxis monthAxis = new CategoryAxis(null);
        monthAxis.setCategoryMargin(0.15);
        if (months(run, timeline).size() > 18) {
            monthAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(monthAxis);
        plot.setGap(18);
        boolean first = true;
        for (var importer : delivered.entrySet()) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            importer.getValue().forEach((origin, byMonth) -> byMonth.forEach((month, mt) -> data.addValue(mt, origin,
                    month)));
            StackedBarRenderer renderer = new StackedBarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(false);
            for (int i = 0; i < origins.size(); i++) {
                renderer.setSeriesPaint(i, origins.get(i).equals(OTHER) ? ChartStyle.GREY : ChartStyle.series(i));
                // One legend for both panels: the colours are the same.
                renderer.setSeriesVisibleInLegend(i, first);
            }
            NumberAxis axis = new NumberAxis(run.importerName(importer.getKey()) + " (Mt/month)");
            axis.setAutoRangeMinimumSize(0.1);
            CategoryPlot panel = new CategoryPlot(data, null, axis, renderer);
            shadeDisruptedMonths(panel, timeline, run);
            plot.add(panel, 1);
            first = false;
        }
        List<PartialMonth> partial = partialMonths(run.scenario().start(), timeline.horizonDays());
        // Partial months are marked, not scaled up: scaling would draw deliveries that never happened.
        partial.forEach(m -> monthAxis.setTickLabelPaint(m.label(), ChartStyle.GREY));
        JFreeChart chart = new JFreeChart("LNG delivered per month, by country of origin", null, plot, true);
        return ChartStyle.apply(chart, "Cargoes counted in the month they were unloaded. Shaded months: a disruption"
                + " was in force." + partial.stream().map(m -> " " + m.label() + " (grey) holds only " + m.days() + " of "
                + m.ofDays() + " days.").reduce("", String::concat));
    }

    private static void shadeDisruptedMonths(CategoryPlot panel, Timeline timeline, RunFolder run) {
        // Each month once: overlapping windows (red-sea-closure shuts Suez and Bab-el-Mandeb together) stacked
        // their translucent fill into dark grey.
        java.util.SortedSet<YearMonth> months = new java.util.TreeSet<>();
        for (Timeline.Window w : timeline.windows()) {
            YearMonth from = YearMonth.from(timeline.dateOfHours(w.startHours()));
            YearMonth to = YearMonth.from(timeline.dateOfHours(Math.max(w.startHours(), w.endHours() - 1)));
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        for (YearMonth m : months) {
            CategoryMarker marker = new CategoryMarker(MONTH.format(m.atDay(1)), ChartStyle.DISRUPTION_FILL,
                    new BasicStroke(1f));
            marker.setDrawAsLine(false);
            marker.setOutlinePaint(null);
            panel.addDomainMarker(marker, Layer.BACKGROUND);
        }
    }

    /** A month the run covers only in part: its axis label, the days run and the days it has. */
    record PartialMonth(String label, int days, int ofDays) {
    }

    /** The first and last months when the run starts after the 1st or ends before the month's end. */
    static List<PartialMonth> partialMonths(LocalDate start, int horizonDays) {
        LocalDate last = start.plusDays(Math.max(0, horizonDays - 1));
        List<PartialMonth> partial = new ArrayList<>();
        YearMonth first = YearMonth.from(start);
        YearMonth end = YearMonth.from(last);
        if (first.equals(end)) {
            int days = last.getDayOfMonth() - start.getDayOfMonth() + 1;
            if (days < first.lengthOfMonth()) {
                partial.add(new PartialMonth(MONTH.format(start), days, first.lengthOfMonth()));
            }
            return partial;
        }
        if (start.getDayOfMonth() > 1) {
            partial.add(new PartialMonth(MONTH.format(start), first.lengthOfMonth() - start.getDayOfMonth() + 1,
                    first.lengthOfMonth()));
        }
        if (last.getDayOfMonth() < end.lengthOfMonth()) {
            partial.add(new PartialMonth(MONTH.format(last), last.getDayOfMonth(), end.lengthOfMonth()));
        }
        return partial;
    }

    /** Calendar months of the horizon, as axis labels. */
    static List<String> months(RunFolder run, Timeline timeline) {
        LocalDate start = run.scenario().start();
        YearMonth last = YearMonth.from(start.plusDays(Math.max(0, timeline.horizonDays() - 1)));
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(MONTH.format(m.atDay(1)));
        }
        return months;
    }

    /** Origin countries by delivered volume, largest first; beyond the palette they become "Other". */
    static List<String> originGroups(RunFolder run) {
        Map<String, String> countries = run.plantCountries();
        Map<String, Double> total = new HashMap<>();
        for (CargoRow cargo : run.cargoes()) {
            if (cargo.delivered()) {
                total.merge(countries.getOrDefault(cargo.origin(), cargo.origin()), cargo.deliveredT(), Double::sum);
            }
        }
        List<String> sorted = total.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        if (sorted.size() <= MAX_ORIGINS) {
            return sorted;
        }
        List<String> groups = new ArrayList<>(sorted.subList(0, MAX_ORIGINS));
        groups.add(OTHER);
        return groups;
    }

    private static String group(String country, List<String> groups) {
        return groups.contains(country) ? country : OTHER;
    }
}
