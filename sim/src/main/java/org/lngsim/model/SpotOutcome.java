package org.lngsim.model;

/** What became of one bid for a spot cargo. */
public enum SpotOutcome {
    /** The bidder got the cargo, at the day's price. */
    AWARDED("awarded"),
    /** The bidder's highest price was below the day's price. */
    PRICED_OUT("priced-out"),
    /** Bidders willing to pay more took every cargo on offer. */
    NO_CARGO("no-cargo"),
    /** A cargo was there but no ship of the spot fleet could reach its plant. */
    NO_SHIP("no-ship");

    private final String jsonName;

    SpotOutcome(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
