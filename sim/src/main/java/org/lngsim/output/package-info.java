/**
 * Turns a run's events into the files of a run folder: {@code events.csv}, {@code timeseries.csv},
 * {@code cargoes.csv}, {@code routes.csv}, {@code summary.json}, {@code run.json} and
 * {@code scenario.resolved.yaml}, named and laid out as the contract in {@link org.lngsim.runfolder}
 * says (the reader, {@link org.lngsim.runfolder.read.RunFolder}, takes its names from there too).
 *
 * <p>Every file is made by an {@link org.lngsim.events.EventListener} subscribed to the run's bus,
 * so outputs only ever see what the model published. Writers stream: memory holds at most the
 * cargoes in flight and a day or two of time-series aggregates, never the whole horizon.
 * {@link org.lngsim.output.RunOutputs} writes into a hidden folder next to the destination and
 * moves it into place only when the run succeeded, so a failed run never leaves half a folder.
 * An ensemble adds {@code ensemble.json} ({@link org.lngsim.output.EnsembleSummary}) and
 * {@code ensemble/bands.csv} ({@link org.lngsim.output.EnsembleBands}, from each replication's
 * {@link org.lngsim.output.ReplicationSeries}).
 */
package org.lngsim.output;
