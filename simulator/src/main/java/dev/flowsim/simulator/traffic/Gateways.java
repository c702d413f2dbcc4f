package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.security.Cidr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The NAT gateways of a window's interfaces, by VPC: which one a private interface's internet-bound traffic leaves
 * through. flowsim has no route tables, so a private interface uses a NAT gateway of its VPC in its own
 * Availability Zone, else the first of its VPC (by interface id) [U] — the usual one-NAT-per-AZ layout.
 */
final class Gateways {

    static final Gateways NONE = new Gateways(Map.of());
    private static final String ANY_INTERNET_ADDRESS = "8.8.8.8";

    private static final Cidr[] PRIVATE_RANGES = {Cidr.of("10.0.0.0/8"), Cidr.of("172.16.0.0/12"),
        Cidr.of("192.168.0.0/16"), Cidr.of("100.64.0.0/10")};

    private final Map<String, List<MonitoredEni>> natsByVpc;

    private Gateways(Map<String, List<MonitoredEni>> natsByVpc) {
        this.natsByVpc = natsByVpc;
    }

    /** @param ordered the window's interfaces in interface-id order */
    static Gateways of(List<MonitoredEni> ordered) {
        Map<String, List<MonitoredEni>> nats = new HashMap<>();
        for (MonitoredEni eni : ordered) {
            if (eni.isNatGateway() && eni.vpcKey() != null) {
                nats.computeIfAbsent(eni.vpcKey(), k -> new ArrayList<>()).add(eni);
            }
        }
        return nats.isEmpty() ? NONE : new Gateways(nats);
    }

    /**
     * The NAT gateway that carries {@code eni}'s traffic to {@code destination}, or null: only private instance
     * interfaces use one, and only for addresses outside the VPC's and the private ranges.
     */
    MonitoredEni natFor(MonitoredEni eni, String destination) {
        Objects.requireNonNull(destination, "destination");
        return natFor(eni, destination, Cidr.addressKey(destination));
    }

    /** As {@link #natFor(MonitoredEni, String)}, with the destination parsed ({@link Cidr#addressKey}). */
    MonitoredEni natFor(MonitoredEni eni, String destination, long destinationKey) {
        if (natsByVpc.isEmpty() || eni.publicIp() != null || eni.isRelay() || eni.vpcKey() == null
                || !isInternet(destination, destinationKey, eni.vpcCidr())) {
            return null;
        }
        List<MonitoredEni> nats = natsByVpc.get(eni.vpcKey());
        if (nats == null) {
            return null;
        }
        String az = eni.metadata().azId();
        for (MonitoredEni nat : nats) {
            if (az != null && az.equals(nat.metadata().azId())) {
                return nat;
            }
        }
        return nats.get(0);
    }

    /** Whether the interface's internet traffic leaves through a NAT gateway (any public address stands for all). */
    boolean hasNatFor(MonitoredEni eni) {
        return natFor(eni, ANY_INTERNET_ADDRESS) != null;
    }

    /** @param key {@link Cidr#addressKey} of the address; with a valid IPv4 key the text may be null */
    private static boolean isInternet(String address, long key, String vpcCidr) {
        if (key == Cidr.IPV6_KEY) {
            return false;
        }
        if (vpcCidr != null && Cidr.of(vpcCidr).contains(address, key)) {
            return false;
        }
        for (Cidr range : PRIVATE_RANGES) {
            if (range.contains(address, key)) {
                return false;
            }
        }
        return true;
    }
}
