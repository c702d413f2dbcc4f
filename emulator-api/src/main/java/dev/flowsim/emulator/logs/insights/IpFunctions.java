package dev.flowsim.emulator.logs.insights;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Literal-only IP parsing for the IP functions (never a DNS lookup). */
final class IpFunctions {

    private IpFunctions() {
    }

    /** The address bytes of an IPv4 dotted quad, or null. */
    static byte[] ipv4(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    /** The address bytes of an IPv6 literal, or null. */
    static byte[] ipv6(String text) {
        if (text == null || text.indexOf(':') < 0 || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0
                || c == ':' || c == '.')) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress();
            return bytes.length == 16 ? bytes : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    static boolean inSubnet(byte[] address, String cidr) {
        if (address == null || cidr == null) {
            return false;
        }
        int slash = cidr.indexOf('/');
        String base = slash < 0 ? cidr : cidr.substring(0, slash);
        byte[] network = address.length == 4 ? ipv4(base) : ipv6(base);
        if (network == null) {
            return false;
        }
        int bits = address.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (prefix < 0 || prefix > bits) {
            return false;
        }
        BigInteger mask = prefix == 0 ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(bits - prefix).shiftLeft(bits - prefix);
        return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
    }
}
