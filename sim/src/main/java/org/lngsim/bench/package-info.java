/**
 * Benchmarks a user can run ({@code lngsim bench}): the simulation's speed against a bare MASON
 * schedule doing the same number of dispatches in the same JVM, and peak heap over long horizons.
 * Figures, not pass/fail: speed goals are checked by reading them, not by timed unit tests.
 */
package org.lngsim.bench;
