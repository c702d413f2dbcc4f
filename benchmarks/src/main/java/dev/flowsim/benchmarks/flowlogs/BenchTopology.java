package dev.flowsim.benchmarks.flowlogs;

import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.security.InterfaceSecurity;
import dev.flowsim.simulator.security.NetworkAcl;
import dev.flowsim.simulator.security.SecurityGroup;
import dev.flowsim.simulator.security.SecurityGroupRule;
import dev.flowsim.simulator.traffic.MonitoredEni;
import dev.flowsim.simulator.traffic.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A VPC of {@code n} interfaces for the record benchmarks: a three-tier application (web with public addresses, app,
 * db, each tier behind its own security group) plus generic hosts, full v3/v4/v11 metadata on every interface.
 */
final class BenchTopology {

    private static final SecurityGroupRule ALL_OUT = new SecurityGroupRule(-1, 0, 65_535, "0.0.0.0/0", null);
    private static final SecurityGroup WEB = new SecurityGroup("sg-web", List.of(
            new SecurityGroupRule(6, 443, 443, "0.0.0.0/0", null),
            new SecurityGroupRule(6, 80, 80, "0.0.0.0/0", null)), List.of(ALL_OUT));
    private static final SecurityGroup APP = new SecurityGroup("sg-app", List.of(
            new SecurityGroupRule(6, 8080, 8080, null, "sg-web"),
            new SecurityGroupRule(-1, 0, 65_535, "10.0.0.0/16", null)), List.of(ALL_OUT));
    private static final SecurityGroup DB = new SecurityGroup("sg-db", List.of(
            new SecurityGroupRule(6, 5432, 5432, null, "sg-app")), List.of(ALL_OUT));

    private BenchTopology() {
    }

    /** Shares: 1 in 5 web, 3 in 10 app, 1 in 20 db, the rest generic. */
    static List<MonitoredEni> vpc(int n) {
        List<MonitoredEni> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int slot = i % 20;
            Workload.Role role = slot < 4 ? Workload.Role.WEB : slot < 10 ? Workload.Role.APP
                    : slot < 11 ? Workload.Role.DB : Workload.Role.GENERIC;
            SecurityGroup group = switch (role) {
                case WEB -> WEB;
                case DB -> DB;
                default -> APP;
            };
            String id = String.format("eni-0b%015x", i);
            String subnet = "subnet-0b" + (i % 4);
            InterfaceMetadata meta = new InterfaceMetadata("123456789012", id, "vpc-0b00000000000001", subnet,
                    String.format("i-0c%015x", i), "us-east-2", "use2-az" + (1 + i % 3), null, null, null, null,
                    Map.of());
            String ip = "10.0." + (1 + i / 250) + "." + (4 + i % 250);
            String publicIp = role == Workload.Role.WEB ? "3.16." + (i / 250) + "." + (1 + i % 250) : null;
            out.add(new MonitoredEni(meta, ip, publicIp, "10.0.0.0/16",
                    new InterfaceSecurity(subnet, List.of(group), NetworkAcl.ALLOW_ALL),
                    new Workload(role, List.of(), null)));
        }
        return out;
    }
}
