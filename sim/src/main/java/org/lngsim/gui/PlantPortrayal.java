package org.lngsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/** A liquefaction plant: a green triangle, hollow while the plant loads nothing (force majeure). */
final class PlantPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    private static final double SIZE_PX = 10;

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        PlantMarker plant = (PlantMarker) object;
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(info.draw.x, info.draw.y - SIZE_PX / 2);
        triangle.lineTo(info.draw.x + SIZE_PX / 2, info.draw.y + SIZE_PX / 2);
        triangle.lineTo(info.draw.x - SIZE_PX / 2, info.draw.y + SIZE_PX / 2);
        triangle.closePath();
        graphics.setColor(Palette.PLANT);
        if (plant.getLoadingPctOfCapacity() > 0) {
            graphics.fill(triangle);
        } else {
            graphics.draw(triangle);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return range.clip.intersects(range.draw.x - SIZE_PX, range.draw.y - SIZE_PX, 2 * SIZE_PX, 2 * SIZE_PX);
    }

    @Override
    public String getName(sim.portrayal.LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
