package org.lngsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lngsim.geo.Area;
import org.lngsim.geo.ChokepointArea;
import org.lngsim.geo.GeoPoint;
import org.lngsim.geo.MarnetResolution;
import org.lngsim.geo.PolygonArea;
import org.lngsim.geo.Route;
import org.lngsim.geo.Router;
import org.lngsim.geo.SeaLaneNetwork;

/**
 * A scenario's places and chokepoints on the sea-lane network: the adapter between scenario
 * records and the routing engine, shared by validation, the {@code route} command and the world.
 */
public final class ScenarioGeography {

    private final Map<String, GeoPoint> places = new LinkedHashMap<>();
    private final Router router;

    public ScenarioGeography(Scenario scenario) {
        scenario.plants().forEach(p -> places.put(p.id(), point(p.location())));
        scenario.terminals().forEach(t -> places.put(t.id(), point(t.location())));
        this.router = ROUTERS.computeIfAbsent(new RouterKey(scenario.chokepoints(),
                scenario.shipping().networkResolutionKm()), ScenarioGeography::newRouter);
    }

    /**
     * Routers (and their route caches) shared by every scenario with the same chokepoints and
     * network, at most {@value #MAX_ROUTERS}, the least recently used dropped first: a sweep over
     * chokepoint shapes must not keep a router per design point.
     */
    private static final int MAX_ROUTERS = 16;

    private static final Map<RouterKey, Router> ROUTERS = Collections.synchronizedMap(
            new LinkedHashMap<>(MAX_ROUTERS, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<RouterKey, Router> eldest) {
                    return size() > MAX_ROUTERS;
                }
            });

    private record RouterKey(List<Chokepoint> chokepoints, int resolutionKm) {
    }

    private static Router newRouter(RouterKey key) {
        List<ChokepointArea> areas = key.chokepoints().stream().map(ScenarioGeography::area).toList();
        return new Router(SeaLaneNetwork.shared(resolution(key.resolutionKm())), areas);
    }

    public Router router() {
        return router;
    }

    /** Plants and terminals by id, in scenario order. */
    public Map<String, GeoPoint> places() {
        return Map.copyOf(places);
    }

    public Set<String> placeIds() {
        return places.keySet();
    }

    public Optional<GeoPoint> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    /** The route between two places with some chokepoints closed. */
    public Route route(String fromId, String toId, Set<String> closed) {
        return router.route(places.get(fromId), places.get(toId), closed);
    }

    static GeoPoint point(GeoLocation location) {
        return new GeoPoint(location.lat(), location.lon());
    }

    static ChokepointArea area(Chokepoint chokepoint) {
        Area area;
        if (chokepoint.area().box() != null) {
            Box box = chokepoint.area().box();
            area = new Area.Box(box.minLon(), box.minLat(), box.maxLon(), box.maxLat());
        } else {
            area = new PolygonArea(chokepoint.area().polygon().stream()
                    .map(p -> GeoPoint.ofLonLat(p.get(0), p.get(1))).toList());
        }
        return new ChokepointArea(chokepoint.id(), chokepoint.name(), area);
    }

    static MarnetResolution resolution(int km) {
        return switch (km) {
            case 5 -> MarnetResolution.KM_5;
            case 10 -> MarnetResolution.KM_10;
            case 20 -> MarnetResolution.KM_20;
            case 50 -> MarnetResolution.KM_50;
            case 100 -> MarnetResolution.KM_100;
            default -> throw new IllegalArgumentException("no MARNET resolution of " + km + " km");
        };
    }
}
