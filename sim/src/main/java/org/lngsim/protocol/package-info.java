/**
 * The mutual redirection protocol's rules, as pure functions (tested without a simulation):
 * projecting a party's days of cover from stock, scheduled arrivals and expected use; choosing
 * which of a donor's cargoes to release; and the ledger of volume owed and its payback. The
 * coordinator agent ({@link org.lngsim.agents.ProtocolCoordinator}) applies them in a run.
 */
package org.lngsim.protocol;
