package org.lngsim.scenario.load;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lngsim.scenario.load.Entries.Item;
import org.lngsim.scenario.yaml.Quoted;

/**
 * Ids and references: every id unique in its list (and places unique across plants and
 * terminals, since routes name either), every reference naming something that exists, with a
 * "did you mean" for near misses, and references that agree (a contract's terminals belong to
 * its buyer).
 */
final class ReferenceCheck {

    private static final List<String> ID_LISTS = List.of("importers", "plants", "fleets", "regions", "terminals",
            "contracts", "grids", "gasDemands", "gasPools", "chokepoints", "disruptions");

    private final Entries entries;
    private final ProblemCollector problems;

    ReferenceCheck(Entries entries, ProblemCollector problems) {
        this.entries = entries;
        this.problems = problems;
    }

    void run() {
        ID_LISTS.forEach(this::checkUniqueIds);
        checkPlacesUnique();
        checkRegions();
        checkTerminals();
        checkContracts();
        checkGrids();
        checkGasDemandsAndPools();
        checkProtocol();
        checkLevers();
        checkMarket();
        new DisruptionCheck(entries, problems).checkReferences();
    }

    private void checkUniqueIds(String listName) {
        checkUniqueIds(entries.list(listName), "id");
    }

    /** Each item's id at most once in its list; {@code what} names the id in the message. */
    private void checkUniqueIds(List<Item> items, String what) {
        Map<String, TreePath> seen = new HashMap<>();
        for (Item item : items) {
            item.text("id").ifPresent(id -> {
                TreePath first = seen.putIfAbsent(id, item.field("id"));
                if (first != null) {
                    problems.at(item.field("id"), "duplicate " + what + " " + Quoted.of(id) + " (also " + first.parent() + ")");
                }
            });
        }
    }

    private void checkPlacesUnique() {
        Map<String, Item> plants = entries.byId("plants");
        for (Item terminal : entries.list("terminals")) {
            terminal.text("id").filter(plants::containsKey).ifPresent(id -> problems.at(terminal.field("id"),
                    "id " + Quoted.of(id) + " is also a plant (" + plants.get(id).path() + "); places need distinct ids"));
        }
    }

    private void checkRegions() {
        for (Item region : entries.list("regions")) {
            reference(region, "importer", "importers");
        }
        // The importer's utility stock is a sum over its regions: a region left out would drop out of it.
        for (Item region : entries.list("regions")) {
            if (region.has("powerUtilityStockPct")) {
                continue;
            }
            Optional<String> importer = region.text("importer");
            entries.list("regions").stream()
                    .filter(other -> other.has("powerUtilityStockPct") && other.text("importer").equals(importer))
                    .findFirst()
                    .ifPresent(other -> problems.at(region.field("importer"), "region '" + other.text("id").orElse("")
                            + "' of " + importer.orElse("") + " declares powerUtilityStockPct; every region of "
                            + importer.orElse("") + " must, so its utility stock adds up"));
        }
    }

    private void checkTerminals() {
        for (Item terminal : entries.list("terminals")) {
            reference(terminal, "importer", "importers");
            reference(terminal, "region", "regions").ifPresent(region -> {
                Optional<String> regionImporter = region.text("importer");
                Optional<String> importer = terminal.text("importer");
                if (regionImporter.isPresent() && importer.isPresent() && !regionImporter.equals(importer)) {
                    problems.at(terminal.field("region"), "region '" + region.text("id").orElse("") + "' belongs to "
                            + regionImporter.get() + ", but this terminal's importer is " + importer.get());
                }
            });
            if (terminal.number("heelPct").orElse(0) >= 100) {
                problems.at(terminal.field("heelPct"), "the heel must leave room in the tanks (below 100%)");
            }
        }
    }

    private void checkContracts() {
        Map<String, Item> terminals = entries.byId("terminals");
        for (Item contract : entries.list("contracts")) {
            reference(contract, "seller", "plants");
            reference(contract, "buyer", "importers");
            Optional<Item> fleet = reference(contract, "fleet", "fleets");
            for (Map.Entry<TreePath, String> terminalRef : contract.texts("terminals")) {
                Item terminal = terminals.get(terminalRef.getValue());
                if (terminal == null) {
                    unknown(terminalRef.getKey(), terminalRef.getValue(), "terminals");
                    continue;
                }
                checkTerminalBuyer(contract, terminalRef, terminal);
                fleet.ifPresent(f -> checkVesselFits(terminalRef, terminal, f));
            }
        }
    }

