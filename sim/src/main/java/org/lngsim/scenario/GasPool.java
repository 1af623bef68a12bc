package org.lngsim.scenario;

import java.util.List;

/** A national gas pool fed by domestic gas and a region's terminals, allocated by sector. */
public record GasPool(String id, String name, String region, double domesticSupplyMmscmd, List<Sector> sectors,
        String source) {

    public GasPool {
        sectors = List.copyOf(sectors);
    }
}
