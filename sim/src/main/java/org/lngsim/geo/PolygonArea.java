package org.lngsim.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * A chokepoint area drawn as a simple polygon in lon/lat degrees, for straits a box fits badly.
 *
 * <p>A final class rather than a record because it keeps a prepared JTS geometry next to its
 * vertices; equality is by vertices only.
 */
public final class PolygonArea implements Area {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<GeoPoint> vertices;
    private final Polygon polygon;
    private final PreparedGeometry prepared;

    /** @param vertices at least three distinct corners of a simple ring; it is closed automatically. */
    public PolygonArea(List<GeoPoint> vertices) {
        Objects.requireNonNull(vertices, "vertices");
        Optional<String> flaw = flaw(vertices);
        if (flaw.isPresent()) {
            throw new IllegalArgumentException(flaw.get() + ": " + vertices);
        }
        this.vertices = List.copyOf(vertices);
        this.polygon = polygon(this.vertices);
        this.prepared = PreparedGeometryFactory.prepare(polygon);
    }

    /**
     * What keeps {@code vertices} from making a simple polygon, in words for a scenario's author,
     * or empty when they make one. The scenario loader asks this first, so that a ring drawn in the
     * wrong order is a problem at the polygon and not a crash when the area is built.
     */
    public static Optional<String> flaw(List<GeoPoint> vertices) {
        if (new HashSet<>(vertices).size() < 3) {
            return Optional.of("a polygon needs at least 3 distinct points");
        }
        TopologyValidationError error = new IsValidOp(polygon(vertices)).getValidationError();
        if (error == null) {
            return Optional.empty();
        }
        Coordinate at = error.getCoordinate();
        String near = at == null ? "" : " near [" + degrees(at.x) + ", " + degrees(at.y) + "]";
        return Optional.of(switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                    "the polygon's edges cross each other" + near + "; list its points in order around the area";
            case TopologyValidationError.TOO_FEW_POINTS -> "a polygon needs at least 3 distinct points";
            default -> "not a simple polygon (" + error.getMessage().toLowerCase(Locale.ROOT) + near + ")";
        });
    }

    private static Polygon polygon(List<GeoPoint> vertices) {
        List<Coordinate> ring = new ArrayList<>();
        for (GeoPoint v : vertices) {
            ring.add(new Coordinate(v.lonDeg(), v.latDeg()));
        }
        if (!ring.get(0).equals2D(ring.get(ring.size() - 1))) {
            ring.add(new Coordinate(ring.get(0)));
        }
        return GEOMETRY.createPolygon(ring.toArray(new Coordinate[0]));
    }

    private static String degrees(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public List<GeoPoint> vertices() {
        return vertices;
    }

    @Override
    public boolean contains(double lonDeg, double latDeg) {
        return prepared.covers(GEOMETRY.createPoint(new Coordinate(lonDeg, latDeg)));
    }

    @Override
    public double entryFraction(double lon1, double lat1, double lon2, double lat2) {
        if (Math.abs(lon2 - lon1) > 180.0) {
            return Double.NaN;
        }
        if (contains(lon1, lat1)) {
            return 0.0;
        }
        LineString segment = GEOMETRY.createLineString(
                new Coordinate[] {new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)});
        if (!prepared.intersects(segment)) {
            return Double.NaN;
        }
        // The segment starts outside, so its first contact is on the boundary: take the
        // intersection point nearest the start.
        Geometry hit = polygon.getExteriorRing().intersection(segment);
        double dx = lon2 - lon1;
        double dy = lat2 - lat1;
        double len2 = dx * dx + dy * dy;
        double best = 1.0;
        for (Coordinate c : hit.getCoordinates()) {
            double t = len2 == 0.0 ? 0.0 : ((c.x - lon1) * dx + (c.y - lat1) * dy) / len2;
            best = Math.min(best, Math.max(0.0, t));
        }
        return best;
    }

    @Override
    public double minLon() {
        return polygon.getEnvelopeInternal().getMinX();
    }

    @Override
    public double minLat() {
        return polygon.getEnvelopeInternal().getMinY();
    }

    @Override
    public double maxLon() {
        return polygon.getEnvelopeInternal().getMaxX();
    }

    @Override
    public double maxLat() {
        return polygon.getEnvelopeInternal().getMaxY();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolygonArea other && vertices.equals(other.vertices);
    }

    @Override
    public int hashCode() {
        return vertices.hashCode();
    }

    @Override
    public String toString() {
        return "PolygonArea" + vertices;
    }
}
