package org.lngsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lngsim.agents.LiveView;
import org.lngsim.scenario.Box;
import org.lngsim.scenario.Chokepoint;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;

/**
 * The map beneath the ships: land (Natural Earth, as the route map's), the MARNET sea lanes, the
 * chokepoints' areas (red while closed, amber while restricted), the date and the legend. Land and
 * lanes do not change, so they are drawn once per display size into an image; the chokepoints'
 * gates and the date are read from the latest copies each paint.
 */
final class BaseMapPortrayal extends FieldPortrayal2D {

    private static final Font DATE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final Path2D land;
    private final Path2D lanes;
    private final Map<String, Shape> chokepoints = new LinkedHashMap<>();
    private final Map<String, Color> countries;
    private final Supplier<MapState> state;
    private BufferedImage background;
    private Rectangle2D.Double backgroundFor;

    BaseMapPortrayal(Path2D landLonLat, Path2D lanesLonLat, List<Chokepoint> chokepointSpecs,
            Map<String, Color> countries, Supplier<MapState> state) {
        AffineTransform toField = toField();
        this.land = new Path2D.Double(landLonLat, toField);
        this.lanes = new Path2D.Double(lanesLonLat, toField);
        chokepointSpecs.forEach(c -> chokepoints.put(c.id(), toField.createTransformedShape(area(c))));
        this.countries = Map.copyOf(countries);
        this.state = state;
    }

    /** Longitude/latitude (Americas already east of 180°) to field degrees: x east, y south. */
    static AffineTransform toField() {
        return new AffineTransform(1, 0, 0, -1, -MapProjection.LON_MIN_DEG, MapProjection.LAT_MAX_DEG);
    }

    private static Shape area(Chokepoint chokepoint) {
        Box box = chokepoint.area().box();
        if (box != null) {
            double minLon = MapProjection.unwrapDeg(box.minLon());
            return new Rectangle2D.Double(minLon, box.minLat(), MapProjection.unwrapDeg(box.maxLon()) - minLon,
                    box.maxLat() - box.minLat());
        }
        Path2D ring = new Path2D.Double();
        boolean first = true;
        for (List<Double> point : chokepoint.area().polygon()) {
            double lon = MapProjection.unwrapDeg(point.get(0));
            if (first) {
                ring.moveTo(lon, point.get(1));
                first = false;
            } else {
                ring.lineTo(lon, point.get(1));
            }
        }
        ring.closePath();
        return ring;
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        AffineTransform fieldToPixels = new AffineTransform(info.draw.width / MapProjection.widthDeg(), 0, 0,
                info.draw.height / MapProjection.heightDeg(), info.draw.x, info.draw.y);
        graphics.drawImage(background(info.draw), (int) Math.round(info.draw.x), (int) Math.round(info.draw.y), null);
        MapState now = state.get();
        if (now == null) {
            return;
        }
        drawChokepoints(graphics, fieldToPixels, now.chokepoints());
        Rectangle2D visible = info.clip.createIntersection(info.draw);
        graphics.setFont(DATE);
        graphics.setColor(Palette.TEXT);
        graphics.drawString(now.dateText(), (float) visible.getX() + 12, (float) visible.getY() + 24);
        drawLegend(graphics, visible);
    }

    private BufferedImage background(Rectangle2D.Double draw) {
        Rectangle2D.Double size = new Rectangle2D.Double(0, 0, draw.width, draw.height);
        if (background == null || !size.equals(backgroundFor)) {
            int w = Math.max(1, (int) Math.ceil(draw.width));
            int h = Math.max(1, (int) Math.ceil(draw.height));
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            AffineTransform scale = AffineTransform.getScaleInstance(draw.width / MapProjection.widthDeg(),
                    draw.height / MapProjection.heightDeg());
            g.setColor(Palette.SEA);
            g.fillRect(0, 0, w, h);
            Shape landPx = scale.createTransformedShape(land);
            g.setColor(Palette.LAND);
            g.fill(landPx);
            g.setColor(Palette.LAND_EDGE);
            g.setStroke(new BasicStroke(0.7f));
            g.draw(landPx);
            g.setColor(Palette.LANE);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(scale.createTransformedShape(lanes));
            g.dispose();
            background = image;
            backgroundFor = size;
        }
        return background;
    }

    private void drawChokepoints(Graphics2D graphics, AffineTransform fieldToPixels,
            List<LiveView.ChokepointState> gates) {
        for (LiveView.ChokepointState gate : gates) {
            Shape area = chokepoints.get(gate.id());
            if (area == null) {
                continue;
            }
            Shape px = fieldToPixels.createTransformedShape(area);
            Color colour = gate.closed() ? Palette.CLOSED : gate.restricted() ? Palette.RESTRICTED : Palette.OPEN;
            if (gate.closed() || gate.restricted()) {
                graphics.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
                graphics.fill(px);
            }
            graphics.setColor(colour);
            graphics.setStroke(new BasicStroke(gate.closed() || gate.restricted() ? 2.5f : 1f));
            graphics.draw(px);
            // The areas are a few pixels across at this scale: a ring and the name make them visible.
            Rectangle2D bounds = px.getBounds2D();
            double r = gate.closed() || gate.restricted() ? 11 : 7;
            graphics.draw(new Ellipse2D.Double(bounds.getCenterX() - r, bounds.getCenterY() - r, 2 * r, 2 * r));
            graphics.setFont(SMALL);
            graphics.drawString(gate.id(), (float) (bounds.getCenterX() + r + 2), (float) (bounds.getCenterY() + 4));
        }
    }

    private void drawLegend(Graphics2D graphics, Rectangle2D visible) {
        graphics.setFont(SMALL);
        double x = visible.getX() + 12;
        double y = visible.getMaxY() - 14;
        for (Map.Entry<String, Color> country : countries.entrySet()) {
            x = legendItem(graphics, x, y, country.getValue(), null, "laden for " + country.getKey());
        }
        x = legendItem(graphics, x, y, Palette.BALLAST, null, "ballast");
        x = legendItem(graphics, x, y, Palette.BALLAST, Palette.HELD, "held");
        x = legendItem(graphics, x, y, Palette.BALLAST, Palette.REDIRECTED, "redirected");
        x = legendItem(graphics, x, y, Palette.BALLAST, Palette.REROUTED, "rerouted");
        graphics.setColor(Palette.TEXT);
        graphics.drawString("chokepoints: red closed, amber restricted; gauges: days of cover, red below the "
                + "trigger (red tick), amber below the donor floor (black tick)", (float) x + 8, (float) y + 4);
    }

    private static double legendItem(Graphics2D graphics, double x, double y, Color fill, Color ring, String text) {
        graphics.setColor(fill);
        graphics.fill(new Ellipse2D.Double(x, y - 3, 7, 7));
        if (ring != null) {
            graphics.setColor(ring);
            graphics.setStroke(new BasicStroke(2f));
            graphics.draw(new Ellipse2D.Double(x - 3, y - 6, 13, 13));
        }
        graphics.setColor(Palette.TEXT);
        graphics.drawString(text, (float) x + 12, (float) y + 4);
        return x + 18 + graphics.getFontMetrics().stringWidth(text) + 10;
    }
}
