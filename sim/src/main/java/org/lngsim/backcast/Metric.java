package org.lngsim.backcast;

import java.util.Arrays;
import java.util.Optional;

/**
 * The figures an observation can be compared on. Each has one unit, one kind of subject and one
 * definition, computed from a run folder by {@link ModelFigures}; the definitions are the
 * contract of {@code observed.csv} (see {@code scenarios/backcasts/README.md}).
 */
public enum Metric {
    /** Mass delivered to the importer in the window. */
    IMPORTS("imports", "Mt", SubjectKind.IMPORTER, true),
    /** Mass delivered to the importer from plants of the named countries. */
    SUPPLIER_IMPORTS("supplier-imports", "Mt", SubjectKind.IMPORTER_AND_COUNTRIES, true),
    /** Those countries' share of the importer's deliveries. */
    SUPPLIER_SHARE("supplier-share", "%", SubjectKind.IMPORTER_AND_COUNTRIES, true),
    /** Share of the importer's delivered mass whose voyage passed the chokepoint. */
    CHOKEPOINT_SHARE("chokepoint-share", "%", SubjectKind.IMPORTER_AND_CHOKEPOINT, true),
    /** Send-out against regasification capacity over the window. */
    TERMINAL_UTILISATION("terminal-utilisation", "%", SubjectKind.TERMINAL, true),
    /** Cargoes unloaded at the terminal. */
    TERMINAL_CARGOES("terminal-cargoes", "cargoes", SubjectKind.TERMINAL, true),
    /** Cargoes delivered to the importer in the quietest whole calendar month of the window. */
    MONTHLY_CARGOES_MIN("monthly-cargoes-min", "cargoes", SubjectKind.IMPORTER, true),
    /** Cargoes delivered to the importer in the busiest whole calendar month of the window. */
    MONTHLY_CARGOES_MAX("monthly-cargoes-max", "cargoes", SubjectKind.IMPORTER, true),
    /** Electricity a grid could not serve. */
    UNSERVED_ENERGY("unserved-energy", "GWh", SubjectKind.GRID, true),
    /** Unserved share of a gas pool's or gas demand's demand. */
    GAS_UNSERVED("gas-unserved", "%", SubjectKind.GAS_DEMAND, true),
    /** Served share of one sector's demand in a gas pool. */
    SECTOR_SERVED("sector-served", "%", SubjectKind.POOL_SECTOR, true),
    /** Mean daily regasified LNG into a gas pool. */
    POOL_LNG_SUPPLY("pool-lng-supply", "mmscmd", SubjectKind.POOL, true),
    /** Mean end-of-day LNG stock. */
    STOCK("stock", "Mt", SubjectKind.STOCK_HOLDER, true),
    /** Lowest end-of-day LNG stock. */
    STOCK_MIN("stock-min", "Mt", SubjectKind.STOCK_HOLDER, true),
    /** Mean end-of-day stock held by the importer's major power utilities (METI's weekly figure). */
    UTILITY_STOCK("utility-stock", "Mt", SubjectKind.IMPORTER, true),
    /** Lowest end-of-day stock held by the importer's major power utilities. */
    UTILITY_STOCK_MIN("utility-stock-min", "Mt", SubjectKind.IMPORTER, true),
    /** Mean days from departure to arrival of the plant's cargoes to the importer that departed in the window. */
    VOYAGE_DAYS("voyage-days", "days", SubjectKind.PLANT_AND_IMPORTER, true),
    /** Hours the grid's operator ran its LNG plant fuel-limited. */
    FUEL_CONSERVATION_HOURS("fuel-conservation-hours", "h", SubjectKind.GRID, true),
    /** Cargoes of the plant or contract that could not be loaded or were cancelled. */
    CARGOES_CANCELLED("cargoes-cancelled", "cargoes", SubjectKind.PLANT_OR_CONTRACT, true),
    /** Mean of the market's daily price index over the window (the {@code price} rows of the market's entity). */
    JKM_PRICE("jkm-price", "USD/MMBtu", SubjectKind.MARKET, true),
    /** Japan's wholesale power spot price. Not modelled: lngsim has no power market. */
    JEPX_PRICE("jepx-price", "JPY/kWh", SubjectKind.MARKET, false);

    private final String id;
    private final String unit;
    private final SubjectKind subject;
    private final boolean modelled;

    Metric(String id, String unit, SubjectKind subject, boolean modelled) {
        this.id = id;
        this.unit = unit;
        this.subject = subject;
        this.modelled = modelled;
    }

    /** The name written in {@code observed.csv}. */
    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    public SubjectKind subject() {
        return subject;
    }

    /** False for figures the model does not produce yet: they are listed, never judged. */
    public boolean modelled() {
        return modelled;
    }

    /** True for figures that count things (cargoes), which are whole numbers. */
    public boolean counts() {
        return unit.equals("cargoes");
    }

    public static Optional<Metric> ofId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
