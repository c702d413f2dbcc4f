package dev.flowsim.emulator.iam;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 CIDR block as IpAddress / NotIpAddress take it; an address without prefix is one address (/32 or
 * /128). Host bits below the prefix are ignored. An IPv4 block never contains an IPv6 address and the reverse.
 * Parsing never resolves host names: only literal addresses are accepted.
 */
record IpRange(byte[] network, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    /** The block, or null when {@code text} is not an address with an optional /prefix. */
    static IpRange parse(String text) {
        if (text == null || text.length() > 64) {
            return null;
        }
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        byte[] address = address(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (address == null) {
            return null;
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = trimmed.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
                return null;
            }
            prefix = Integer.parseInt(digits);
            if (prefix > bits) {
                return null;
            }
        }
        return new IpRange(address, prefix);
    }

    /** Whether {@code text} is a literal address inside this block. */
    boolean contains(String text) {
        IpRange single = parse(text);
        if (single == null || single.prefixLength != single.network.length * 8
                || single.network.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (network[i] != single.network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (network[full] & mask) == (single.network[full] & mask);
    }

    /** 4 bytes for IPv4, 16 for IPv6 (an IPv4-mapped IPv6 literal stays 16 bytes), or null. */
    private static byte[] address(String text) {
        var v4 = IPV4.matcher(text);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(v4.group(i + 1));
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        // Only hex digits, ':' and '.' with at least one ':' reach the JDK, which then parses a literal, never DNS.
        if (text.indexOf(':') < 0 || !IPV6_CHARS.matcher(text).matches()) {
            return null;
        }
        try {
            InetAddress parsed = InetAddress.getByName(text);
            byte[] raw = parsed.getAddress();
            if (parsed instanceof Inet4Address) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xFF;
                mapped[11] = (byte) 0xFF;
                System.arraycopy(raw, 0, mapped, 12, 4);
                return mapped;
            }
            return raw;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
