package org.lngsim.scenario;

import java.util.List;
import java.util.Optional;
import org.lngsim.model.Units;

/** Parameters of the mutual redirection protocol (trigger, eligibility, payback: README, "The mutual redirection protocol, in a planner's words"). */
public record Protocol(boolean enabled, List<String> parties, double reviewIntervalHours, double lookAheadDays,
        double triggerDaysOfCover, double targetDaysOfCover, boolean onlyDuringDisruption,
        double maxExtraSailingDays, double donorFloorDaysOfCover, int maxCargoesPerWeek, double decisionLagHours,
        double paybackCoverDays, double paybackWindowDays, Double creditLimitMt, List<PartyOverride> partyOverrides) {

    /** Thresholds for one party, where they differ from the block's. */
    public record PartyOverride(String party, Double triggerDaysOfCover, Double targetDaysOfCover,
            Double donorFloorDaysOfCover, Double paybackCoverDays) {
    }

    public Protocol {
        parties = List.copyOf(parties);
        partyOverrides = partyOverrides == null ? List.of() : List.copyOf(partyOverrides);
    }

    /**
     * The most gas a party may hold that it received and has not returned in kind — owed now,
     * settled in money (which can no longer be repaid in kind, so that part of the limit is used
     * for good), or decided and not yet executed — before it gets no more emergency cargoes;
     * infinite when the scenario sets no limit.
     */
    public double creditLimitT() {
        return creditLimitMt == null ? Double.POSITIVE_INFINITY : creditLimitMt * Units.T_PER_MT;
    }

    public double triggerDaysOfCover(String party) {
        return override(party).map(PartyOverride::triggerDaysOfCover).orElse(triggerDaysOfCover);
    }

    public double targetDaysOfCover(String party) {
        return override(party).map(PartyOverride::targetDaysOfCover).orElse(targetDaysOfCover);
    }

    public double donorFloorDaysOfCover(String party) {
        return override(party).map(PartyOverride::donorFloorDaysOfCover).orElse(donorFloorDaysOfCover);
    }

    public double paybackCoverDays(String party) {
        return override(party).map(PartyOverride::paybackCoverDays).orElse(paybackCoverDays);
    }

    private Optional<PartyOverride> override(String party) {
        return partyOverrides.stream().filter(o -> o.party().equals(party)).findFirst();
    }

    /** The same parameters with the protocol switched on or off (the counterfactual run). */
    public Protocol withEnabled(boolean on) {
        return new Protocol(on, parties, reviewIntervalHours, lookAheadDays, triggerDaysOfCover, targetDaysOfCover,
                onlyDuringDisruption, maxExtraSailingDays, donorFloorDaysOfCover, maxCargoesPerWeek, decisionLagHours,
                paybackCoverDays, paybackWindowDays, creditLimitMt, partyOverrides);
    }
}
