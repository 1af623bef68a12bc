package org.lngsim.gui;

import java.util.List;
import org.lngsim.agents.LiveView;

/** What the base map draws that changes: the date and the chokepoints' gates (a copy per step). */
record MapState(String dateText, List<LiveView.ChokepointState> chokepoints) {

    MapState {
        chokepoints = List.copyOf(chokepoints);
    }
}
