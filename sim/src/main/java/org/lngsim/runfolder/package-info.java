/**
 * The run-folder contract: the one declaration of what a run folder holds. {@link
 * org.lngsim.runfolder.RunFile} names its files, {@link org.lngsim.runfolder.CargoColumn},
 * {@link org.lngsim.runfolder.EventColumn}, {@link org.lngsim.runfolder.TimeseriesColumn} and
 * {@link org.lngsim.runfolder.RouteColumn} the columns of its CSV files in file order, and {@link
 * org.lngsim.runfolder.CargoStatus} the values of {@code cargoes.csv}'s {@code status}.
 *
 * <p>The writers ({@code org.lngsim.output}) and the reader ({@code org.lngsim.runfolder.read})
 * both take names from here, so a column cannot be renamed on one side only. This package depends
 * on nothing else of lngsim: it is the bottom of the output layers.
 */
package org.lngsim.runfolder;
