/**
 * Statistics of ensembles of replications, as pure kernels tested without a simulation: the
 * median and percentiles of a metric across replications, the share of paired replications in
 * which the protocol made a shortfall worse, and which replication stands nearest the medians.
 */
package org.lngsim.stats;
