/**
 * Experiments for researchers: a sweep file names a base scenario, parameters (lists, ranges or
 * distributions), a design (full grid, Latin hypercube, random) and replications. Every run's seed
 * derives from the sweep seed and its index, so results never depend on thread count or finishing
 * order; each finished run is appended to {@code results.csv} at once (resumable), a sweep can be
 * split into shards for a cluster and merged, and statistics per design point come from Commons Math.
 */
package org.lngsim.sweep;
