package org.lngsim.output;

import org.lngsim.events.BufferCargoDecided;
import org.lngsim.events.PoolDay;
import org.lngsim.events.SimEvent;
import org.lngsim.events.SpotCargoCalled;
import org.lngsim.model.Units;
import org.lngsim.scenario.Levers;

/** Totals of the levers' events for the summary's {@code levers} block. */
final class LeverTally {


    private final String allocation;
    private long spotCalled;
    private double spotT;
    private double spotCostUsd;
    private long bufferKept;
    private long bufferSoldOn;
    private double biogasMmscmdDays;

    LeverTally(Levers levers) {
        this.allocation = levers.sectorAllocation() == null ? "priority" : levers.sectorAllocation().mode().jsonName();
    }

    void add(SimEvent event) {
        if (event instanceof SpotCargoCalled e) {
            spotCalled++;
            spotT += e.massT();
            spotCostUsd += e.costUsd();
        } else if (event instanceof BufferCargoDecided e) {
            if (e.kept()) {
                bufferKept++;
            } else {
                bufferSoldOn++;
            }
        } else if (event instanceof PoolDay e) {
            biogasMmscmdDays += e.biogasMmscmd();
        }
    }

    RunSummary.LeverSummary summary() {
        return new RunSummary.LeverSummary(spotCalled, Round.to(spotT / Units.T_PER_MT, Round.MT),
                Round.to(spotCostUsd / 1e6, 1), bufferKept, bufferSoldOn,
                Round.to(biogasMmscmdDays * Units.M3_PER_MM3 / Units.BIOGAS_M3_PER_T / Units.T_PER_MT, Round.MT), allocation);
    }
}
