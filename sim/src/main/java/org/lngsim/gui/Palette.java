package org.lngsim.gui;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map's colours. Ships take their destination country's colour (importers in scenario order;
 * the palette avoids the red and amber that mean "closed" and "restricted" at a chokepoint).
 */
final class Palette {

    static final Color SEA = new Color(0xDCE9F2);
    static final Color LAND = new Color(0xECE8DC);
    static final Color LAND_EDGE = new Color(0xB9B2A0);
    static final Color LANE = new Color(0xB8C4CE);
    static final Color CLOSED = new Color(0xD62728);
    static final Color RESTRICTED = new Color(0xFFB000);
    static final Color OPEN = new Color(0x555555);
    static final Color BALLAST = new Color(0x8A8A8A);
    static final Color PLANT = new Color(0x2B6E3F);
    static final Color TEXT = new Color(0x222222);
    static final Color COMFORTABLE = new Color(0x2CA02C);
    static final Color HELD = CLOSED;
    static final Color REDIRECTED = new Color(0x7B2FBE);
    static final Color REROUTED = Color.BLACK;

    private static final Color[] COUNTRIES = {new Color(0x1F5FB4), new Color(0x17A3B8), new Color(0x9467BD),
        new Color(0x8C564B), new Color(0xE377C2), new Color(0x2F4F4F)};

    private Palette() {
    }

    /** Importer id → colour, in the scenario's order. */
    static Map<String, Color> countries(List<String> importerIds) {
        Map<String, Color> colours = new LinkedHashMap<>();
        for (int i = 0; i < importerIds.size(); i++) {
            colours.put(importerIds.get(i), COUNTRIES[i % COUNTRIES.length]);
        }
        return colours;
    }

    static Color band(CoverBand band) {
        return switch (band) {
            case BELOW_TRIGGER -> CLOSED;
            case BELOW_DONOR_FLOOR -> RESTRICTED;
            case CAN_DONATE -> COMFORTABLE;
        };
    }
}
