package dev.flowsim.emulator.ec2.topology;

/** An IPv4 CIDR block, for checking that subnets lie in their VPC and addresses in their subnet. */
record Ipv4Block(long network, int prefix) {

    static Ipv4Block parse(String cidr, String where) {
        String[] parts = cidr == null ? new String[0] : cidr.split("/");
        if (parts.length != 2) {
            throw new TopologyConfigException(where + ": '" + cidr + "' is not an IPv4 CIDR block like 10.0.0.0/16");
        }
        int prefix;
        try {
            prefix = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 0 || prefix > 32) {
            throw new TopologyConfigException(where + ": the prefix of '" + cidr + "' must be 0-32");
        }
        long address = address(parts[0], where);
        long mask = mask(prefix);
        if ((address & mask) != address) {
            throw new TopologyConfigException(where + ": '" + cidr + "' has host bits set; did you mean "
                    + text(address & mask) + "/" + prefix + "?");
        }
        return new Ipv4Block(address, prefix);
    }

    static long address(String text, String where) {
        String[] octets = text == null ? new String[0] : text.split("\\.", -1);
        if (octets.length != 4) {
            throw new TopologyConfigException(where + ": '" + text + "' is not an IPv4 address");
        }
        long value = 0;
        for (String octet : octets) {
            int n;
            try {
                n = Integer.parseInt(octet);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n > 255) {
                throw new TopologyConfigException(where + ": '" + text + "' is not an IPv4 address");
            }
            value = (value << 8) | n;
        }
        return value;
    }

    static String text(long address) {
        return ((address >>> 24) & 255) + "." + ((address >>> 16) & 255) + "." + ((address >>> 8) & 255) + "."
                + (address & 255);
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
    }

    boolean contains(long address) {
        return (address & mask(prefix)) == network;
    }

    boolean contains(Ipv4Block other) {
        return other.prefix >= prefix && contains(other.network);
    }

    /** AWS reserves the first four addresses and the last one of every subnet. */
    boolean isReservedHost(long address) {
        long size = 1L << (32 - prefix);
        long offset = address - network;
        return offset < 4 || offset == size - 1;
    }
}
