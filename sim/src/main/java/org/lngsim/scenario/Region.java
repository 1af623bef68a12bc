package org.lngsim.scenario;

/**
 * A group of terminals whose send-out feeds the same consumers (Tokyo Bay, India's pool...).
 *
 * @param powerUtilityStockPct share of the region's LNG stock held by power utilities (0–100), or
 *     null when not declared; lets the run report the utilities' stock (what METI counts)
 * @param terminalChoice how contracts delivering to this region's terminals choose among them;
 *     share of regas capacity when not declared (the original rule)
 * @param sendOutOrder how the region takes gas from its terminals; proportional when not declared
 *     (the original rule)
 */
public record Region(String id, String name, String importer, String source, Double powerUtilityStockPct,
        TerminalChoiceRule terminalChoice, SendOutOrder sendOutOrder) {

    public Region {
        terminalChoice = terminalChoice == null ? TerminalChoiceRule.SHARE_OF_REGAS : terminalChoice;
        sendOutOrder = sendOutOrder == null ? SendOutOrder.PROPORTIONAL : sendOutOrder;
    }
}
