/**
 * The scenario: immutable records for everything a scenario file holds, and the loader that
 * reads, composes ({@code extends}, {@code --set}) and validates it in full before anything runs.
 *
 * <p>Loading follows MATSim's discipline: every problem in a scenario is collected and reported at
 * once as {@code file:line:column: path: message}, unknown keys are errors, and a scenario that
 * has any problem never reaches the simulation. Masses are tonnes ({@code T}) or million tonnes
 * ({@code Mt}); the names of fields carry their units.
 */
package org.lngsim.scenario;
