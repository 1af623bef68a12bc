package org.lngsim.output;

import org.lngsim.events.CargoRedirected;
import org.lngsim.events.DebtSettled;
import org.lngsim.events.ProtocolRequest;
import org.lngsim.events.ReleaseLapsed;
import org.lngsim.events.SimEvent;
import org.lngsim.model.Units;
import org.lngsim.protocol.Purpose;
import org.lngsim.protocol.Settlement;

/** Totals of the protocol's events for the summary's {@code protocol} block. */
final class ProtocolTally {


    private final boolean enabled;
    private long requests;
    private long requestsCutByCreditLimit;
    private long redirections;
    private double redirectedT;
    private double extraSailingDays;
    private long lapsed;
    private long paybacks;
    private double repaidInKindT;
    private double settledInMoneyT;

    ProtocolTally(boolean enabled) {
        this.enabled = enabled;
    }

    void add(SimEvent event) {
        if (event instanceof ProtocolRequest e) {
            requests++;
            if (e.cutByCreditLimit()) {
                requestsCutByCreditLimit++;
            }
        } else if (event instanceof CargoRedirected e && e.purpose() == Purpose.EMERGENCY) {
            redirections++;
            redirectedT += e.massT();
            extraSailingDays += e.extraSailingDays();
        } else if (event instanceof CargoRedirected e) {
            paybacks++;
        } else if (event instanceof ReleaseLapsed) {
            lapsed++;
        } else if (event instanceof DebtSettled e && e.settlement() == Settlement.IN_KIND) {
            repaidInKindT += e.massT();
        } else if (event instanceof DebtSettled e) {
            settledInMoneyT += e.massT();
        }
    }

    RunSummary.ProtocolSummary summary() {
        double owedT = Math.max(0.0, redirectedT - repaidInKindT - settledInMoneyT);
        return new RunSummary.ProtocolSummary(enabled, requests, requestsCutByCreditLimit, redirections, mt(redirectedT),
                Round.to(extraSailingDays, 2), lapsed, paybacks, mt(repaidInKindT), mt(settledInMoneyT), mt(owedT));
    }

    private static double mt(double tonnes) {
        return Round.to(tonnes / Units.T_PER_MT, Round.MT);
    }
}