    private void checkTerminalBuyer(Item contract, Map.Entry<TreePath, String> terminalRef, Item terminal) {
        Optional<String> buyer = contract.text("buyer");
        Optional<String> owner = terminal.text("importer");
        if (buyer.isPresent() && owner.isPresent() && !buyer.equals(owner)) {
            problems.at(terminalRef.getKey(), "terminal '" + terminalRef.getValue() + "' belongs to "
                    + owner.get() + ", not to the buyer " + buyer.get());
        }
    }

    private void checkVesselFits(Map.Entry<TreePath, String> terminalRef, Item terminal, Item fleet) {
        double vesselM3 = fleet.number("vesselCapacityM3").orElse(0);
        double maxM3 = terminal.number("maxVesselM3").orElse(Double.MAX_VALUE);
        if (vesselM3 > maxM3) {
            problems.at(terminalRef.getKey(), String.format(Locale.ROOT,
                    "fleet '%s' has %,.0f m3 ships, but terminal '%s' berths ships up to %,.0f m3",
                    fleet.text("id").orElse(""), vesselM3, terminalRef.getValue(), maxM3));
        }
    }

    private void checkGrids() {
        for (Item grid : entries.list("grids")) {
            Item fuel = grid.child("fuel");
            if (!fuel.isObject()) {
                continue;
            }
            boolean hasRegion = fuel.has("region");
            boolean hasPool = fuel.has("gasPool");
            if (hasRegion == hasPool) {
                problems.at(fuel.path(), "give either 'region' (LNG from its terminals) or 'gasPool' with 'sector'");
                continue;
            }
            if (hasRegion) {
                reference(fuel, "region", "regions");
                if (fuel.has("sector")) {
                    problems.at(fuel.field("sector"), "'sector' applies only with 'gasPool'");
                }
            } else {
                reference(fuel, "gasPool", "gasPools").ifPresent(pool -> sectorReference(fuel, "sector", pool, true));
            }
        }
    }

    private void checkGasDemandsAndPools() {
        for (Item demand : entries.list("gasDemands")) {
            reference(demand, "region", "regions");
        }
        for (Item pool : entries.list("gasPools")) {
            reference(pool, "region", "regions");
            checkUniqueIds(pool.list("sectors"), "sector id");
            checkSupplyOrder(pool);
        }
    }

    /** An allocation-order pool needs its order's trigger; the order lifts at or below the level it came in at. */
    private void checkSupplyOrder(Item pool) {
        Item order = pool.child("supplyOrder");
        if (pool.text("allocationMode").filter("allocation-order"::equals).isPresent() && !order.isObject()) {
            problems.at(pool.field("allocationMode"), "allocation-order needs a 'supplyOrder' block (when it comes"
                    + " into force and lifts)");
        }
        if (order.isObject()) {
            double trigger = order.number("triggerLostSupplyPct").orElse(Double.NaN);
            double lift = order.number("liftLostSupplyPct").orElse(Double.NaN);
            if (lift > trigger) {
                problems.at(order.field("liftLostSupplyPct"), "the order must not lift (" + fmt(lift)
                        + "% of demand lost) above the loss that brings it into force (" + fmt(trigger) + "%)");
            }
        }
    }

