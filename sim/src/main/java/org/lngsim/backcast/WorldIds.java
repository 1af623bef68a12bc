package org.lngsim.backcast;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.lngsim.scenario.Scenario;

/**
 * The ids of a scenario's world that an observation's subject may name, and the plants' countries
 * as slugs ({@code "United Arab Emirates"} is {@code united-arab-emirates}).
 */
final class WorldIds {

    private final Scenario scenario;

    WorldIds(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Lower case, words joined by hyphens: how a country is written in a subject. */
    static String slug(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    Set<String> importers() {
        return ids(scenario.importers().stream().map(i -> i.id()));
    }

    Set<String> countries() {
        return ids(scenario.plants().stream().filter(p -> p.country() != null).map(p -> slug(p.country())));
    }

    Set<String> chokepoints() {
        return ids(scenario.chokepoints().stream().map(c -> c.id()));
    }

    Set<String> terminals() {
        return ids(scenario.terminals().stream().map(t -> t.id()));
    }

    Set<String> regions() {
        return ids(scenario.regions().stream().map(r -> r.id()));
    }

    Set<String> grids() {
        return ids(scenario.grids().stream().map(g -> g.id()));
    }

    Set<String> pools() {
        return ids(scenario.gasPools().stream().map(p -> p.id()));
    }

    Set<String> gasDemands() {
        return ids(scenario.gasDemands().stream().map(d -> d.id()));
    }

    Set<String> sectors(String pool) {
        return ids(scenario.gasPools().stream().filter(p -> p.id().equals(pool))
                .flatMap(p -> p.sectors().stream()).map(s -> s.id()));
    }

    Set<String> plants() {
        return ids(scenario.plants().stream().map(p -> p.id()));
    }

    Set<String> contracts() {
        return ids(scenario.contracts().stream().map(c -> c.id()));
    }

    private static Set<String> ids(java.util.stream.Stream<String> stream) {
        Set<String> set = new LinkedHashSet<>();
        stream.forEach(set::add);
        return set;
    }
}
