/**
 * Running a scenario end to end. {@link org.lngsim.run.Experiment} is the one way to simulate:
 * the scenario with its protocol and without it (the counterfactual), each side with the
 * listeners its caller needs, the run invariants (mass balance, no protocol at work with the
 * protocol off) checked on both. {@link org.lngsim.run.ScenarioRunner} runs an experiment into a
 * run folder committed atomically; sweeps, the benchmark and the tests run experiments directly.
 * Nothing here prints.
 */
package org.lngsim.run;
