package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Ipv4;

/**
 * {@link Ipv4#parse}, remembering the last few strings by identity: a connection's four to eight observations
 * carry the same two or three packet-address strings, so most are parsed once per connection, not once per row.
 * One per {@link Observations}; not thread-safe.
 */
final class RecentAddresses {

    private final String[] texts = new String[4];
    private final long[] values = new long[4];
    private int next;

    /** The address's IPv4 number, or -1 when it is not a canonical dotted quad. */
    long ipv4(String address) {
        String[] known = texts;
        for (int k = 0; k < known.length; k++) {
            if (known[k] == address) {
                return values[k];
            }
        }
        long value = Ipv4.parse(address);
        int k = next;
        next = (k + 1) & (known.length - 1);
        known[k] = address;
        values[k] = value;
        return value;
    }
}
