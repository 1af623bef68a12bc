package org.lngsim.geo;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints network load time per MARNET resolution, distance errors against the published figures
 * of {@link PublishedDistancesTest}, and the time per route query (cold and cached). Not named
 * *Test, so the normal test run skips it. Run it after {@code mvn -q test-compile} with
 * {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt} and
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.lngsim.geo.RoutingBenchmark}.
 */
public final class RoutingBenchmark {

    /** from, to, closed (';'-separated), published nm — the pairs of PublishedDistancesTest. */
    private static final List<Object[]> PUBLISHED = List.of(
            new Object[] {"ras-laffan", "tokyo-bay", "", 6800.0},
            new Object[] {"sabine-pass", "dahej", "", 9777.0},
            new Object[] {"sabine-pass", "mejillones", "panama", 9507.0},
            new Object[] {"sabine-pass", "tokyo-bay", "panama", 14500.0},
            new Object[] {"houston", "tokyo-bay", "", 9400.0},
            new Object[] {"houston", "bristol", "", 4800.0},
            new Object[] {"new-york", "colombo", "", 8604.0},
            new Object[] {"los-angeles", "tokyo-bay", "", 4800.0});

    private static final List<Set<String>> CLOSURE_SETS = List.of(
            Set.of(), Set.of("hormuz"), Set.of("malacca"), Set.of("panama"), Set.of("bab-el-mandeb"));

    private RoutingBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        // Warm the JVM (class loading, JIT of the reader and A*) so the first resolution is fair.
        for (int i = 0; i < 3; i++) {
            SeaLaneNetwork.load(MarnetResolution.KM_20);
        }
        out.println("resolution  nodes   edges   load_ms  mean|err|%  max|err|%  maxSnapLng_nm  cold_ms/query  cached_us/query");
        for (MarnetResolution res : MarnetResolution.values()) {
            long t0 = System.nanoTime();
            SeaLaneNetwork network = null;
            int loads = 3;
            for (int i = 0; i < loads; i++) {
                network = SeaLaneNetwork.load(res);
            }
            double loadMs = (System.nanoTime() - t0) / 1e6 / loads;

            Router router = new Router(network, GeoFixtures.CHOKEPOINTS);
            double sumErr = 0;
            double maxErr = 0;
            StringBuilder detail = new StringBuilder();
            for (Object[] p : PUBLISHED) {
                String closed = (String) p[2];
                Set<String> closedIds = closed.isEmpty() ? Set.of() : Set.of(closed.split(";"));
                Route r = router.route(GeoFixtures.port((String) p[0]), GeoFixtures.port((String) p[1]), closedIds);
                double err = 100.0 * (r.distanceNm() / (Double) p[3] - 1.0);
                sumErr += Math.abs(err);
                maxErr = Math.max(maxErr, Math.abs(err));
                detail.append(String.format(Locale.ROOT, "    %-12s -> %-11s %-7s %7.0f nm vs %7.0f  %+5.1f%%%n",
                        p[0], p[1], closed, r.distanceNm(), (Double) p[3], err));
            }
            double maxSnap = 0;
            for (String id : GeoFixtures.LNG_PORTS) {
                maxSnap = Math.max(maxSnap, network.nearestNode(GeoFixtures.port(id)).distanceNm());
            }

            // Cold: a fresh router per pass so nothing is cached; 12 LNG ports x 11 x 5 closure sets.
            List<String> ports = List.copyOf(GeoFixtures.LNG_PORTS);
            Router cold = new Router(network, GeoFixtures.CHOKEPOINTS);
            long c0 = System.nanoTime();
            int queries = runAll(cold, ports);
            double coldMs = (System.nanoTime() - c0) / 1e6 / queries;
            long w0 = System.nanoTime();
            int repeats = 20;
            for (int i = 0; i < repeats; i++) {
                runAll(cold, ports);
            }
            double cachedUs = (System.nanoTime() - w0) / 1e3 / (queries * (double) repeats);

            out.printf(Locale.ROOT, "%-10s %6d %7d %9.1f %11.2f %10.2f %14.1f %14.3f %16.2f%n",
                    res, network.nodeCount(), network.edgeCount(), loadMs, sumErr / PUBLISHED.size(), maxErr,
                    maxSnap, coldMs, cachedUs);
            out.print(detail);
            Route base = router.route(GeoFixtures.port("ras-laffan"), GeoFixtures.port("tokyo-bay"), Set.of());
            long r0 = System.nanoTime();
            int reroutes = 50;
            for (int i = 0; i < reroutes; i++) {
                router.routeFrom(base.positionAt(300 + 100 * i), GeoFixtures.port("dahej"), Set.of("malacca"));
            }
            out.printf(Locale.ROOT, "    routeFrom (ship at sea, uncached): %.2f ms/query%n",
                    (System.nanoTime() - r0) / 1e6 / reroutes);
        }
    }

    private static int runAll(Router router, List<String> ports) {
        int n = 0;
        for (Set<String> closed : CLOSURE_SETS) {
            for (String a : ports) {
                for (String b : ports) {
                    if (!a.equals(b)) {
                        router.route(GeoFixtures.port(a), GeoFixtures.port(b), closed);
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
