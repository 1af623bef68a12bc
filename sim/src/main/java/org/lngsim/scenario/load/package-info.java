/**
 * How a scenario file becomes a validated {@link org.lngsim.scenario.Scenario}: read with
 * locations, compose {@code extends} chains and {@code --set} overrides, check the structure
 * against the JSON Schema, check ids, references, dates and physical consistency, then bind to
 * records. Each stage adds its problems to one list; nothing is bound while any problem remains.
 */
package org.lngsim.scenario.load;
