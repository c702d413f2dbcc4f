package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.security.Cidr;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Addresses of AWS service endpoints the model calls, with the ip-ranges name that {@code pkt-src-aws-service} and
 * {@code pkt-dst-aws-service} report for them (reference 1.5, v5). The blocks are a small representative choice in
 * the shape of AWS's published ip-ranges.json (one block per service, the same in every region) [U]: flowsim does
 * not ship the full, ever-changing list, and only addresses the model knowingly picks from a service are named.
 */
final class AwsServiceRanges {

    /** A service's ip-ranges name, a block of its addresses and the TCP port clients call it on. */
    record Service(String name, Cidr block, int port) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("S3", Cidr.parse("52.216.0.0/15"), 443),
            new Service("DYNAMODB", Cidr.parse("52.94.0.0/22"), 443));

    private AwsServiceRanges() {
    }

    static Service pick(RandomGenerator rng) {
        return SERVICES.get(rng.nextInt(SERVICES.size()));
    }

    /** A host address inside the service's block (not its network or broadcast address). */
    static String addressIn(Service service, RandomGenerator rng) {
        return Cidr.ipv4(addressNumberIn(service, rng));
    }

    /** As {@link #addressIn}, the same draw, as an unsigned 32-bit number. */
    static long addressNumberIn(Service service, RandomGenerator rng) {
        long size = (~service.block().mask() & 0xFFFF_FFFFL) + 1;
        return service.block().network() + 1 + rng.nextLong(size - 2);
    }

    /** The ip-ranges name of the block holding {@code address}, or null when it is in none of them. */
    static String serviceOf(String address) {
        if (address.indexOf(':') >= 0) {
            return null;
        }
        for (Service service : SERVICES) {
            if (service.block().contains(address)) {
                return service.name();
            }
        }
        return null;
    }
}
