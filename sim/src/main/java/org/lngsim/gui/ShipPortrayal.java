package org.lngsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.Map;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * A ship: a dot in its destination country's colour (grey in ballast), larger when laden, ringed
 * red when held at a chokepoint, purple when redirected by the protocol, black when rerouted.
 */
final class ShipPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    private static final double LADEN_PX = 7;
    private static final double BALLAST_PX = 4;

    private final transient Map<String, Color> countries;

    ShipPortrayal(Map<String, Color> countries) {
        this.countries = Map.copyOf(countries);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        ShipMarker ship = (ShipMarker) object;
        double size = ship.laden() ? LADEN_PX : BALLAST_PX;
        Color fill = ship.importerId() == null ? Palette.BALLAST
                : countries.getOrDefault(ship.importerId(), Palette.BALLAST);
        graphics.setColor(fill);
        graphics.fill(new Ellipse2D.Double(info.draw.x - size / 2, info.draw.y - size / 2, size, size));
        Color ring = switch (ship.mark()) {
            case HELD -> Palette.HELD;
            case REDIRECTED -> Palette.REDIRECTED;
            case REROUTED -> Palette.REROUTED;
            case NONE -> null;
        };
        if (ring != null) {
            double r = size + 5;
            graphics.setStroke(new BasicStroke(2f));
            graphics.setColor(ring);
            graphics.draw(new Ellipse2D.Double(info.draw.x - r / 2, info.draw.y - r / 2, r, r));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double r = LADEN_PX;
        return range.clip.intersects(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r);
    }

    @Override
    public String getName(sim.portrayal.LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
