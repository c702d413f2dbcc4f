package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.security.Firewall;

/**
 * One client end's filter answers, by server end, protocol and server port. An interface calls the same few peers,
 * resolver and time server on the same ports connection after connection, window after window, and the groups and
 * ACLs of an end never change (its {@link Firewall.Side} and every rule are immutable; changed rules come as new
 * interface objects, hence new ends), so {@link Firewall#request} is worked out once per key and read back after:
 * an open-addressed table probed on the server end's identity instead of a walk of both ends' rules. When the
 * network ACLs judge the reply alike on every client port ({@link Firewall#sameForEveryClientPort}) the whole
 * verdict is kept; otherwise the reply's ACL checks run per connection ({@link Firewall#withReply}).
 */
final class VerdictMemo {

    private static final int FIRST_CAPACITY = 16;

    private Endpoint[] servers = new Endpoint[FIRST_CAPACITY];
    /** Protocol (0-255) in bits 16-23, server port (0-65535) in the low 16. */
    private int[] keys = new int[FIRST_CAPACITY];
    private byte[] requests = new byte[FIRST_CAPACITY];
    /** The verdict for every client port; null where it depends on the client's port. */
    private Firewall.Verdict[] verdicts = new Firewall.Verdict[FIRST_CAPACITY];
    private int size;

    /**
     * {@link Firewall#decide} of a connection from {@code client} to {@code server}, its request's half worked out
     * on the first ask for the same server end, protocol and port.
     *
     * @param protocol   0-255
     * @param serverPort 0-65535
     * @param clientPort 0-65535
     */
    Firewall.Verdict verdict(Endpoint client, Endpoint server, int protocol, int serverPort, int clientPort) {
        int key = protocol << 16 | serverPort;
        Endpoint[] known = servers;
        int mask = known.length - 1;
        for (int slot = slotOf(server, key) & mask; ; slot = (slot + 1) & mask) {
            Endpoint at = known[slot];
            if (at == null) {
                break;
            }
            if (at == server && keys[slot] == key) {
                Firewall.Verdict verdict = verdicts[slot];
                return verdict != null ? verdict
                        : Firewall.withReply(requests[slot], client.side(), server.side(), protocol, clientPort);
            }
        }
        int request = Firewall.request(client.side(), server.side(), protocol, serverPort);
        Firewall.Verdict verdict = Firewall.withReply(request, client.side(), server.side(), protocol, clientPort);
        boolean portFree = Firewall.sameForEveryClientPort(request, client.side(), server.side(), protocol);
        if (size * 2 >= known.length) {
            grow();
        }
        put(server, key, request, portFree ? verdict : null);
        size++;
        return verdict;
    }

    /** How many keys are kept (tests). */
    int size() {
        return size;
    }

    private void put(Endpoint server, int key, int request, Firewall.Verdict verdict) {
        int mask = servers.length - 1;
        int slot = slotOf(server, key) & mask;
        while (servers[slot] != null) {
            slot = (slot + 1) & mask;
        }
        servers[slot] = server;
        keys[slot] = key;
        requests[slot] = (byte) request;
        verdicts[slot] = verdict;
    }

    private void grow() {
        Endpoint[] oldServers = servers;
        int[] oldKeys = keys;
        byte[] oldRequests = requests;
        Firewall.Verdict[] oldVerdicts = verdicts;
        int capacity = oldServers.length * 2;
        servers = new Endpoint[capacity];
        keys = new int[capacity];
        requests = new byte[capacity];
        verdicts = new Firewall.Verdict[capacity];
        for (int i = 0; i < oldServers.length; i++) {
            if (oldServers[i] != null) {
                put(oldServers[i], oldKeys[i], oldRequests[i], oldVerdicts[i]);
            }
        }
    }

    /** Spreads the server's address number and the key over the table (equal addresses only share a chain). */
    private static int slotOf(Endpoint server, int key) {
        int h = (int) server.ipv4() * 0x9E3779B1 + key * 0x85EBCA6B;
        return h ^ h >>> 15;
    }
}
