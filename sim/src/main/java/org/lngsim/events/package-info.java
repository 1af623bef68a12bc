/**
 * Immutable event records and the bus that carries them. Events are the only source of every
 * output: writers, the summary and the mass-balance ledger are just subscribers.
 *
 * <p>Two kinds: <em>occurrences</em> (a cargo loaded, a ship held at a chokepoint, a shortfall
 * began) go to {@code events.csv}; <em>observations</em> (an hour of a grid's dispatch, a day of a
 * terminal's stock) feed the time series and the summary but are too many to list one by one.
 */
package org.lngsim.events;
