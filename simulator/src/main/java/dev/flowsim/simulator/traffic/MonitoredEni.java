package dev.flowsim.simulator.traffic;

import java.util.Objects;

/** A network interface a flow log captures: the recorded side of every flow the model generates for it. */
public record MonitoredEni(String interfaceId, String accountId, String privateIp) {

    public MonitoredEni {
        Objects.requireNonNull(interfaceId, "interfaceId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(privateIp, "privateIp");
    }
}
