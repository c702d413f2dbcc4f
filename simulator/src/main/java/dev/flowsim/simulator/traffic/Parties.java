package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.InterfaceMetadata;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The interfaces and next hops the rows of an {@link Observations} name, each registered once and referred to by
 * number: the columns live long, and with G1 every reference stored into an old array costs a write barrier with a
 * memory fence, while a row is written tens of thousands of times a window and a party once per interface.
 */
final class Parties {

    private String[] interfaceIds = new String[16];
    private String[] accountIds = new String[16];
    private InterfaceMetadata[] metadata = new InterfaceMetadata[16];
    private int count;
    /** The last parties the text-given rows registered, reused while rows keep naming the same objects. */
    private int lastIdParty = -1;
    private int lastHopParty = -1;
    /** Hands out {@link #generation}s: no two tables, nor one before and after a clear, share one. */
    private static final AtomicLong GENERATIONS = new AtomicLong();

    /**
     * Renewed by {@link #clear}: parties registered before are gone. Unique among all tables, so that
     * {@link Endpoint#partyIn} tells whether its party is still valid by comparing this one number.
     */
    private long generation = GENERATIONS.incrementAndGet();

    void clear() {
        Arrays.fill(interfaceIds, 0, count, null);
        Arrays.fill(accountIds, 0, count, null);
        Arrays.fill(metadata, 0, count, null);
        count = 0;
        lastIdParty = -1;
        lastHopParty = -1;
        generation = GENERATIONS.incrementAndGet();
    }

    int count() {
        return count;
    }

    long generation() {
        return generation;
    }

    /** A new party for the interface, valid until {@link #clear}. */
    int of(MonitoredEni eni) {
        return add(eni.interfaceId(), eni.accountId(), eni.metadata());
    }

    /** The party of a row given its interface by text: the last one again while the same strings come. */
    int ofIds(String interfaceId, String accountId) {
        int last = lastIdParty;
        if (last >= 0 && interfaceIds[last] == interfaceId && accountIds[last] == accountId) {
            return last;
        }
        lastIdParty = add(interfaceId, accountId, null);
        return lastIdParty;
    }

    /** The party of a next hop given as metadata; -1 for none. */
    int ofHop(InterfaceMetadata hop) {
        if (hop == null) {
            return -1;
        }
        int last = lastHopParty;
        if (last >= 0 && metadata[last] == hop) {
            return last;
        }
        lastHopParty = add(null, null, hop);
        return lastHopParty;
    }

    String interfaceId(int party) {
        return interfaceIds[party];
    }

    String accountId(int party) {
        return accountIds[party];
    }

    /** Null for -1 (no next hop). */
    InterfaceMetadata metadata(int party) {
        return party < 0 ? null : metadata[party];
    }

    private int add(String interfaceId, String accountId, InterfaceMetadata meta) {
        if (count == metadata.length) {
            int capacity = count * 2;
            interfaceIds = Arrays.copyOf(interfaceIds, capacity);
            accountIds = Arrays.copyOf(accountIds, capacity);
            metadata = Arrays.copyOf(metadata, capacity);
        }
        interfaceIds[count] = interfaceId;
        accountIds[count] = accountId;
        metadata[count] = meta;
        return count++;
    }
}
