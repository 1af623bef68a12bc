package org.lngsim.scenario;

import java.util.List;

/** Levers a planner compares with the protocol; each is off (null or empty) unless the scenario sets it. */
public record Levers(List<SpotCargoes> spotCargoes, StrategicBuffer strategicBuffer, Biogas biogas,
        SectorAllocation sectorAllocation) {

    public static final Levers NONE = new Levers(List.of(), null, null, null);

    public Levers {
        spotCargoes = spotCargoes == null ? List.of() : List.copyOf(spotCargoes);
    }

    /** Prompt cargoes a buyer calls when its projected cover falls below a trigger. */
    public record SpotCargoes(String buyer, List<String> sources, String fleet, double leadTimeDays,
            int maxCargoesPerMonth, double priceUsdPerMmbtu, double triggerDaysOfCover, String source) {

        public SpotCargoes {
            sources = List.copyOf(sources);
        }
    }

    /** Extra cargoes kept for the buyer if called before a deadline, else sold on (METI's scheme). */
    public record StrategicBuffer(String buyer, String plant, String fleet, int cargoesPerYear, List<Integer> months,
            double callDaysBeforeArrival, double triggerDaysOfCover, String source) {

        public StrategicBuffer {
            months = months == null ? null : List.copyOf(months);
        }
    }

    /** Compressed biogas plants feeding a gas pool, ramping up from a start day. */
    public record Biogas(String pool, int plants, double tonnesPerDayPerPlant, double rampUpDays, double startDay,
            String source) {
    }

    /** A pool's allocation mode set as a lever (overrides the pool's own {@code allocationMode}). */
    public record SectorAllocation(String pool, AllocationMode mode) {
    }
}
