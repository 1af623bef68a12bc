/**
 * The mutual redirection protocol's rules, as pure functions (tested without a simulation), and
 * its vocabulary ({@link org.lngsim.protocol.Purpose}, {@link org.lngsim.protocol.Settlement}),
 * which the protocol's events carry. The rules: projecting a party's days of cover from stock,
 * scheduled arrivals and expected use ({@link org.lngsim.protocol.CoverProjection}); when a party
 * asks ({@link org.lngsim.protocol.Trigger}) and how much its credit allows
 * ({@link org.lngsim.protocol.CreditLimit}); the order donors and their regions give in
 * ({@link org.lngsim.protocol.DonorOrder}); which receiver terminal a ship goes to and what the
 * diversion costs ({@link org.lngsim.protocol.ReceiverTerminal},
 * {@link org.lngsim.protocol.DiversionOffer}); which of a donor's cargoes to release
 * ({@link org.lngsim.protocol.ReleaseSelection}) within the weekly cap
 * ({@link org.lngsim.protocol.WeeklyCap}); the releases decided and not yet executed
 * ({@link org.lngsim.protocol.PendingReleases}); and the ledger of volume owed
 * ({@link org.lngsim.protocol.Ledger}) and when it is paid back ({@link org.lngsim.protocol.Payback}).
 * The coordinator agent ({@link org.lngsim.agents.ProtocolCoordinator}) applies them in a run.
 */
package org.lngsim.protocol;
