/**
 * Sea lanes, chokepoints and routing for lngsim (placeholder; completed below).
 */
package org.lngsim.geo;
