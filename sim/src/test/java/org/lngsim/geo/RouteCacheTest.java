package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lngsim.geo.GeoFixtures.port;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Repeated queries are answered from the cache, also under concurrent use. */
class RouteCacheTest {

    private static final List<Set<String>> CLOSURE_SETS = List.of(
            Set.of(), Set.of("hormuz"), Set.of("malacca"), Set.of("panama"), Set.of("bab-el-mandeb", "suez"));

    @Test
    void theSameQueryReturnsTheSameInstance() {
        Router router = new Router(SeaLaneNetwork.shared(), GeoFixtures.CHOKEPOINTS);

        Route first = router.route(port("darwin"), port("kochi"), Set.of("sunda"));
        Route second = router.route(port("darwin"), port("kochi"), new HashSet<>(List.of("sunda")));

        assertThat(second).isSameAs(first);
    }

    /**
     * Speed is the routing benchmark's business (RoutingBenchmark prints the time per query); here
     * the cache's behaviour: a second pass over every port pair and closure set is answered with
     * the very instances of the first.
     */
    @Test
    void aSecondPassOverAFullWorldOfPortPairsAndClosureSetsIsAnsweredFromTheCache() {
        Router router = new Router(SeaLaneNetwork.shared(), GeoFixtures.CHOKEPOINTS);
        List<String> ports = List.copyOf(GeoFixtures.LNG_PORTS);

        List<Route> first = new ArrayList<>();
        List<Route> second = new ArrayList<>();
        for (List<Route> pass : List.of(first, second)) {
            for (Set<String> closed : CLOSURE_SETS) {
                for (String a : ports) {
                    for (String b : ports) {
                        if (!a.equals(b)) {
                            pass.add(router.route(port(a), port(b), closed));
                        }
                    }
                }
            }
        }

        assertThat(first).hasSize(5 * 12 * 11);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("query %d", i).isSameAs(first.get(i));
        }
    }

    @Test
    void concurrentQueriesAgreeAndShareOneInstancePerQuery() throws Exception {
        Router router = new Router(SeaLaneNetwork.shared(), GeoFixtures.CHOKEPOINTS);
        List<String> ports = List.of("ras-laffan", "qalhat", "sabine-pass", "tokyo-bay", "dahej", "gladstone");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Route>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<Route> out = new ArrayList<>();
                    for (Set<String> closed : CLOSURE_SETS) {
                        for (String a : ports) {
                            for (String b : ports) {
                                out.add(router.route(port(a), port(b), closed));
                            }
                        }
                    }
                    return out;
                }));
            }
            List<Route> reference = futures.get(0).get();
            for (Future<List<Route>> f : futures) {
                List<Route> routes = f.get();
                for (int i = 0; i < routes.size(); i++) {
                    assertThat(routes.get(i)).isSameAs(reference.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
