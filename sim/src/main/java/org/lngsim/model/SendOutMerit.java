package org.lngsim.model;

/**
 * A region's send-out taken in merit order: first from the terminal whose tanks most need room
 * (the fullest once the ships at anchor or at berth are counted), up to what it can give, then the
 * next. Operators run the terminal that must make room for the next ship, since a ship kept
 * waiting costs demurrage, and leave gas in the tanks that have room to spare. Pure.
 */
public final class SendOutMerit {

    private SendOutMerit() {
    }

    /**
     * @param canT         what each terminal can give in the window (usable stock within its send-out limit)
     * @param committedFill each terminal's stock plus cargoes at anchor or berthed, over its tank capacity
     * @param requestedT   what the region's consumers ask for
     * @return what to take from each terminal; the sum is the lesser of the request and the total
     *     they can give. Equal fills go to the terminal listed first, so the order is deterministic.
     */
    public static double[] fullestFirst(double[] canT, double[] committedFill, double requestedT) {
        if (canT.length != committedFill.length) {
            throw new IllegalArgumentException("one fill per terminal: " + canT.length + " vs " + committedFill.length);
        }
        int n = canT.length;
        double[] take = new double[n];
        boolean[] done = new boolean[n];
        double remaining = requestedT;
        for (int round = 0; round < n && remaining > 0; round++) {
            int next = -1;
            for (int i = 0; i < n; i++) {
                if (!done[i] && (next < 0 || committedFill[i] > committedFill[next])) {
                    next = i;
                }
            }
            done[next] = true;
            take[next] = Math.min(Math.max(0.0, canT[next]), remaining);
            remaining -= take[next];
        }
        return take;
    }
}
