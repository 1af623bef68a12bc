package org.lngsim.charts;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
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
import org.lngsim.scenario.Scenario;

/**
 * Simulated time on a calendar axis: day {@code d} of a run is the scenario's start date plus
 * {@code d} days (UTC, so no daylight-saving step), and the disruption windows as shaded bands.
 */
public final class Timeline {

    private static final long MILLIS_PER_HOUR = 3_600_000L;

    private final long startMillis;
    private final int horizonDays;
    private final List<Window> windows;

    /** A disruption window in hours from the start, with a short label. */
    public record Window(String label, double startHours, double endHours) {
    }

    public Timeline(Scenario scenario) {
        this.startMillis = scenario.start().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        this.horizonDays = scenario.horizonDays();
        List<Window> list = new ArrayList<>();
        for (Disruption d : scenario.disruptions()) {
            DayWindow w = d.window(scenario.start());
            list.add(new Window(label(scenario, d), Units.daysToHours(w.startDay()), Units.daysToHours(Math.min(w.endDay(), horizonDays))));
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
        for (Window w : windows) {
            plot.addDomainMarker(band(w, labelled, RectangleAnchor.TOP_LEFT), layer);
        }
    }

    /** As {@link #shadeDomain}, for plots whose time runs along the range axis (labels at the bottom). */
    public void shadeRange(XYPlot plot, boolean labelled) {
        for (Window w : windows) {
            plot.addRangeMarker(band(w, labelled, RectangleAnchor.BOTTOM_LEFT), Layer.BACKGROUND);
        }
    }

    private IntervalMarker band(Window w, boolean labelled, RectangleAnchor anchor) {
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
            marker.setLabelOffset(new RectangleInsets(6, 6, 6, 6));
        }
        return marker;
    }
}
