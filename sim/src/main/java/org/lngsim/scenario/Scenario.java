package org.lngsim.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A validated scenario: the world, its disruptions and the protocol. Immutable. */
public record Scenario(String name, String description, LocalDate start, int horizonDays, long seed,
        List<Importer> importers, List<Plant> plants, List<Fleet> fleets, List<Region> regions,
        List<Terminal> terminals, List<Contract> contracts, List<Grid> grids, List<GasDemand> gasDemands,
        List<GasPool> gasPools, List<Chokepoint> chokepoints, List<Disruption> disruptions, Protocol protocol,
        Shipping shipping, Levers levers, Programmes programmes, Market market) {

    public Scenario {
        importers = List.copyOf(importers);
        plants = List.copyOf(plants);
        fleets = List.copyOf(fleets);
        regions = List.copyOf(regions);
        terminals = List.copyOf(terminals);
        contracts = List.copyOf(contracts);
        grids = grids == null ? List.of() : List.copyOf(grids);
        gasDemands = gasDemands == null ? List.of() : List.copyOf(gasDemands);
        gasPools = gasPools == null ? List.of() : List.copyOf(gasPools);
        chokepoints = List.copyOf(chokepoints);
        disruptions = disruptions == null ? List.of() : List.copyOf(disruptions);
        shipping = shipping == null ? Shipping.DEFAULT : shipping;
        levers = levers == null ? Levers.NONE : levers;
        programmes = programmes == null ? Programmes.DEFAULT : programmes;
        description = description == null ? "" : description;
    }

    public Optional<Plant> plant(String id) {
        return plants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Terminal> terminal(String id) {
        return terminals.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Fleet> fleet(String id) {
        return fleets.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Chokepoint> chokepoint(String id) {
        return chokepoints.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Whether the mutual redirection protocol runs in this scenario. */
    public boolean protocolEnabled() {
        return protocol != null && protocol.enabled();
    }

    /** The same scenario with the protocol off: its counterfactual. */
    public Scenario withoutProtocol() {
        return new Scenario(name, description, start, horizonDays, seed, importers, plants, fleets, regions, terminals,
                contracts, grids, gasDemands, gasPools, chokepoints, disruptions,
                protocol == null ? null : protocol.withEnabled(false), shipping, levers, programmes, market);
    }

    /** Whether the market for flexible cargoes runs in this scenario. */
    public boolean marketEnabled() {
        return market != null && market.enabled();
    }

    /** The protocol block, if the scenario has one. */
    public Optional<Protocol> protocolSettings() {
        return Optional.ofNullable(protocol);
    }

    /**
     * The same scenario with another seed: what loading it with {@code --set seed=N} binds, without
     * reading and checking the files again (an ensemble's replications differ only by their seed).
     */
    public Scenario withSeed(long newSeed) {
        if (newSeed < 0) {
            throw new IllegalArgumentException("a seed is not negative, not " + newSeed);
        }
        return new Scenario(name, description, start, horizonDays, newSeed, importers, plants, fleets, regions, terminals,
                contracts, grids, gasDemands, gasPools, chokepoints, disruptions, protocol, shipping, levers, programmes,
                market);
    }
}
