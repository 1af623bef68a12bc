/**
 * Running a scenario end to end: the world simulated with the output writers subscribed, the
 * run's invariants checked, the run folder committed atomically. The command line and sweeps call
 * this; it never prints.
 */
package org.lngsim.run;
