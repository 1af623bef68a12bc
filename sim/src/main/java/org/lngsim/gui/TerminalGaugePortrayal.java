package org.lngsim.gui;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * A terminal: a small square at its place and, above it, a gauge of its days of cover — red below
 * the protocol's trigger (its party asks for cargoes), amber below the donor floor (it can release
 * none), green above both — with a red tick at the trigger and a black one at the floor.
 */
final class TerminalGaugePortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    private static final double WIDTH_PX = 7;
    private static final double HEIGHT_PX = 30;
    private static final double SQUARE_PX = 6;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        TerminalMarker terminal = (TerminalMarker) object;
        CoverGauge gauge = terminal.gauge();
        double cover = terminal.coverDays();
        double x = info.draw.x;
        double y = info.draw.y;
        graphics.setColor(Palette.TEXT);
        graphics.fill(new Rectangle2D.Double(x - SQUARE_PX / 2, y - SQUARE_PX / 2, SQUARE_PX, SQUARE_PX));
        double left = x - WIDTH_PX / 2;
        double top = y - SQUARE_PX - HEIGHT_PX;
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fill(new Rectangle2D.Double(left, top, WIDTH_PX, HEIGHT_PX));
        double filled = HEIGHT_PX * gauge.fill(cover);
        graphics.setColor(Palette.band(gauge.band(cover)));
        graphics.fill(new Rectangle2D.Double(left, top + HEIGHT_PX - filled, WIDTH_PX, filled));
        graphics.setStroke(new BasicStroke(1f));
        graphics.setColor(Palette.TEXT);
        graphics.draw(new Rectangle2D.Double(left, top, WIDTH_PX, HEIGHT_PX));
        if (gauge.triggerDays() > 0) {
            tick(graphics, left, top + HEIGHT_PX * (1 - gauge.level(gauge.triggerDays())), Palette.CLOSED);
            tick(graphics, left, top + HEIGHT_PX * (1 - gauge.level(gauge.floorDays())), Palette.TEXT);
        }
        if (!Double.isNaN(cover)) {
            graphics.setFont(LABEL);
            graphics.setColor(Palette.TEXT);
            graphics.drawString(String.format(Locale.ROOT, "%.0f d", cover), (float) (left + WIDTH_PX + 2),
                    (float) (top + 9));
        }
    }

    private static void tick(Graphics2D graphics, double left, double y, java.awt.Color colour) {
        graphics.setColor(colour);
        graphics.setStroke(new BasicStroke(2f));
        graphics.draw(new Line2D.Double(left - 3, y, left + WIDTH_PX + 3, y));
        graphics.setStroke(new BasicStroke(1f));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return range.clip.intersects(range.draw.x - WIDTH_PX, range.draw.y - SQUARE_PX - HEIGHT_PX, 2 * WIDTH_PX,
                HEIGHT_PX + 2 * SQUARE_PX);
    }

    @Override
    public String getName(sim.portrayal.LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
