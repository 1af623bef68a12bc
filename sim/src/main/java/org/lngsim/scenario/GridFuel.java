package org.lngsim.scenario;

/** Where a grid's gas-fired plants get fuel: a region's terminals, or a gas pool's sector. */
public record GridFuel(String region, String gasPool, String sector) {
}
