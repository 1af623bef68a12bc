/**
 * The briefing of a run: {@code report.html}, one self-contained page (charts inlined as data:
 * URIs, no scripts, no external resources) with the scenario, the headline numbers with and
 * without the protocol, the charts, the protocol's actions and the assumptions and sources; and
 * {@link org.lngsim.report.Briefing}, which writes the charts and the page into a run folder,
 * atomically when it redraws an existing one.
 */
package org.lngsim.report;
