/**
 * Pure kernels: the arithmetic of the model, free of the simulation, each tested on its own
 * (AMIRIS style): a grid hour's dispatch, a gas pool day's allocation by priority, a contract's
 * delivery programme, voyage timing and boil-off, terminal choice (by share or by cover at
 * arrival), the send-out merit order, days of cover, and what a
 * chokepoint allows at a given time.
 */
package org.lngsim.model;
