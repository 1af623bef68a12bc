package org.lngsim.events;

/**
 * Something that happened in a run, at a simulated time in hours from the scenario start. Sealed:
 * the events below are the whole vocabulary the model speaks and the outputs listen to (the
 * catalogue in ARCHITECTURE.md); a new kind of event is added here, on purpose.
 */
public sealed interface SimEvent
        permits AllocationOrderInForce, AllocationOrderLifted,
        BufferCargoDecided, CargoArrived, CargoAtSeaAtEnd, CargoAtSeaAtStart, CargoBerthed, CargoCancelled,
        CargoLoaded, CargoRedirected, CargoReleased, CargoUnloaded, ChokepointDecided, ChokepointPassed, DebtSettled,
        DisruptionEnded, DisruptionStarted, GasDemandDay, GridHour, PoolDay, ProgrammeStarted, ProtocolRequest,
        RegionDay, ReleaseLapsed, ReplacementCounted, SectorDay, ShortfallBegan, ShortfallEnded, SpotCargoCalled, TerminalChosen,
        TerminalDay, VesselHeld, VesselRerouted, VoyageDeparted, SpotBid, MarketDay {

    double timeHours();

    /** The kebab-case name used in {@code events.csv}. */
    String type();

    /** Writes this event's fields into a row of {@code events.csv}. */
    void describe(EventRow row);

    /** Observations feed time series and summaries, not {@code events.csv}. */
    default boolean isObservation() {
        return false;
    }
}
