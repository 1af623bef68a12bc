package org.lngsim.output;

import java.util.List;

/**
 * The kinds of entity in {@code timeseries.csv}, each with its variables in file order. The order
 * here is the row order within an entity, so it is part of the file format.
 */
enum SeriesKind {

    GRID(List.of(
            Variable.sum("demand", "GWh"),
            Variable.sum("non-gas", "GWh"),
            Variable.sum("gas", "GWh"),
            Variable.sum("oil", "GWh"),
            Variable.sum("demand-response", "GWh"),
            Variable.sum("unserved", "GWh"),
            Variable.max("peak-unserved", "MW"),
            Variable.sum("lng-burned", "t"),
            Variable.sum("conserving-hours", "h"))),
    /**
     * Load carried beyond the ordinary merit order (coal and oil beyond merit, tie imports above
     * their ordinary profile, gas burned above the fuel plan, which is part of the grid's gas);
     * only for grids with fuel-limited operation enabled, right after the grid's own rows.
     */
    GRID_CARRIED(List.of(
            Variable.sum("fuel-switching", "GWh"),
            Variable.sum("extra-imports", "GWh"),
            Variable.sum("gas-above-plan", "GWh"))),
    TERMINAL(List.of(
            Variable.last("stock", "t"),
            Variable.sum("send-out", "t"),
            Variable.sum("received", "t"))),
    REGION(List.of(
            Variable.last("stock", "t"),
            Variable.last("usable-stock", "t"),
            Variable.last("days-of-cover", "days"))),
    POOL(List.of(
            Variable.last("demand", "mmscmd"),
            Variable.last("domestic", "mmscmd"),
            Variable.last("lng", "mmscmd"),
            Variable.last("unserved", "mmscmd"))),
    SECTOR(List.of(
            Variable.last("demand", "mmscmd"),
            Variable.last("served", "mmscmd"))),
    GAS_DEMAND(List.of(
            Variable.sum("requested", "t"),
            Variable.sum("served", "t"))),
    IMPORTER(List.of(
            Variable.sum("delivered", "t"))),
    /**
     * An importer's end-of-day stock summed over its regions, and the power utilities' part of it;
     * only for importers whose regions declare {@code powerUtilityStockPct}.
     */
    IMPORTER_STOCK(List.of(
            Variable.sum("stock", "t"),
            Variable.sum("utility-stock", "t"))),
    /**
     * The market for flexible cargoes (issue 15; only with the market on): the price index, the
     * tightness it came from, the flexible supply and the cargoes on offer after the day's clearing,
     * the cargoes other Asia took and the spot fleet's idle ships.
     */
    MARKET(List.of(
            Variable.last("price", "USD/MMBtu"),
            Variable.last("tightness", "ratio"),
            Variable.last("flexible-supply", "cargoes/month"),
            Variable.last("on-offer", "cargoes"),
            Variable.sum("other-asia-bought", "cargoes"),
            Variable.last("idle-ships", "ships"))),
    /**
     * The spot fleet's charter rate and the free ships it comes from (only with a market that has a
     * charter rate, {@code market.charter}).
     */
    CHARTER(List.of(
            Variable.last("charter-rate", "USD/day"),
            Variable.last("free-ships", "ships")));

    private final List<Variable> variables;

    SeriesKind(List<Variable> variables) {
        this.variables = variables;
    }

    List<Variable> variables() {
        return variables;
    }

    /** How the observations of one day combine into the day's value. */
    enum Combine {
        /** Flows (energy, tonnes moved): add up. */
        SUM,
        /** Peaks: the largest. */
        MAX,
        /** States and daily rates (stock, mmscmd): the latest observation of the day. */
        LAST
    }

    record Variable(String name, String unit, Combine combine) {

        static Variable sum(String name, String unit) {
            return new Variable(name, unit, Combine.SUM);
        }

        static Variable max(String name, String unit) {
            return new Variable(name, unit, Combine.MAX);
        }

        static Variable last(String name, String unit) {
            return new Variable(name, unit, Combine.LAST);
        }
    }
}
