package org.lngsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the contracts' seasonal profiles (and their due dates) describe. */
public enum ProfileBasis {
    /** Deliveries: cargo k arrives when the profile reaches k cargoes and loads a nominal voyage earlier. */
    @JsonProperty("arrival") ARRIVAL,
    /** Loadings: cargo k loads when the profile reaches k cargoes (the model before issue 14). */
    @JsonProperty("loading") LOADING
}
