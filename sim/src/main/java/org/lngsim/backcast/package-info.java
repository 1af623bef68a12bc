/**
 * Back-casts: lngsim replays real events ({@code scenarios/backcasts/<event>/scenario.yaml}) and
 * sets each published observation of the event ({@code observed.csv}) beside the same figure
 * computed from the run folder. The observations and their bands come from what was published;
 * nothing here may read a band from the model. A figure outside its band is either listed in
 * {@code known-misses.csv} with the model mechanism that explains it, or it is a new miss that the
 * CI test refuses. Nothing here prints; the command line formats the comparisons.
 */
package org.lngsim.backcast;
