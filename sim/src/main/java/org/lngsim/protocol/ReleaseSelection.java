package org.lngsim.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of a donor's cargoes to release to a requester. Eligible cargoes (redirectable, still
 * aboard when the decision lag ends, a requester terminal can take them, the diversion adds at
 * most the allowed sailing days) are
 * taken earliest arrival at the requester first (ties: least extra sailing), until the request is
 * met or the weekly cap is reached — and the donor stops at the first cargo whose release would
 * take its projected cover below the floor. Stopping, rather than skipping to later cargoes,
 * makes the rule monotone: a higher floor never releases more. Pure.
 */
public final class ReleaseSelection {

    private ReleaseSelection() {
    }

    /** A release decision with the donor's projected cover once it (and those before it) are gone. */
    public record Release(Candidate cargo, double donorCoverAfterDays) {
    }

    public static List<Release> select(List<Candidate> candidates, double requestT, double donorUsableT,
            double donorDailyUseT, List<Arrival> donorArrivals, double nowHour, ReleaseRules rules) {
        List<Candidate> eligible = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.redirectable() && candidate.receiverCanTake() && candidate.aboardAtExecution()
                    && candidate.extraSailingDays() <= rules.maxExtraSailingDays()) {
                eligible.add(candidate);
            }
        }
        eligible.sort(Comparator.comparingDouble(Candidate::arrivalAtRequesterHour)
                .thenComparingDouble(Candidate::extraSailingDays).thenComparing(Candidate::cargoId));
        List<Release> releases = new ArrayList<>();
        List<Arrival> remaining = new ArrayList<>(donorArrivals);
        double releasedT = 0;
        for (Candidate candidate : eligible) {
            if (releasedT >= requestT || releases.size() >= rules.maxCargoes()
                    || releasedT + candidate.massT() > requestT + rules.maxOvershootT()) {
                break;
            }
            remaining.removeIf(a -> a.cargoId().equals(candidate.cargoId()));
            double coverAfter = CoverProjection.minCoverDays(donorUsableT, donorDailyUseT, remaining, nowHour,
                    rules.lookAheadDays());
            if (coverAfter < rules.donorFloorDays()) {
                break;
            }
            releases.add(new Release(candidate, coverAfter));
            releasedT += candidate.massT();
        }
        return releases;
    }
}
