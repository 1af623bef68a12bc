package org.lngsim.scenario;

/**
 * When a gas pool's allocation order comes into force and lifts. The trigger is supply lost, not
 * stock: the share of the pool's demand that its contracts cannot deliver now because their plant
 * is under force majeure or the way from it is shut (India's ministry framed the 2026 order as
 * "47.4 of 189 mmscmd of supply hit"). The order comes into force once the loss has stayed at or
 * above {@code triggerLostSupplyPct} for {@code decisionLagDays}, and lifts when it falls below
 * {@code liftLostSupplyPct}. Entitlements are shares of each sector's average daily use over the
 * {@code recentUseDays} before the order came into force. With {@code replacementWindowDays} the
 * loss is counted net of replacement cargoes (spot cargoes bought, emergency cargoes received) the
 * pool's region took in while supply was lost, each spread over that many days after it arrived
 * ({@code model.ReplacementSupply}); without it, replacements are not counted.
 */
public record SupplyOrder(double triggerLostSupplyPct, double liftLostSupplyPct, double decisionLagDays,
        int recentUseDays, Double replacementWindowDays, String source) {
}
