package dev.flowsim.cli.bench;

import dev.flowsim.emulator.ec2.topology.TopologyConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The network of {@code flowsim bench publish}, generated rather than read from a file: VPCs of up to 250
 * interfaces, each a three-tier application (1 in 5 interfaces a public web server, 3 in 10 app servers, 1 in 20
 * databases, the rest generic hosts) behind security groups that admit each tier from the one in front of it. Every
 * VPC gets its own flow log, as an account with many VPCs would have.
 */
final class PublishTopology {

    static final int MAX_ENIS_PER_VPC = 250;

    private PublishTopology() {
    }

    static TopologyConfig generate(String account, String region, int interfaces, int perVpc) {
        if (perVpc < 1 || perVpc > MAX_ENIS_PER_VPC) {
            throw new IllegalArgumentException("interfaces per VPC must be 1-" + MAX_ENIS_PER_VPC + ", got " + perVpc);
        }
        List<TopologyConfig.Vpc> vpcs = new ArrayList<>();
        for (int v = 0, left = interfaces; left > 0; v++, left -= perVpc) {
            vpcs.add(vpc(v, Math.min(perVpc, left)));
        }
        return new TopologyConfig(List.of(new TopologyConfig.Account(account,
                List.of(new TopologyConfig.Region(region, vpcs)))));
    }

    /** VPC blocks may overlap in AWS; each VPC here is 10.x.0.0/16 with x cycling through 0-255. */
    private static TopologyConfig.Vpc vpc(int index, int count) {
        String prefix = "10." + (index % 256) + ".";
        List<TopologyConfig.Subnet> subnets = List.of(
                new TopologyConfig.Subnet("a", null, prefix + "0.0/20", "a", null, Map.of()),
                new TopologyConfig.Subnet("b", null, prefix + "16.0/20", "b", null, Map.of()));
        TopologyConfig.Rule allOut = new TopologyConfig.Rule("-1", null, null, "0.0.0.0/0", null);
        List<TopologyConfig.SecurityGroup> groups = List.of(
                new TopologyConfig.SecurityGroup("web", null, "public web tier", List.of(
                        new TopologyConfig.Rule("tcp", 443, 443, "0.0.0.0/0", null),
                        new TopologyConfig.Rule("tcp", 80, 80, "0.0.0.0/0", null)), List.of(allOut), Map.of()),
                new TopologyConfig.SecurityGroup("app", null, "app tier", List.of(
                        new TopologyConfig.Rule("tcp", 8080, 8080, null, "web"),
                        new TopologyConfig.Rule("-1", null, null, prefix + "0.0/16", null)), List.of(allOut),
                        Map.of()),
                new TopologyConfig.SecurityGroup("db", null, "database tier", List.of(
                        new TopologyConfig.Rule("tcp", 5432, 5432, null, "app")), List.of(allOut), Map.of()));
        List<TopologyConfig.NetworkInterface> enis = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int slot = i % 20;
            String role = slot < 4 ? "web" : slot < 10 ? "app" : slot < 11 ? "db" : "generic";
            String group = role.equals("generic") ? "app" : role;
            boolean secondSubnet = i % 2 == 1;
            String ip = prefix + (secondSubnet ? 16 : 0) + "." + (10 + i / 2);
            String publicIp = role.equals("web") ? "3." + (16 + index / 256) + "." + (index % 256) + "." + (1 + i)
                    : null;
            enis.add(new TopologyConfig.NetworkInterface("eni" + i, null, secondSubnet ? "b" : "a", ip, publicIp,
                    null, List.of(group), role + " " + i, null, Map.of(),
                    new TopologyConfig.Workload(role, null, null)));
        }
        return new TopologyConfig.Vpc("bench-" + index, null, prefix + "0.0/16", Map.of("Name", "bench-" + index),
                subnets, groups, List.of(), enis);
    }
}
