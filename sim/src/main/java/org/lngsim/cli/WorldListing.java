package org.lngsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.lngsim.scenario.Chokepoint;
import org.lngsim.scenario.Contract;
import org.lngsim.scenario.Fleet;
import org.lngsim.scenario.GasDemand;
import org.lngsim.scenario.GasPool;
import org.lngsim.scenario.Grid;
import org.lngsim.scenario.Importer;
import org.lngsim.scenario.Plant;
import org.lngsim.scenario.Region;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.Sector;
import org.lngsim.scenario.Terminal;
import org.lngsim.text.Plural;

/**
 * Every id of a world that a scenario can name (the lists the loader's reference checks accept),
 * one section per list, each id first on its line so it can be copied into a scenario or --set.
 */
final class WorldListing {

    private final PrintWriter out;

    WorldListing(PrintWriter out) {
        this.out = out;
    }

    void print(Scenario world) {
        section("Importers", world.importers(), (Importer i) -> line(i.id(), "%s", i.name()));
        section("Plants", world.plants(), (Plant p) -> line(p.id(), "%-40s %-14s %6.1f Mtpa", p.name(),
                p.country() == null ? "" : p.country(), p.capacityMtpa()));
        section("Fleets", world.fleets(), (Fleet f) -> line(f.id(), "%-40s %,9.0f m3 at %4.1f kn, %s", text(f.name()),
                f.vesselCapacityM3(), f.speedKn(), Plural.of(f.vessels(), "vessel")));
        section("Regions", world.regions(), (Region r) -> line(r.id(), "%-40s %s", text(r.name()), r.importer()));
        section("Terminals", world.terminals(), (Terminal t) -> line(t.id(), "%-40s %-8s %6.1f Mtpa", t.name(),
                t.importer(), t.regasCapacityMtpa()));
        section("Contracts", world.contracts(), (Contract c) -> line(c.id(), "%s -> %s, %.2f Mt a year, %s",
                c.seller(), c.buyer(), c.annualMt(), c.terms()));
        section("Grids", world.grids(), (Grid g) -> line(g.id(), "%-40s %6.1f TWh/yr", g.name(), g.annualDemandTWh()));
        section("Gas demands", world.gasDemands(), (GasDemand d) -> line(d.id(), "%-40s %-8s %6.2f Mt/yr",
                text(d.name()), d.region(), d.annualMt()));
        section("Gas pools", world.gasPools(), this::pool);
        section("Chokepoints", world.chokepoints(), (Chokepoint c) -> line(c.id(), "%s", c.name()));
    }

    private String pool(GasPool pool) {
        StringBuilder text = new StringBuilder(line(pool.id(), "%-40s %s", text(pool.name()), pool.region()));
        for (Sector sector : pool.sectors()) {
            text.append(System.lineSeparator()).append(String.format(Locale.ROOT,
                    "    sector %-20s priority %d, %s", sector.id(), sector.priority(), text(sector.name())));
        }
        return text.toString();
    }

    private <T> void section(String title, List<T> items, Function<T, String> line) {
        out.println(title + " (" + items.size() + "):");
        items.forEach(item -> out.println(line.apply(item)));
    }

    private static String line(String id, String format, Object... values) {
        return (String.format(Locale.ROOT, "  %-22s ", id) + String.format(Locale.ROOT, format, values)).stripTrailing();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
