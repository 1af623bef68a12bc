/**
 * Sea lanes, chokepoints and routing: how far a cargo sails, which straits it passes and where,
 * and whether it can get there at all when straits are closed.
 *
 * <p>The pieces, each independent of the scenario format (the scenario package adapts to them):
 * <ul>
 *   <li>{@link org.lngsim.geo.GeoPoint} — a lat/lon position; great-circle distances in nm.</li>
 *   <li>{@link org.lngsim.geo.SeaLaneNetwork} — the Eurostat MARNET sea-lane graph (from the
 *       searoute-core jar), in primitive CSR arrays, with a grid index for
 *       {@link org.lngsim.geo.SeaLaneNetwork#nearestNode nearest-node snapping}. Callers must
 *       reject ports whose {@link org.lngsim.geo.Snap} exceeds {@link org.lngsim.geo.Snap#MAX_SNAP_NM}.</li>
 *   <li>{@link org.lngsim.geo.ChokepointArea} — a named {@link org.lngsim.geo.Area} (lon/lat box or
 *       polygon). Closing it removes every network segment that touches it; a route passes it
 *       where it first enters it.</li>
 *   <li>{@link org.lngsim.geo.Router} — A* shortest routes with a set of closed chokepoints,
 *       cached per query; {@link org.lngsim.geo.Router#routeFrom} reroutes a ship at sea.</li>
 *   <li>{@link org.lngsim.geo.Route} — distance, chokepoints passed in order with their distance
 *       from the origin, the path for maps, {@link org.lngsim.geo.Route#positionAt} and sailing
 *       time; or explicitly unreachable, never a silent detour.</li>
 * </ul>
 *
 * <h2>Which MARNET resolution, and why</h2>
 * The default is {@link org.lngsim.geo.MarnetResolution#KM_10}. Measured on this project's
 * machine (RoutingBenchmark; load = read GeoPackage + build graph, JIT warm; error against the eight
 * published port-to-port figures of PublishedDistancesTest; snap = worst LNG terminal approach):
 * <pre>
 * resolution  nodes   load ms  mean|err|  max|err|  worst snap  cold query
 * 5 km        42,250    82      1.33%      3.1%      93 nm      1.9 ms
 * 10 km       26,853    43      1.33%      3.1%      93 nm      1.1 ms
 * 20 km       16,162    25      1.34%      3.2%     114 nm      0.6 ms
 * 50 km        8,375    14      1.23%      3.3%     114 nm      0.3 ms
 * 100 km       5,208    10      1.97%      4.4%     114 nm      0.2 ms
 * </pre>
 * Accuracy is flat from 5 to 50 km (the long ocean legs dominate), so the choice is decided by
 * the coasts: at 20 km and coarser the nearest lane to the Gulf of Khambhat (Dahej, Hazira) is
 * more than 100 nm from any sensible approach point, and Tokyo Bay and Singapore snap 12-17 nm
 * away at 50 km. 10 km keeps every terminal within the snap limit at half the cost of 5 km.
 *
 * <h2>Conventions and limits</h2>
 * <ul>
 *   <li>Lines tagged {@code northwest}/{@code northeast} (the Arctic passages) are left out, as
 *       searoute does by default.</li>
 *   <li>Lines that cross the antimeridian stop at +180 and resume at -180 (a few vertices lie just
 *       beyond 180): longitudes are wrapped and the two ends joined.</li>
 *   <li>Port-to-network legs are straight great-circle legs and count in the distance; MARNET has
 *       no lanes into some terminals (Gulf of Khambhat, Curtis Island, Bintulu), so give their
 *       outer sea approach.</li>
 *   <li>Area tests are planar in lon/lat degrees (exact for boxes); areas must not straddle the
 *       antimeridian.</li>
 * </ul>
 */
package org.lngsim.geo;
