package org.lngsim.scenario;

import java.util.List;

/** Parameters of the mutual redirection protocol (see DESIGN: trigger, eligibility, payback). */
public record Protocol(boolean enabled, List<String> parties, double reviewIntervalHours, double lookAheadDays,
        double triggerDaysOfCover, double targetDaysOfCover, boolean onlyDuringDisruption,
        double maxExtraSailingDays, double donorFloorDaysOfCover, int maxCargoesPerWeek, double decisionLagHours,
        double paybackCoverDays, double paybackWindowDays) {

    public Protocol {
        parties = List.copyOf(parties);
    }

    /** The same parameters with the protocol switched on or off (the counterfactual run). */
    public Protocol withEnabled(boolean on) {
        return new Protocol(on, parties, reviewIntervalHours, lookAheadDays, triggerDaysOfCover, targetDaysOfCover,
                onlyDuringDisruption, maxExtraSailingDays, donorFloorDaysOfCover, maxCargoesPerWeek, decisionLagHours,
                paybackCoverDays, paybackWindowDays);
    }
}
