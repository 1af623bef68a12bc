package org.lngsim.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Releases decided and not yet executed (the decision lag): the arrival promised to each receiver
 * and why. A receiver's projection counts them as coming, the credit limit counts emergency ones
 * as received, a payback does not send again what is already on its way, and a pending cargo is
 * neither counted at its old terminal nor released twice. Kept in decision order.
 */
public final class PendingReleases {

    private record Promise(String receiverId, Purpose purpose) {
    }

    private final Map<Arrival, Promise> byArrival = new LinkedHashMap<>();
    private final Set<String> cargoIds = new HashSet<>();

    public void add(Arrival promised, String receiverId, Purpose purpose) {
        byArrival.put(promised, new Promise(receiverId, purpose));
        cargoIds.add(promised.cargoId());
    }

    /** The release was executed or lapsed. */
    public void remove(Arrival promised) {
        byArrival.remove(promised);
        cargoIds.remove(promised.cargoId());
    }

    public boolean contains(String cargoId) {
        return cargoIds.contains(cargoId);
    }

    /** The arrivals promised to {@code receiverId}, whatever the purpose, in decision order. */
    public List<Arrival> arrivalsFor(String receiverId) {
        return arrivals(receiverId, null);
    }

    /** Tonnes promised to {@code receiverId} for {@code purpose}. */
    public double massT(String receiverId, Purpose purpose) {
        return arrivals(receiverId, purpose).stream().mapToDouble(Arrival::massT).sum();
    }

    private List<Arrival> arrivals(String receiverId, Purpose purpose) {
        List<Arrival> arrivals = new ArrayList<>();
        byArrival.forEach((arrival, promise) -> {
            if (promise.receiverId().equals(receiverId) && (purpose == null || promise.purpose() == purpose)) {
                arrivals.add(arrival);
            }
        });
        return arrivals;
    }
}
