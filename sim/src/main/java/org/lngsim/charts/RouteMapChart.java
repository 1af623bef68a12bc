package org.lngsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lngsim.geo.GeoPoint;
import org.lngsim.geo.MarnetResolution;
import org.lngsim.geo.SeaLaneNetwork;
import org.lngsim.scenario.Chokepoint;
import org.lngsim.scenario.Disruption;
import org.lngsim.scenario.Importer;
import org.lngsim.scenario.Plant;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.Terminal;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.runfolder.read.SailedRoute;
import org.lngsim.runfolder.read.CargoRow;

/**
 * Chart 6: the MARNET sea lanes (light grey), the routes the run's cargoes sailed (coloured by
 * importer, wider for more cargoes), plants, terminals and chokepoints (closed ones vermillion)
 * on a plain longitude/latitude projection of the Indian Ocean and western Pacific.
 *
 * <p>Longitudes west of {@value #WRAP_WEST_OF_DEG}° are shifted by 360° so that trans-Pacific
 * routes (US Gulf via Panama) enter from the right instead of wrapping to the far left.
 */
public final class RouteMapChart {

    public static final String FILE = "route-map";

    static final double LON_MIN = 25;
    static final double LON_MAX = 195;
    static final double LAT_MIN = -42;
    static final double LAT_MAX = 52;
    static final double WRAP_WEST_OF_DEG = -25;

    /** The 50 km network is detailed enough at this scale and keeps SVG and PDF files small. */
    static final MarnetResolution BACKGROUND_RESOLUTION = MarnetResolution.KM_50;

    /** Rough width of one label character in degrees of longitude at 1600 px, for avoiding overlaps. */
    private static final double CHAR_DEG = 0.95;

    private static final Color LANE = new Color(0xC8C8C8);
    private static final Color LAND = new Color(0xECE8DC);
    private static final Color LAND_EDGE = new Color(0xC9C2B0);
    private static final Color CHOKEPOINT_OPEN = new Color(0x555555);

    private RouteMapChart() {
    }

    /** A route drawn on the map: one per distinct path the cargoes sailed. */
    record DrawnRoute(String importer, List<GeoPoint> path, int cargoes) {
    }

