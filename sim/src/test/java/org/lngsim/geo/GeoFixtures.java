package org.lngsim.geo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chokepoint areas and port positions used by the geo tests; the areas are the same as in
 * {@code chokepoints.yaml} at the repository root (each was checked against the 10 km network: it
 * cuts the lanes through its strait and no other lanes, see {@link ChokepointClosureTest}).
 */
public final class GeoFixtures {

    private GeoFixtures() {
    }

    /** Default chokepoint boxes (lon/lat degrees). */
    public static final List<ChokepointArea> CHOKEPOINTS = List.of(
            // Across the strait between Musandam and Larak/Qeshm: every MARNET lane out of the Gulf
            // passes 26.4-26.5N 56.3-56.6E; south edge 26.0N keeps the Gulf of Oman lanes via
            // Fujairah (57.1E 25.5N) and to Qalhat open.
            ChokepointArea.box("hormuz", "Strait of Hormuz", 56.0, 26.0, 56.9, 27.0),
            // The Bab-el-Mandeb lanes (MARNET pass tag babelmandeb spans 43.0-43.5E, 12.6-13.2N);
            // south edge 12.3N leaves Djibouti (11.6N) and the Gulf of Aden lanes open.
            ChokepointArea.box("bab-el-mandeb", "Bab-el-Mandeb", 43.0, 12.3, 43.7, 13.0),
            // The canal between Suez (29.9N) and just south of Port Said (31.2N), so the Port Said
            // anchorage and the Mediterranean coastal lanes stay open.
            ChokepointArea.box("suez", "Suez Canal", 32.0, 29.8, 32.7, 31.2),
            // Mid-strait, off Port Klang/One Fathom Bank: cuts Malacca only; the Singapore Strait,
            // Sunda and Lombok routes are untouched.
            ChokepointArea.box("malacca", "Strait of Malacca", 99.8, 2.3, 101.6, 3.3),
            // Between Bali and Lombok only (not the Alas Strait further east).
            ChokepointArea.box("lombok", "Lombok Strait", 115.5, -9.0, 116.0, -8.2),
            // Between Java and Sumatra, south of the Java Sea lanes (Jakarta stays reachable).
            ChokepointArea.box("sunda", "Sunda Strait", 105.5, -6.5, 106.1, -5.7),
            // The canal from Colon to Balboa (MARNET pass tag panama spans 79.5-79.9W, 8.9-9.4N).
            ChokepointArea.box("panama", "Panama Canal", -80.0, 8.85, -79.45, 9.45));

    /**
     * Port positions at the terminals' sea approaches (lat, lon). Where MARNET has no lane near a
     * terminal (Gulf of Khambhat, Gladstone, Bintulu) the point is the outer approach, so that the
     * snap stays under {@link Snap#MAX_SNAP_NM}.
     */
    public static final Map<String, GeoPoint> PORTS = Map.ofEntries(
            Map.entry("ras-laffan", new GeoPoint(25.95, 51.70)),
            Map.entry("das-island", new GeoPoint(25.15, 52.90)),
            Map.entry("qalhat", new GeoPoint(22.72, 59.45)),
            Map.entry("sabine-pass", new GeoPoint(29.60, -93.82)),
            Map.entry("darwin", new GeoPoint(-12.35, 130.75)),
            Map.entry("gladstone", new GeoPoint(-23.40, 152.00)),
            Map.entry("bintulu", new GeoPoint(3.65, 113.15)),
            Map.entry("tokyo-bay", new GeoPoint(35.30, 139.80)),
            Map.entry("dahej", new GeoPoint(20.90, 72.30)),
            Map.entry("hazira", new GeoPoint(20.75, 72.45)),
            Map.entry("dabhol", new GeoPoint(17.58, 73.10)),
            Map.entry("kochi", new GeoPoint(9.97, 76.20)),
            // Others, for published distances and for checking that closures cut nothing else.
            Map.entry("houston", new GeoPoint(29.33, -94.70)),
            Map.entry("mejillones", new GeoPoint(-23.08, -70.42)),
            Map.entry("new-york", new GeoPoint(40.45, -73.80)),
            Map.entry("colombo", new GeoPoint(6.95, 79.83)),
            Map.entry("los-angeles", new GeoPoint(33.70, -118.27)),
            Map.entry("bristol", new GeoPoint(51.35, -3.20)),
            Map.entry("fujairah", new GeoPoint(25.15, 56.45)),
            Map.entry("djibouti", new GeoPoint(11.62, 43.12)),
            Map.entry("jeddah", new GeoPoint(21.45, 39.10)),
            Map.entry("port-said", new GeoPoint(31.30, 32.35)),
            Map.entry("alexandria", new GeoPoint(31.20, 29.85)),
            Map.entry("singapore", new GeoPoint(1.22, 103.85)),
            Map.entry("jakarta", new GeoPoint(-6.05, 106.85)),
            Map.entry("cartagena", new GeoPoint(10.35, -75.55)));

    /** The LNG terminals of the simulator's world (the rest are only for tests). */
    public static final Set<String> LNG_PORTS = Set.of("ras-laffan", "das-island", "qalhat", "sabine-pass",
            "darwin", "gladstone", "bintulu", "tokyo-bay", "dahej", "hazira", "dabhol", "kochi");

    private static volatile Router router;

    /** One router over the default (shared) network for all test classes in the JVM. */
    public static Router router() {
        Router r = router;
        if (r == null) {
            synchronized (GeoFixtures.class) {
                r = router;
                if (r == null) {
                    r = new Router(SeaLaneNetwork.shared(), CHOKEPOINTS);
                    router = r;
                }
            }
        }
        return r;
    }

    public static GeoPoint port(String id) {
        GeoPoint p = PORTS.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no test port " + id);
        }
        return p;
    }
}
