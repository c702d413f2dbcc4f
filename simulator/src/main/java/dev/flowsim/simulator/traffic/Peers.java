package dev.flowsim.simulator.traffic;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who an interface calls, worked out once per window for all interfaces (index lists by role) instead of once per
 * interface, so a window of N interfaces costs O(N) here rather than O(N²). An interface calls the non-idle
 * interfaces of its downstream tier, or every other non-idle interface when that tier is empty; a database calls
 * nobody. The lists keep interface order, so picks by index are the same as from a list built per interface.
 */
final class Peers {

    private static final int[] NONE = new int[0];

    private final int[] active;
    private final Map<Workload.Role, int[]> byRole = new EnumMap<>(Workload.Role.class);

    Peers(List<EniProfile> profiles) {
        int[] all = new int[profiles.size()];
        int count = 0;
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).role() != Workload.Role.IDLE) {
                all[count++] = i;
            }
        }
        active = Arrays.copyOf(all, count);
        for (Workload.Role role : Workload.Role.values()) {
            byRole.put(role, Arrays.stream(active).filter(i -> profiles.get(i).role() == role).toArray());
        }
    }

    /** Indexes of the non-idle interfaces with this role, in interface order. */
    int[] withRole(Workload.Role role) {
        return byRole.get(role);
    }

    /** The interfaces {@code self} may call. */
    View of(int self, Workload.Role role) {
        if (role == Workload.Role.DB) {
            return new View(NONE, -1);
        }
        Workload.Role wanted = role.downstream();
        if (wanted != null) {
            View downstream = excluding(byRole.get(wanted), self);
            if (downstream.size() > 0) {
                return downstream;
            }
        }
        return excluding(active, self);
    }

    private static View excluding(int[] indexes, int self) {
        int at = Arrays.binarySearch(indexes, self);
        return new View(indexes, at >= 0 ? at : -1);
    }

    /** An index list with at most one position (the caller itself) left out. */
    record View(int[] indexes, int skipped) {

        int size() {
            return indexes.length - (skipped >= 0 ? 1 : 0);
        }

        int get(int n) {
            return skipped < 0 || n < skipped ? indexes[n] : indexes[n + 1];
        }
    }
}
