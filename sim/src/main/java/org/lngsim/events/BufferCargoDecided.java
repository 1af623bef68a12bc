package org.lngsim.events;

/** A strategic buffer cargo reached its call deadline: kept for the buyer, or sold on. */
public record BufferCargoDecided(double timeHours, String buyerId, String plantId, boolean kept, double massT, double buyerCoverDays) implements SimEvent {

    @Override
    public String type() {
        return "buffer-cargo-decided";
    }

    @Override
    public void describe(EventRow row) {
        row.importer(buyerId).plant(plantId).massT(massT).value(buyerCoverDays, "days of cover").detail(kept ? "kept" : "sold on");
    }
}
