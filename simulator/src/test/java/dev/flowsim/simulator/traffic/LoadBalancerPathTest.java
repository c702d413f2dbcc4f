package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.aggregation.WindowAggregator;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.security.InterfaceSecurity;
import dev.flowsim.simulator.security.SecurityGroup;
import dev.flowsim.simulator.security.SecurityGroupRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.flowsim.simulator.traffic.NatGatewayPathTest.PATHS;
import static dev.flowsim.simulator.traffic.NatGatewayPathTest.WINDOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An internet-facing Network Load Balancer with client IP preservation: the client's address reaches the target
 * (so the target's groups judge it), and the balancer's interface shows its own address as srcaddr/dstaddr with
 * the client's in pkt-srcaddr/pkt-dstaddr.
 */
class LoadBalancerPathTest {

    private static final SecurityGroupRule ALL_OUT = new SecurityGroupRule(-1, 0, 65_535, "0.0.0.0/0", null);

    private static MonitoredEni target(String eniId, String ip, String admits) {
        InterfaceMetadata meta = new InterfaceMetadata("123456789010", eniId, "vpc-1", "subnet-web",
                "i-" + eniId.substring(4), "us-east-1", "use1-az1", null, null, null, null, Map.of());
        SecurityGroup group = new SecurityGroup("sg-" + eniId, List.of(new SecurityGroupRule(6, 443, 443, admits,
                null)), List.of(ALL_OUT));
        return new MonitoredEni(meta, ip, null, "10.0.0.0/16",
                new InterfaceSecurity("subnet-web", List.of(group), null),
                new Workload(Workload.Role.WEB, List.of(443), null));
    }

    private static MonitoredEni balancer() {
        InterfaceMetadata meta = new InterfaceMetadata("123456789010", "eni-0lb", "vpc-1", "subnet-public", null,
                "us-east-1", "use1-az1", null, null, "network_load_balancer", null, Map.of());
        return new MonitoredEni(meta, "10.0.0.50", "198.51.100.50", "10.0.0.0/16", null, null);
    }

    private static List<String> run(List<MonitoredEni> enis) {
        TrafficModel model = new TrafficModel(11, TrafficMix.DEFAULT.scaled(4));
        List<String> all = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            CaptureWindow window = new CaptureWindow(WINDOW.start().plusSeconds(60L * w), WINDOW.interval());
            for (FlowRecord record : WindowAggregator.aggregate(enis, window, model.observe(enis, window)).values()
                    .stream().flatMap(List::stream).toList()) {
                all.add(PATHS.render(record));
            }
        }
        return all;
    }

    @Test
    void clientAddressesArePreservedToTheTargetAndShownAsPacketAddressesOnTheBalancer() {
        List<MonitoredEni> enis = List.of(balancer(), target("eni-0t1", "10.0.1.11", "0.0.0.0/0"),
                target("eni-0t2", "10.0.1.12", "0.0.0.0/0"));
        List<String> all = run(enis);
        assertEquals(all, run(enis), "the same seed gives the same records");
        int checked = 0;
        for (String line : all) {
            String[] f = line.split(" ");
            if (!f[0].equals("eni-0t1") || !f[7].equals("ingress") || !f[4].equals("443") || f[1].startsWith("10.")) {
                continue;
            }
            // target: ingress from the client's own address, next hop the balancer
            assertEquals("ACCEPT", f[9], line);
            assertEquals("eni-0lb", f[12], line);
            String client = f[1];
            String clientPort = f[3];
            assertTrue(all.contains("eni-0lb " + client + " 10.0.0.50 " + clientPort + " 443 " + client
                    + " 10.0.0.50 ingress - ACCEPT - - - network_load_balancer"), "front: " + line);
            assertTrue(all.contains("eni-0lb 10.0.0.50 10.0.1.11 " + clientPort + " 443 " + client
                    + " 10.0.1.11 egress 1 ACCEPT - - eni-0t1 network_load_balancer"), "to the target: " + line);
            assertTrue(all.contains("eni-0t1 10.0.1.11 " + client + " 443 " + clientPort + " 10.0.1.11 " + client
                    + " egress 1 ACCEPT - - eni-0lb -"), "target's reply: " + line);
            assertTrue(all.contains("eni-0lb 10.0.1.11 10.0.0.50 443 " + clientPort + " 10.0.1.11 " + client
                    + " ingress - ACCEPT - - eni-0t1 network_load_balancer"), "reply back: " + line);
            assertTrue(all.contains("eni-0lb 10.0.0.50 " + client + " 443 " + clientPort + " 10.0.0.50 " + client
                    + " egress 2 ACCEPT - - - network_load_balancer"), "reply out: " + line);
            checked++;
        }
        assertTrue(checked > 5, "clients reached the first target through the balancer: " + checked);
        assertTrue(all.stream().anyMatch(l -> l.startsWith("eni-0t2 ")), "both targets serve");
    }

    @Test
    void aTargetWhoseGroupAdmitsOnlyTheVpcRefusesPreservedClientAddresses() {
        List<MonitoredEni> enis = List.of(balancer(), target("eni-0t1", "10.0.1.11", "10.0.0.0/16"));
        List<String> all = run(enis);
        List<String> fromClients = all.stream().filter(l -> l.startsWith("eni-0t1 ") && !l.split(" ")[1].startsWith("10.") && l.split(" ")[4]
                .equals("443")).toList();
        assertFalse(fromClients.isEmpty());
        fromClients.forEach(l -> assertTrue(l.contains(" ingress - REJECT "), l));
        assertFalse(all.stream().anyMatch(l -> l.startsWith("eni-0lb 10.0.1.11 10.0.0.50 ")),
                "no reply comes back through the balancer");
    }

    @Test
    void anInternalBalancerOrOneWithoutTargetsWritesNodata() {
        List<String> lines = run(List.of(balancer()));
        assertEquals(4, lines.size());
        lines.forEach(l -> assertTrue(l.startsWith("eni-0lb - - - - - - -"), l));
    }
}
