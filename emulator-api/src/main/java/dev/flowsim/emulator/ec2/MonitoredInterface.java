package dev.flowsim.emulator.ec2;

/**
 * One network interface a subscription records, with what the publisher writes into its records (JSON field names
 * are the contract with the simulator).
 */
public record MonitoredInterface(String interfaceId, String accountId, String vpcId, String subnetId,
                                 String privateIpAddress, String instanceId, String availabilityZoneId) {

    static MonitoredInterface of(NetworkInterface eni) {
        return new MonitoredInterface(eni.networkInterfaceId(), eni.accountId(), eni.vpcId(), eni.subnetId(),
                eni.privateIpAddress(), eni.instanceId(), eni.availabilityZoneId());
    }
}