    public static JFreeChart build(RunFolder run) {
        Scenario scenario = run.scenario();
        XYPlot plot = new XYPlot(ports(scenario), axis("Longitude", true), axis("Latitude", false), portRenderer());
        plot.getDomainAxis().setRange(LON_MIN, LON_MAX);
        plot.getRangeAxis().setRange(LAT_MIN, LAT_MAX);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        // Land, lanes and routes go beneath the ports' markers (the renderer's background layer);
        // chokepoints and labels stay on top.
        XYItemRenderer beneath = plot.getRenderer();
        beneath.addAnnotation(new XYShapeAnnotation(Land.outlines(), new BasicStroke(0.8f), LAND_EDGE, LAND),
                Layer.BACKGROUND);
        beneath.addAnnotation(new XYShapeAnnotation(lanes(SeaLaneNetwork.shared(BACKGROUND_RESOLUTION)),
                new BasicStroke(1f), LANE), Layer.BACKGROUND);
        List<DrawnRoute> routes = routes(run);
        int maxCargoes = routes.stream().mapToInt(DrawnRoute::cargoes).max().orElse(1);
        List<String> importers = scenario.importers().stream().map(Importer::id).toList();
        for (DrawnRoute route : routes) {
            Color colour = ChartStyle.series(importers.indexOf(route.importer()));
            float width = (float) (1.5 + 4.5 * Math.sqrt(route.cargoes() / (double) maxCargoes));
            beneath.addAnnotation(new XYShapeAnnotation(polyline(route.path()),
                    new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), alpha(colour, 170)),
                    Layer.BACKGROUND);
        }
        List<Rectangle2D> taken = new ArrayList<>();
        Set<String> closed = closedChokepoints(scenario);
        Set<String> restricted = restrictedChokepoints(scenario);
        for (Chokepoint c : scenario.chokepoints()) {
            Color colour = closed.contains(c.id()) ? ChartStyle.VERMILLION
                    : restricted.contains(c.id()) ? ChartStyle.ORANGE : CHOKEPOINT_OPEN;
            Shape area = area(c);
            plot.addAnnotation(new XYShapeAnnotation(area, new BasicStroke(2.5f), colour, alpha(colour, 70)));
            String text = c.name() + (closed.contains(c.id()) ? " (closed)" : "");
            XYTextAnnotation label = new XYTextAnnotation(text, area.getBounds2D().getMaxX() + 0.8,
                    area.getBounds2D().getCenterY());
            taken.add(new Rectangle2D.Double(label.getX(), label.getY() - 1.2, text.length() * CHAR_DEG,
                    2.4));
            label.setFont(new Font(ChartStyle.FONT, closed.contains(c.id()) ? Font.BOLD : Font.PLAIN, 15));
            label.setPaint(colour.equals(CHOKEPOINT_OPEN) ? ChartStyle.BLACK : colour);
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(label);
        }
        placeNames(plot, scenario, taken);
        plot.setFixedLegendItems(legend(run, closed, restricted));
        JFreeChart chart = new JFreeChart("Sea lanes, routes sailed and chokepoints", null, plot, true);
        return ChartStyle.apply(chart, "Grey: MARNET sea lanes. Coloured: routes the run's cargoes sailed (wider ="
                + " more cargoes; reroutes and redirections drawn where they happened). Land: Natural Earth 1:50m."
                + " Plain longitude/latitude projection.");
    }

    /**
     * The routes the run's cargoes sailed, as {@code routes.csv} recorded them from the voyage
     * events, grouped by path. Cargoes already at sea when the run began are left out: the map
     * shows the voyages made in the run.
     */
    static List<DrawnRoute> routes(RunFolder run) {
        Map<String, CargoRow> cargoes = new HashMap<>();
        run.cargoes().forEach(c -> cargoes.put(c.cargo(), c));
        Map<List<GeoPoint>, int[]> counts = new LinkedHashMap<>();
        Map<List<GeoPoint>, String> importers = new LinkedHashMap<>();
        for (SailedRoute route : run.routes()) {
            CargoRow cargo = cargoes.get(route.cargo());
            if (cargo == null || Double.isNaN(cargo.departedHours()) || route.waypoints().size() < 2) {
                continue;
            }
            counts.computeIfAbsent(route.waypoints(), k -> new int[1])[0]++;
            importers.putIfAbsent(route.waypoints(), cargo.importer());
        }
        List<DrawnRoute> routes = new ArrayList<>();
        counts.forEach((path, count) -> routes.add(new DrawnRoute(importers.get(path), path, count[0])));
        return routes;
    }

    static double unwrap(double lonDeg) {
        return lonDeg < WRAP_WEST_OF_DEG ? lonDeg + 360.0 : lonDeg;
    }

    /** Every lane segment near the map, as one path (one SVG element, not tens of thousands). */
    public static Path2D lanes(SeaLaneNetwork network) {
        Path2D path = new Path2D.Double();
        for (int e = 0; e < network.edgeCount(); e++) {
            int a = network.edgeFromNode(e);
            int b = network.edgeToNode(e);
            double x1 = unwrap(network.nodeLonDeg(a));
            double x2 = unwrap(network.nodeLonDeg(b));
            double y1 = network.nodeLatDeg(a);
            double y2 = network.nodeLatDeg(b);
            if (Math.abs(x1 - x2) > 180 || !(near(x1, y1) || near(x2, y2))) {
                continue;
            }
            path.moveTo(x1, y1);
            path.lineTo(x2, y2);
        }
        return path;
    }

    private static boolean near(double lon, double lat) {
        return lon >= LON_MIN - 5 && lon <= LON_MAX + 5 && lat >= LAT_MIN - 5 && lat <= LAT_MAX + 5;
    }

    static Path2D polyline(List<GeoPoint> points) {
        Path2D path = new Path2D.Double();
        double lastX = Double.NaN;
        for (GeoPoint p : points) {
            double x = unwrap(p.lonDeg());
            if (Double.isNaN(lastX) || Math.abs(x - lastX) > 180) {
                path.moveTo(x, p.latDeg());
            } else {
                path.lineTo(x, p.latDeg());
            }
            lastX = x;
        }
        return path;
    }

    private static Shape area(Chokepoint c) {
        Path2D path = new Path2D.Double();
        if (c.area().box() != null) {
            var box = c.area().box();
            path.moveTo(unwrap(box.minLon()), box.minLat());
            path.lineTo(unwrap(box.maxLon()), box.minLat());
            path.lineTo(unwrap(box.maxLon()), box.maxLat());
            path.lineTo(unwrap(box.minLon()), box.maxLat());
        } else {
            boolean first = true;
            for (List<Double> lonLat : c.area().polygon()) {
                if (first) {
                    path.moveTo(unwrap(lonLat.get(0)), lonLat.get(1));
                    first = false;
                } else {
                    path.lineTo(unwrap(lonLat.get(0)), lonLat.get(1));
                }
            }
        }
        path.closePath();
        return path;
    }

    static Set<String> closedChokepoints(Scenario scenario) {
        Set<String> ids = new HashSet<>();
        scenario.disruptions().forEach(d -> {
            if (d instanceof Disruption.ChokepointClosure c) {
                ids.add(c.chokepoint());
            }
        });
        return ids;
    }

    private static Set<String> restrictedChokepoints(Scenario scenario) {
        Set<String> ids = new HashSet<>();
        scenario.disruptions().forEach(d -> {
            if (d instanceof Disruption.ChokepointRestriction r) {
                ids.add(r.chokepoint());
            }
        });
        return ids;
    }

    /** Plants (series 0) and terminals (one series per importer), unwrapped like everything else. */
    private static XYSeriesCollection ports(Scenario scenario) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries plants = new XYSeries("Liquefaction plants", false, true);
        for (Plant p : scenario.plants()) {
            plants.add(unwrap(p.location().lon()), p.location().lat());
        }
        data.addSeries(plants);
        for (Importer importer : scenario.importers()) {
            XYSeries terminals = new XYSeries(importer.name() + " terminals", false, true);
            for (Terminal t : scenario.terminals()) {
                if (t.importer().equals(importer.id())) {
                    terminals.add(unwrap(t.location().lon()), t.location().lat());
                }
            }
            data.addSeries(terminals);
        }
        return data;
    }

    private static XYLineAndShapeRenderer portRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, triangle());
        renderer.setSeriesPaint(0, ChartStyle.BLACK);
        for (int i = 1; i < 8; i++) {
            renderer.setSeriesShape(i, new Ellipse2D.Double(-6, -6, 12, 12));
            renderer.setSeriesPaint(i, ChartStyle.series(i - 1));
            renderer.setSeriesOutlinePaint(i, ChartStyle.BLACK);
        }
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        return renderer;
    }

    private static Shape triangle() {
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(0, -8);
        triangle.lineTo(7, 5);
        triangle.lineTo(-7, 5);
        triangle.closePath();
        return triangle;
    }

    /**
     * A briefer reads the map by its places: name each supplying country and each importer at the
     * centre of its plants or terminals.
     */
    private static void placeNames(XYPlot plot, Scenario scenario, List<Rectangle2D> taken) {
        Map<String, double[]> centres = new LinkedHashMap<>();
        for (Plant p : scenario.plants()) {
            add(centres, p.country() == null ? Timeline.title(p.id()) : p.country(), p.location().lon(),
                    p.location().lat());
        }
        for (Importer importer : scenario.importers()) {
            for (Terminal t : scenario.terminals()) {
                if (t.importer().equals(importer.id())) {
                    add(centres, importer.name().toUpperCase(Locale.ROOT), t.location().lon(),
                            t.location().lat());
                }
            }
        }
        for (var e : centres.entrySet()) {
            double lon = unwrap(e.getValue()[0] / e.getValue()[2]);
            double lat = e.getValue()[1] / e.getValue()[2];
            if (lon < LON_MIN || lon > LON_MAX || lat < LAT_MIN || lat > LAT_MAX) {
                continue;
            }
            boolean importer = e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT));
            // Importers first in importance, but placed after countries: skip any name that would overlap one drawn.
            var box = new Rectangle2D.Double(lon - e.getKey().length() * CHAR_DEG / 2, lat - 4.2,
                    e.getKey().length() * CHAR_DEG, 2.6);
            if (!importer && taken.stream().anyMatch(box::intersects)) {
                continue;
            }
            taken.add(box);
            XYTextAnnotation label = new XYTextAnnotation(e.getKey(), lon, lat - 1.6);
            label.setFont(new Font(ChartStyle.FONT, importer ? Font.BOLD : Font.ITALIC, importer ? 18 : 14));
            label.setPaint(importer ? ChartStyle.BLACK : new Color(0x333333));
            label.setBackgroundPaint(ChartStyle.LABEL_BACKGROUND);
            label.setTextAnchor(TextAnchor.TOP_CENTER);
            plot.addAnnotation(label);
        }
    }

    private static void add(Map<String, double[]> centres, String name, double lon, double lat) {
        double[] sum = centres.computeIfAbsent(name, k -> new double[3]);
        sum[0] += lon;
        sum[1] += lat;
        sum[2]++;
    }

    private static LegendItemCollection legend(RunFolder run, Set<String> closed, Set<String> restricted) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(lineItem("Sea lanes (MARNET)", LANE, 3f));
        List<Importer> importers = run.scenario().importers();
        for (int i = 0; i < importers.size(); i++) {
            items.add(lineItem("Routes to " + importers.get(i).name(), ChartStyle.series(i), 5f));
        }
        items.add(new LegendItem("Liquefaction plants", null, null, null, triangle(), ChartStyle.BLACK));
        for (int i = 0; i < importers.size(); i++) {
            items.add(new LegendItem(importers.get(i).name() + " terminals", null, null, null,
                    new Ellipse2D.Double(-6, -6, 12, 12), ChartStyle.series(i)));
        }
        items.add(boxItem("Chokepoint", CHOKEPOINT_OPEN));
        if (!closed.isEmpty()) {
            items.add(boxItem("Closed during the run", ChartStyle.VERMILLION));
        }
        if (!restricted.isEmpty()) {
            items.add(boxItem("Restricted during the run", ChartStyle.ORANGE));
        }
        for (LegendItem item : iterable(items)) {
            item.setLabelFont(ChartStyle.LEGEND_FONT);
        }
        return items;
    }

    private static Iterable<LegendItem> iterable(LegendItemCollection items) {
        List<LegendItem> list = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            list.add(items.get(i));
        }
        return list;
    }

    private static LegendItem lineItem(String label, Color colour, float width) {
        return new LegendItem(label, null, null, null, false, new Rectangle(0, 0, 1, 1), false, colour, false,
                colour, new BasicStroke(1f), true, new Line2D.Double(-12, 0, 12, 0),
                new BasicStroke(width), colour);
    }

    private static LegendItem boxItem(String label, Color colour) {
        return new LegendItem(label, null, null, null, new Rectangle(-8, -6, 16, 12), alpha(colour, 70),
                new BasicStroke(2f), colour);
    }

    private static Color alpha(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    private static NumberAxis axis(String label, boolean longitude) {
        NumberAxis axis = new NumberAxis(label);
        axis.setTickUnit(new NumberTickUnit(longitude ? 20 : 15, new DegreeFormat(longitude)));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** 120°E, 170°W, 15°S: the way a map labels its edges. */
    private static final class DegreeFormat extends NumberFormat {

        private static final long serialVersionUID = 1L;
        private final boolean longitude;

        DegreeFormat(boolean longitude) {
            this.longitude = longitude;
        }

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            double value = longitude && number > 180 ? number - 360 : number;
            String hemisphere = longitude ? (value < 0 ? "W" : "E") : (value < 0 ? "S" : "N");
            long whole = Math.round(Math.abs(value));
            return out.append(whole).append('°').append(whole == 0 || whole == 180 ? "" : hemisphere);
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return format((double) number, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("labels only");
        }
    }
}