    private void checkProtocol() {
        Item protocol = entries.top().child("protocol");
        Map<String, TreePath> seen = new HashMap<>();
        for (Map.Entry<TreePath, String> party : protocol.texts("parties")) {
            referenceAt(party.getKey(), party.getValue(), "importers");
            TreePath first = seen.putIfAbsent(party.getValue(), party.getKey());
            if (first != null) {
                problems.at(party.getKey(), "party " + Quoted.of(party.getValue()) + " is listed twice");
            }
        }
        Map<String, TreePath> overridden = new HashMap<>();
        for (Item override : protocol.list("partyOverrides")) {
            override.text("party").ifPresent(party -> {
                if (protocol.texts("parties").stream().noneMatch(p -> p.getValue().equals(party))) {
                    problems.at(override.field("party"), Quoted.of(party) + " is not one of the protocol's parties");
                }
                TreePath first = overridden.putIfAbsent(party, override.field("party"));
                if (first != null) {
                    problems.at(override.field("party"), "party " + Quoted.of(party) + " has thresholds twice (also " + first.parent() + ")");
                }
                double trigger = override.number("triggerDaysOfCover").orElse(protocol.number("triggerDaysOfCover").orElse(Double.NaN));
                double target = override.number("targetDaysOfCover").orElse(protocol.number("targetDaysOfCover").orElse(Double.NaN));
                if (target < trigger) {
                    problems.at(override.path(), "the target (" + fmt(target) + " days) must not be below the trigger ("
                            + fmt(trigger) + " days)");
                }
            });
        }
        double trigger = protocol.number("triggerDaysOfCover").orElse(Double.NaN);
        double target = protocol.number("targetDaysOfCover").orElse(Double.NaN);
        if (target < trigger) {
            problems.at(protocol.field("targetDaysOfCover"), "the target (" + fmt(target)
                    + " days) must not be below the trigger (" + fmt(trigger) + " days)");
        }
    }

    private void checkLevers() {
        Item levers = entries.top().child("levers");
        for (Item spot : levers.list("spotCargoes")) {
            reference(spot, "buyer", "importers");
            reference(spot, "fleet", "fleets");
            spot.texts("sources").forEach(p -> referenceAt(p.getKey(), p.getValue(), "plants"));
        }
        Item buffer = levers.child("strategicBuffer");
        if (buffer.isObject()) {
            reference(buffer, "buyer", "importers");
            reference(buffer, "plant", "plants");
            reference(buffer, "fleet", "fleets");
        }
        Item biogas = levers.child("biogas");
        if (biogas.isObject()) {
            reference(biogas, "pool", "gasPools");
        }
        Item allocation = levers.child("sectorAllocation");
        if (allocation.isObject()) {
            reference(allocation, "pool", "gasPools").ifPresent(pool -> {
                if (allocation.text("mode").filter("allocation-order"::equals).isPresent()
                        && !pool.child("supplyOrder").isObject()) {
                    problems.at(allocation.field("mode"), "allocation-order needs the pool's 'supplyOrder' block (gas pool "
                            + Quoted.of(pool.text("id").orElse("")) + " has none)");
                }
            });
        }
    }

    private void checkMarket() {
        Item market = entries.top().child("market");
        if (!market.isObject()) {
            return;
        }
        reference(market, "fleet", "fleets");
        for (Item supply : market.list("supply")) {
            reference(supply, "plant", "plants");
        }
        java.util.Set<String> bidders = new java.util.HashSet<>();
        for (Item bidder : market.list("bidders")) {
            reference(bidder, "importer", "importers");
            bidder.text("importer").filter(id -> !bidders.add(id)).ifPresent(id -> problems.at(bidder.field("importer"),
                    "importer " + Quoted.of(id) + " bids twice; give each importer one bidder"));
            double trigger = bidder.number("triggerDaysOfCover").orElse(Double.NaN);
            double target = bidder.number("targetDaysOfCover").orElse(Double.NaN);
            if (target < trigger) {
                problems.at(bidder.field("targetDaysOfCover"), "the target (" + fmt(target)
                        + " days) must not be below the trigger (" + fmt(trigger) + " days)");
            }
        }
        double base = market.number("basePriceUsdPerMMBtu").orElse(Double.NaN);
        double ceiling = market.number("ceilingUsdPerMMBtu").orElse(Double.NaN);
        if (ceiling < base) {
            problems.at(market.field("ceilingUsdPerMMBtu"), "the ceiling ($" + fmt(ceiling)
                    + "/MMBtu) must not be below the base price ($" + fmt(base) + "/MMBtu)");
        }
        Item charter = market.child("charter");
        if (charter.isObject()) {
            double ordinary = charter.number("ordinaryUsdPerDay").orElse(Double.NaN);
            double peak = charter.number("peakUsdPerDay").orElse(Double.NaN);
            if (peak < ordinary) {
                problems.at(charter.field("peakUsdPerDay"), "the peak charter rate ($" + fmt(peak)
                        + "/day) must not be below the ordinary rate ($" + fmt(ordinary) + "/day)");
            }
        }
        checkAtlantic(market);
        double supplied = market.list("supply").stream().mapToDouble(s -> s.number("cargoesPerMonth").orElse(0)).sum();
        if (!market.list("supply").isEmpty() && supplied <= 0) {
            problems.at(market.field("supply"), "no plant offers any cargo: the ordinary market would have no price");
        }
    }

