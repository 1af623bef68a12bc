package org.lngsim.backcast;

/** What an observation's {@code subject} names, for each {@link Metric}; checked against the world. */
public enum SubjectKind {
    /** An importer id: {@code japan}. */
    IMPORTER("an importer id"),
    /** {@code importer/country[+country...]}, countries as slugs of the plants' country names. */
    IMPORTER_AND_COUNTRIES("importer/country[+country...] (countries as slugs: qatar, united-arab-emirates, ...)"),
    /** {@code importer/chokepoint}. */
    IMPORTER_AND_CHOKEPOINT("importer/chokepoint"),
    /** A terminal id. */
    TERMINAL("a terminal id"),
    /** A grid id. */
    GRID("a grid id"),
    /** A gas pool or gas demand id. */
    GAS_DEMAND("a gas pool or gas demand id"),
    /** {@code pool/sector}. */
    POOL_SECTOR("pool/sector"),
    /** A gas pool id. */
    POOL("a gas pool id"),
    /** An importer, region or terminal id: whatever holds LNG in tanks. */
    STOCK_HOLDER("an importer, region or terminal id"),
    /** {@code plant/importer}. */
    PLANT_AND_IMPORTER("plant/importer"),
    /** A plant or contract id. */
    PLANT_OR_CONTRACT("a plant or contract id"),
    /** Free text naming a market ({@code asia}, {@code japan}); the model has no such figure yet. */
    MARKET("a market name");

    private final String description;

    SubjectKind(String description) {
        this.description = description;
    }

    /** What a user must write, for messages. */
    public String description() {
        return description;
    }
}
