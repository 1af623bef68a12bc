package org.lngsim.charts;

import java.awt.geom.Path2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Land outlines for the route map: Natural Earth 1:50m land (public domain), the rings that reach
 * the map, shipped as {@code land-50m.txt} (made by {@code sim/tools/land-from-world-atlas.py}).
 * Read once; one path holds every ring, so an SVG gets one element for all the land.
 */
public final class Land {

    static final String RESOURCE = "land-50m.txt";
    private static Path2D outlines;

    private Land() {
    }

    /** Every ring as a closed sub-path, longitudes east of 180 for the Americas (as the map's). */
    public static synchronized Path2D outlines() {
        if (outlines == null) {
            outlines = read();
        }
        return (Path2D) outlines.clone();
    }

    private static Path2D read() {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        try (InputStream in = Land.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    addRing(path, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    private static void addRing(Path2D path, String line) {
        boolean first = true;
        for (String pair : line.trim().split(" ")) {
            int comma = pair.indexOf(',');
            double lon = Double.parseDouble(pair.substring(0, comma));
            double lat = Double.parseDouble(pair.substring(comma + 1));
            if (first) {
                path.moveTo(lon, lat);
                first = false;
            } else {
                path.lineTo(lon, lat);
            }
        }
        path.closePath();
    }
}
