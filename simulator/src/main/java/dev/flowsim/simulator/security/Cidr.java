package dev.flowsim.simulator.security;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An IPv4 CIDR block, parsed once. IPv6 rules are kept only as {@code ::/0} (matches every IPv6 address); flowsim's
 * traffic is IPv4, so narrower IPv6 blocks never match anything.
 */
public record Cidr(String text, long network, long mask, boolean ipv6) {

    /** Rule blocks of a topology are few and checked for every packet: each is parsed once. */
    private static final int MAX_CACHED = 65_536;
    private static final ConcurrentHashMap<String, Cidr> PARSED =
            new ConcurrentHashMap<>();

    /** As {@link #parse}, remembered; for the blocks of rules, which are checked again and again. */
    public static Cidr of(String text) {
        Cidr known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        Cidr parsed = parse(text);
        if (PARSED.size() < MAX_CACHED) {
            PARSED.put(text, parsed);
        }
        return parsed;
    }

    public static Cidr parse(String text) {
        Objects.requireNonNull(text, "cidr");
        if (text.indexOf(':') >= 0) {
            return new Cidr(text, 0, text.endsWith("/0") ? 0 : -1, true);
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a CIDR block: '" + text + "'");
        }
        int prefix = Integer.parseInt(text.substring(slash + 1));
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix length must be 0-32 in '" + text + "'");
        }
        long mask = prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
        return new Cidr(text, ipv4(text.substring(0, slash)) & mask, mask, false);
    }

    /** {@link #addressKey} of an IPv6 address. */
    public static final long IPV6_KEY = -1;
    /** {@link #addressKey} of text that is no address: checks with it take the text's way, which says what is wrong. */
    public static final long INVALID_KEY = -2;

    /**
     * An address parsed once for many rule checks ({@link #contains(String, long)}): the IPv4 address as an unsigned
     * 32-bit number, {@link #IPV6_KEY} for IPv6, {@link #INVALID_KEY} for anything else.
     */
    public static long addressKey(String address) {
        if (address.indexOf(':') >= 0) {
            return IPV6_KEY;
        }
        try {
            return ipv4(address);
        } catch (IllegalArgumentException notAnAddress) {
            return INVALID_KEY;
        }
    }

    /** As {@link #contains(String)}, with the address already parsed ({@link #addressKey}). */
    public boolean contains(String address, long key) {
        if (key == INVALID_KEY) {
            return contains(address);
        }
        if (key == IPV6_KEY || ipv6) {
            return ipv6 && key == IPV6_KEY && mask == 0;
        }
        return (key & mask) == network;
    }

    public boolean contains(String address) {
        boolean addressIsV6 = address.indexOf(':') >= 0;
        if (ipv6 || addressIsV6) {
            return ipv6 && addressIsV6 && mask == 0;
        }
        return (ipv4(address) & mask) == network;
    }

    /** The address as an unsigned 32-bit number. */
    public static long ipv4(String address) {
        long value = 0;
        int octets = 0;
        int current = -1;
        for (int i = 0; i <= address.length(); i++) {
            char c = i < address.length() ? address.charAt(i) : '.';
            if (c == '.') {
                if (current < 0 || current > 255) {
                    throw new IllegalArgumentException("not an IPv4 address: '" + address + "'");
                }
                value = (value << 8) | current;
                octets++;
                current = -1;
            } else if (c >= '0' && c <= '9') {
                current = (current < 0 ? 0 : current * 10) + (c - '0');
            } else {
                throw new IllegalArgumentException("not an IPv4 address: '" + address + "'");
            }
        }
        if (octets != 4) {
            throw new IllegalArgumentException("not an IPv4 address: '" + address + "'");
        }
        return value;
    }

    /** The dotted form of an unsigned 32-bit number. */
    public static String ipv4(long value) {
        return ((value >>> 24) & 255) + "." + ((value >>> 16) & 255) + "." + ((value >>> 8) & 255) + "." + (value & 255);
    }
}
