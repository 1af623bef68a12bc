/**
 * Reads a run folder back, by the contract of {@link org.lngsim.runfolder}: {@link
 * org.lngsim.runfolder.read.RunFolder} reads every data file once (summary, resolved scenario,
 * time series, cargoes, routes, redirections) for the charts and the report, which take their
 * data only from here. Nothing here simulates or routes: the resolved scenario is loaded without
 * the sea-lane network check, and the routes drawn are the ones the cargoes' events recorded.
 */
package org.lngsim.runfolder.read;
