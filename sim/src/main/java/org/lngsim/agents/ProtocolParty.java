package org.lngsim.agents;

import java.util.List;

/** A protocol party: its id and the regions whose terminals are its stock. */
record ProtocolParty(String id, List<RegionAgent> regions) {

    ProtocolParty {
        regions = List.copyOf(regions);
    }
}
