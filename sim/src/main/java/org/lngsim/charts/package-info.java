/**
 * Charts of a finished run, drawn with JFreeChart from the saved files of its run folder (never by
 * simulating again): shortfall, stocks and days of cover, arrivals by origin, India's gas pool,
 * redirections and the route map. They take their data only from {@link org.lngsim.runfolder.read.RunFolder};
 * {@link org.lngsim.charts.ChartStyle} gives every chart the same look and the Okabe–Ito palette;
 * {@link org.lngsim.charts.ChartExporter} writes PNG, SVG (Batik) and PDF (OpenPDF).
 */
package org.lngsim.charts;
