package org.lngsim.output;

import org.lngsim.events.BufferCargoDecided;
import org.lngsim.events.PoolDay;
import org.lngsim.events.SimEvent;
import org.lngsim.events.SpotCargoCalled;
import org.lngsim.scenario.Levers;

/** Totals of the levers' events for the summary's {@code levers} block. */
final class LeverTally {

    private static final double T_PER_MT = 1e6;
    /** Compressed biogas: about 1,395 m3 of gas per tonne (see GasPoolAgent). */
    private static final double BIOGAS_M3_PER_T = 1395.0;

    private final String allocation;
    private long spotCalled;
    private double spotT;
    private double spotCostUsd;
    private long bufferKept;
    private long bufferSoldOn;
    private double biogasMmscmdDays;

    LeverTally(Levers levers) {
        this.allocation = levers.sectorAllocation() == null ? "priority" : levers.sectorAllocation().mode();
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
        return new RunSummary.LeverSummary(spotCalled, Round.to(spotT / T_PER_MT, Round.MT),
                Round.to(spotCostUsd / 1e6, 1), bufferKept, bufferSoldOn,
                Round.to(biogasMmscmdDays * 1e6 / BIOGAS_M3_PER_T / T_PER_MT, Round.MT), allocation);
    }
}
