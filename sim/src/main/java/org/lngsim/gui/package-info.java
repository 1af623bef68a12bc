/**
 * The live view ({@code lngsim gui}): MASON's own GUI — a {@code GUIState} with its {@code Console}
 * (play, pause, step, speed, inspectors) and a {@code Display2D} map — over the very world the batch
 * run simulates ({@code world.LngWorld}), plus JFreeChart panels of the unserved energy and gas with
 * the counterfactual's line. It is a top layer beside {@code cli}: it reads the world only through
 * {@code agents.LiveView} (copies) and the event bus (subscribers), so watching a run never changes
 * it. The geometry of the map ({@link org.lngsim.gui.MapProjection}) and of the gauges
 * ({@link org.lngsim.gui.CoverGauge}) are small pure kernels, tested without a display.
 */
package org.lngsim.gui;
