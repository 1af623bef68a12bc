package org.lngsim.scenario;

import java.util.List;

/**
 * A national gas pool fed by domestic gas and a region's terminals, allocated by sector. Without an
 * {@code allocationMode} the pool keeps the rule it had before allocation orders were modelled
 * (priority floors); {@code supplyOrder} is needed (and used) only by the allocation-order mode.
 */
public record GasPool(String id, String name, String region, double domesticSupplyMmscmd, List<Sector> sectors,
        AllocationMode allocationMode, SupplyOrder supplyOrder, String source) {

    public GasPool {
        sectors = List.copyOf(sectors);
        allocationMode = allocationMode == null ? AllocationMode.PRIORITY_FLOORS : allocationMode;
    }
}
