package dev.flowsim.simulator.traffic;

import java.util.Objects;

/**
 * One end of a connection: an interface of the topology, or a host outside it (an internet address, possibly one of
 * an AWS service's ranges).
 *
 * @param eni        the interface, or null for a host outside the topology
 * @param awsService the AWS ip-ranges name the address belongs to ({@code S3}, ...), or null
 */
record Endpoint(String address, MonitoredEni eni, String awsService) {

    Endpoint {
        Objects.requireNonNull(address, "address");
    }

    static Endpoint of(MonitoredEni eni) {
        return new Endpoint(eni.privateIp(), eni, null);
    }

    static Endpoint external(String address) {
        return new Endpoint(address, null, null);
    }

    static Endpoint awsService(String address, String service) {
        return new Endpoint(address, null, service);
    }
}
