/**
 * Experiments for researchers: a sweep file names a base scenario, parameters (lists, ranges or
 * distributions, normal and lognormal optionally truncated by min/max), a design (full grid, Latin
 * hypercube, random) and replications. A sweep is checked in full before its first run: every
 * value and every reachable draw against the scenario schema's bounds, and at most
 * {@value org.lngsim.sweep.RunPlan#MAX_RUNS} runs. Every run's seed derives from the sweep seed and
 * its index, so results never depend on thread count or finishing order; each finished run is
 * appended to {@code results.csv} at once. A sweep folder is locked while in use, and on
 * {@code --resume} its {@code sweep.json} (the sweep's and the scenario's hashes) and every saved
 * row are checked before anything runs. Derived files (sorted results, daily rows, stats, charts)
 * are written atomically; a sweep can be split into shards for a cluster and merged into a staged
 * folder; statistics per design point come from Commons Math. {@link org.lngsim.sweep.Ensemble} is
 * {@code lngsim run}'s ensemble of paired replications, run on the same pool with the same seeding.
 */
package org.lngsim.sweep;