    /** The Atlantic plants must be market supply plants; Europe's price steps must go forward in time. */
    private void checkAtlantic(Item market) {
        Item atlantic = market.child("atlantic");
        if (!atlantic.isObject()) {
            return;
        }
        Set<String> suppliers = new java.util.HashSet<>();
        market.list("supply").forEach(supply -> supply.text("plant").ifPresent(suppliers::add));
        for (Map.Entry<TreePath, String> plant : atlantic.texts("plants")) {
            if (!suppliers.contains(plant.getValue())) {
                problems.at(plant.getKey(), Quoted.of(plant.getValue())
                        + " is not a plant of market.supply; only a plant that offers flexible cargoes can send them to Europe");
            }
        }
        java.time.LocalDate previous = null;
        for (Item step : atlantic.list("europePrice")) {
            java.time.LocalDate date = step.text("fromDate").map(ReferenceCheck::dateOrNull).orElse(null);
            if (date != null && previous != null && !date.isAfter(previous)) {
                problems.at(step.field("fromDate"), date + " is not after the step before it (" + previous
                        + "); give Europe's price steps in date order");
            }
            previous = date == null ? previous : date;
        }
    }

    private static java.time.LocalDate dateOrNull(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // the schema reports a malformed date
        }
    }

    /** Checks that {@code item.field} names an element of {@code listName}; returns it. */
    Optional<Item> reference(Item item, String field, String listName) {
        return item.text(field).flatMap(id -> referenceAt(item.field(field), id, listName));
    }

    Optional<Item> referenceAt(TreePath path, String id, String listName) {
        Item target = entries.byId(listName).get(id);
        if (target == null) {
            unknown(path, id, listName);
            return Optional.empty();
        }
        return Optional.of(target);
    }

    void sectorReference(Item item, String field, Item pool, boolean required) {
        Optional<String> sector = item.text(field);
        if (sector.isEmpty()) {
            if (required && !item.has(field)) {
                problems.at(item.path(), "missing 'sector' of gas pool '" + pool.text("id").orElse("") + "'");
            }
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        pool.list("sectors").forEach(s -> s.text("id").ifPresent(ids::add));
        if (!ids.contains(sector.get())) {
            problems.at(item.field(field), unknownMessage(sector.get(), "sector",
                    " of gas pool '" + pool.text("id").orElse("") + "'", ids));
        }
    }

    private void unknown(TreePath path, String id, String listName) {
        problems.at(path, unknownMessage(id, singular(listName), entries.byId(listName).keySet()));
    }

    static String unknownMessage(String id, String what, Set<String> known) {
        return unknownMessage(id, what, "", known);
    }

    static String unknownMessage(String id, String what, String owner, Set<String> known) {
        String suggestion = Suggestions.closest(id, known);
        String hint = suggestion != null ? " (did you mean '" + suggestion + "'?)"
                : known.isEmpty() ? " (none are defined)" : " (known: " + String.join(", ", known) + ")";
        return "unknown " + what + " " + Quoted.of(id) + owner + hint;
    }

    private static String singular(String listName) {
        return switch (listName) {
            case "importers" -> "importer";
            case "plants" -> "plant";
            case "fleets" -> "fleet";
            case "regions" -> "region";
            case "terminals" -> "terminal";
            case "grids" -> "grid";
            case "gasPools" -> "gas pool";
            case "gasDemands" -> "gas demand";
            case "chokepoints" -> "chokepoint";
            default -> listName;
        };
    }

    static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
