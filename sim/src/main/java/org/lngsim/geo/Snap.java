package org.lngsim.geo;

/**
 * Where a position joins the sea-lane network: the nearest network node and how far away it is.
 *
 * <p>A port further than {@link #MAX_SNAP_NM} from the network is almost certainly mistyped
 * coordinates (or an inland point); the caller must report it rather than route from it.
 */
public record Snap(int nodeIndex, double distanceNm) {

    /** The largest snap distance a caller should accept for a port, in nautical miles. */
    public static final double MAX_SNAP_NM = 100.0;

    public Snap {
        if (nodeIndex < 0) {
            throw new IllegalArgumentException("node index must be >= 0: " + nodeIndex);
        }
        if (!(distanceNm >= 0.0)) {
            throw new IllegalArgumentException("snap distance must be >= 0: " + distanceNm);
        }
    }

    /** True when the position is close enough to the network to be routed from. */
    public boolean withinLimit() {
        return distanceNm <= MAX_SNAP_NM;
    }
}
