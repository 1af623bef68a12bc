package org.lngsim.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a donor's cargoes to release to a requester. Eligible cargoes (redirectable, still
 * aboard when the decision lag ends, a requester terminal can take them, the diversion adds at
 * most the allowed sailing days) are taken earliest arrival at the requester first (ties: least
 * extra sailing), until the request is met or the weekly cap is reached — and the donor stops at
 * the first cargo whose release would take its projected cover below the floor, either in the
 * donor's region as a whole or at the terminal the cargo was bound for: a region with stock to
 * spare still runs short at its peak if its largest terminal is drained. Stopping, rather than
 * skipping to later cargoes, makes the rule monotone: a higher floor never releases more. Pure.
 */
public final class ReleaseSelection {

    private ReleaseSelection() {
    }

    /** A release decision with the donor's projected cover once it (and those before it) are gone. */
    public record Release(Candidate cargo, double donorCoverAfterDays) {
    }

    /**
     * @param region    the donor region's stock
     * @param terminals the stock of each terminal a candidate is bound for, by terminal id
     */
    public static List<Release> select(List<Candidate> candidates, double requestT, Stock region,
            Map<String, Stock> terminals, double nowHour, ReleaseRules rules) {
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
        Set<String> gone = new HashSet<>();
        double releasedT = 0;
        for (Candidate candidate : eligible) {
            if (releasedT >= requestT || releases.size() >= rules.maxCargoes()
                    || releasedT + candidate.massT() > requestT + rules.maxOvershootT()) {
                break;
            }
            gone.add(candidate.cargoId());
            double coverAfter = region.without(gone).minCoverDays(nowHour, rules.lookAheadDays());
            Stock terminal = terminals.get(candidate.donorTerminalId());
            if (terminal != null) {
                coverAfter = Math.min(coverAfter, terminal.without(gone).minCoverDays(nowHour, rules.lookAheadDays()));
            }
            if (coverAfter < rules.donorFloorDays()) {
                break;
            }
            releases.add(new Release(candidate, coverAfter));
            releasedT += candidate.massT();
        }
        return releases;
    }
}
