package org.lngsim.scenario.load;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lngsim.geo.Route;
import org.lngsim.geo.Snap;
import org.lngsim.scenario.Contract;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioGeography;

/**
 * Checks a bound scenario against the sea-lane network: every plant and terminal lies within
 * {@value Snap#MAX_SNAP_NM} nm of a lane, and every contract's cargoes can sail from the plant
 * to each of its terminals with all chokepoints open.
 */
final class NetworkCheck {

    private final ProblemCollector problems;

    NetworkCheck(ProblemCollector problems) {
        this.problems = problems;
    }

    void run(Scenario scenario) {
        ScenarioGeography geography = new ScenarioGeography(scenario);
        Set<String> farPlaces = checkSnaps(scenario, geography);
        List<Contract> contracts = scenario.contracts();
        for (int i = 0; i < contracts.size(); i++) {
            Contract contract = contracts.get(i);
            for (int t = 0; t < contract.terminals().size(); t++) {
                String terminal = contract.terminals().get(t);
                if (farPlaces.contains(contract.seller()) || farPlaces.contains(terminal)) {
                    continue;
                }
                Route route = geography.route(contract.seller(), terminal, Set.of());
                if (!route.reachable()) {
                    problems.at(TreePath.ROOT.key("contracts").index(i).key("terminals").index(t),
                            "no sea route from " + contract.seller() + " to " + terminal + ": "
                                    + route.unreachableReason());
                }
            }
        }
    }

    private Set<String> checkSnaps(Scenario scenario, ScenarioGeography geography) {
        Set<String> far = new LinkedHashSet<>();
        for (int i = 0; i < scenario.plants().size(); i++) {
            String id = scenario.plants().get(i).id();
            checkSnap(geography, id, TreePath.ROOT.key("plants").index(i).key("location"), far);
        }
        for (int i = 0; i < scenario.terminals().size(); i++) {
            String id = scenario.terminals().get(i).id();
            checkSnap(geography, id, TreePath.ROOT.key("terminals").index(i).key("location"), far);
        }
        return far;
    }

    private void checkSnap(ScenarioGeography geography, String id, TreePath path, Set<String> far) {
        Snap snap = geography.router().snap(geography.place(id).orElseThrow());
        if (!snap.withinLimit()) {
            far.add(id);
            problems.at(path, String.format(Locale.ROOT, "%s is %.0f nm from the nearest sea lane (the limit is "
                    + "%.0f nm); give the position of its sea approach", id, snap.distanceNm(), Snap.MAX_SNAP_NM));
        }
    }
}
