package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.aggregation.WindowAggregator;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.record.RecordFormat;
import dev.flowsim.simulator.security.InterfaceSecurity;
import dev.flowsim.simulator.security.NetworkAcl;
import dev.flowsim.simulator.security.NetworkAclEntry;
import dev.flowsim.simulator.security.SecurityGroup;
import dev.flowsim.simulator.security.SecurityGroupRule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The NAT gateway path: the reference's worked example (1.9; AWS's "Traffic through a NAT gateway" record example)
 * reproduced line for line, and the model's own traffic through a NAT gateway checked for the same shape.
 */
class NatGatewayPathTest {

    static final CaptureWindow WINDOW = new CaptureWindow(Instant.parse("2026-03-01T10:00:00Z"),
            Duration.ofSeconds(60));
    /** The fields of AWS's NAT gateway example, in its order. */
    static final RecordFormat EXAMPLE = RecordFormat.parse(
            "${instance-id} ${interface-id} ${srcaddr} ${dstaddr} ${pkt-srcaddr} ${pkt-dstaddr}");
    static final RecordFormat PATHS = RecordFormat.parse("${interface-id} ${srcaddr} ${dstaddr} ${srcport} "
            + "${dstport} ${pkt-srcaddr} ${pkt-dstaddr} ${flow-direction} ${traffic-path} ${action} "
            + "${pkt-src-aws-service} ${pkt-dst-aws-service} ${next-hop-interface-id} ${interface-type}");
    static final SecurityGroupRule ALL = new SecurityGroupRule(-1, 0, 65_535, "0.0.0.0/0", null);

    static MonitoredEni instance(String eniId, String ip, String az, InterfaceSecurity security, Workload.Role role) {
        InterfaceMetadata meta = new InterfaceMetadata("123456789010", eniId, "vpc-1", "subnet-private",
                "i-" + eniId.substring(4), "us-east-1", az, null, null, null, null, Map.of());
        return new MonitoredEni(meta, ip, null, "10.0.0.0/16", security, new Workload(role, List.of(), null));
    }

    static MonitoredEni natGateway(String eniId, String ip, String az) {
        InterfaceMetadata meta = new InterfaceMetadata("123456789010", eniId, "vpc-1", "subnet-public", null,
                "us-east-1", az, null, null, "nat_gateway", null, Map.of());
        return new MonitoredEni(meta, ip, "198.51.100.77", "10.0.0.0/16",
                new InterfaceSecurity("subnet-public", List.of(), null), null);
    }

    static InterfaceSecurity open() {
        return new InterfaceSecurity("subnet-private", List.of(new SecurityGroup("sg-open", List.of(ALL),
                List.of(ALL))), null);
    }

    static List<String> lines(List<MonitoredEni> enis, List<FlowObservation> observations, RecordFormat format,
                              String eniId) {
        List<String> out = new ArrayList<>();
        for (FlowRecord record : WindowAggregator.aggregate(enis, WINDOW, observations).get(eniId)) {
            out.add(format.render(record));
        }
        return out;
    }

    @Test
    void theReferenceExampleComesOutLineForLine() {
        MonitoredEni instance = instance("eni-1111aaaa2222bbbb3", "10.0.1.5", "use1-az1", open(),
                Workload.Role.APP);
        MonitoredEni nat = natGateway("eni-1235b8ca123456789", "10.0.0.220", "use1-az1");
        List<MonitoredEni> enis = List.of(instance, nat);
        List<FlowObservation> observations = new ArrayList<>();
        long t = WINDOW.startEpochSecond();
        new ConnectionRecorder(observations, Gateways.of(enis)).connection(Endpoint.of(instance),
                Endpoint.external("203.0.113.5"), new FiveTuple("10.0.1.5", "203.0.113.5", 49152, 443, 6),
                new Leg(10, 2000, t, t + 5, 3), new Leg(12, 9000, t, t + 5, 19), new Leg(2, 120, t, t + 1, 2));

        assertEquals(List.of(
                "i-1111aaaa2222bbbb3 eni-1111aaaa2222bbbb3 10.0.1.5 203.0.113.5 10.0.1.5 203.0.113.5",
                "i-1111aaaa2222bbbb3 eni-1111aaaa2222bbbb3 203.0.113.5 10.0.1.5 203.0.113.5 10.0.1.5"),
                lines(enis, observations, EXAMPLE, instance.interfaceId()));
        List<String> natLines = lines(enis, observations, EXAMPLE, nat.interfaceId());
        assertEquals(4, natLines.size(), natLines.toString());
        assertTrue(natLines.containsAll(List.of(
                "- eni-1235b8ca123456789 10.0.1.5 10.0.0.220 10.0.1.5 203.0.113.5",
                "- eni-1235b8ca123456789 10.0.0.220 203.0.113.5 10.0.0.220 203.0.113.5",
                "- eni-1235b8ca123456789 203.0.113.5 10.0.0.220 203.0.113.5 10.0.0.220",
                "- eni-1235b8ca123456789 10.0.0.220 10.0.1.5 203.0.113.5 10.0.1.5")), natLines.toString());
    }

    @Test
    void theGatewayTranslatesThePortAndReportsPathsPerLeg() {
        MonitoredEni instance = instance("eni-0a", "10.0.1.5", "use1-az1", open(), Workload.Role.APP);
        MonitoredEni nat = natGateway("eni-0n", "10.0.0.220", "use1-az1");
        List<MonitoredEni> enis = List.of(instance, nat);
        List<FlowObservation> observations = new ArrayList<>();
        long t = WINDOW.startEpochSecond();
        new ConnectionRecorder(observations, Gateways.of(enis)).connection(Endpoint.of(instance),
                Endpoint.external("203.0.113.5"), new FiveTuple("10.0.1.5", "203.0.113.5", 49152, 443, 6),
                new Leg(10, 2000, t, t + 5, 3), new Leg(12, 9000, t, t + 5, 19), new Leg(2, 120, t, t + 1, 2));
        List<String> natLines = lines(enis, observations, PATHS, "eni-0n");
        String leaving = natLines.stream().filter(l -> l.startsWith("eni-0n 10.0.0.220 203.0.113.5 ")).findFirst()
                .orElseThrow();
        String[] f = leaving.split(" ");
        int natPort = Integer.parseInt(f[3]);
        assertTrue(natPort >= 1024 && natPort != 49152, leaving);
        assertEquals("egress 2 ACCEPT", f[7] + " " + f[8] + " " + f[9], leaving);
        assertTrue(natLines.contains("eni-0n 203.0.113.5 10.0.0.220 443 " + natPort
                + " 203.0.113.5 10.0.0.220 ingress - ACCEPT - - - nat_gateway"), natLines.toString());
        assertTrue(natLines.contains("eni-0n 10.0.1.5 10.0.0.220 49152 443 10.0.1.5 203.0.113.5 ingress - ACCEPT"
                + " - - eni-0a nat_gateway"), natLines.toString());
        assertTrue(natLines.contains("eni-0n 10.0.0.220 10.0.1.5 443 49152 203.0.113.5 10.0.1.5 egress 1 ACCEPT"
                + " - - eni-0a nat_gateway"), natLines.toString());
        assertTrue(lines(enis, observations, PATHS, "eni-0a").contains("eni-0a 10.0.1.5 203.0.113.5 49152 443 "
                + "10.0.1.5 203.0.113.5 egress 1 ACCEPT - - - -"));
    }

    @Test
    void whatTheInstanceGroupsRefuseNeverReachesTheGateway() {
        InterfaceSecurity httpsOnly = new InterfaceSecurity("subnet-private", List.of(new SecurityGroup("sg-h",
                List.of(), List.of(new SecurityGroupRule(6, 443, 443, "0.0.0.0/0", null)))), null);
        MonitoredEni instance = instance("eni-0a", "10.0.1.5", "use1-az1", httpsOnly, Workload.Role.APP);
        MonitoredEni nat = natGateway("eni-0n", "10.0.0.220", "use1-az1");
        List<MonitoredEni> enis = List.of(instance, nat);
        List<FlowObservation> observations = new ArrayList<>();
        long t = WINDOW.startEpochSecond();
        new ConnectionRecorder(observations, Gateways.of(enis)).connection(Endpoint.of(instance),
                Endpoint.external("1.1.1.1"), new FiveTuple("10.0.1.5", "1.1.1.1", 40000, 53, 17),
                new Leg(1, 70, t, t, 0), new Leg(1, 120, t, t, 0), new Leg(1, 70, t, t, 0));
        assertEquals(List.of("eni-0a 10.0.1.5 1.1.1.1 40000 53 10.0.1.5 1.1.1.1 egress 1 REJECT - - - -"),
                lines(enis, observations, PATHS, "eni-0a"));
        List<String> gateway = lines(enis, observations, RecordFormat.DEFAULT, "eni-0n");
        assertEquals(1, gateway.size(), gateway.toString());
        assertTrue(gateway.get(0).endsWith(" - NODATA"), "the gateway saw nothing: " + gateway);
    }

    @Test
    void theGatewaySubnetsAclJudgesEachLegAndAReplyItDeniesNeverReachesTheInstance() {
        // The classic mistake: the NAT subnet's ACL allows HTTPS out but not the ephemeral replies back in.
        NetworkAcl httpsOutOnly = new NetworkAcl("acl-nat", List.of(
                new NetworkAclEntry(100, false, 6, 443, 443, "10.0.0.0/16", true),
                new NetworkAclEntry(100, true, 6, 443, 443, "0.0.0.0/0", true)));
        MonitoredEni instance = instance("eni-0a", "10.0.1.5", "use1-az1", open(), Workload.Role.APP);
        InterfaceMetadata meta = new InterfaceMetadata("123456789010", "eni-0n", "vpc-1", "subnet-public", null,
                "us-east-1", "use1-az1", null, null, "nat_gateway", null, Map.of());
        MonitoredEni nat = new MonitoredEni(meta, "10.0.0.220", "198.51.100.77", "10.0.0.0/16",
                new InterfaceSecurity("subnet-public", List.of(), httpsOutOnly), null);
        List<MonitoredEni> enis = List.of(instance, nat);
        List<FlowObservation> observations = new ArrayList<>();
        long t = WINDOW.startEpochSecond();
        new ConnectionRecorder(observations, Gateways.of(enis)).connection(Endpoint.of(instance),
                Endpoint.external("203.0.113.5"), new FiveTuple("10.0.1.5", "203.0.113.5", 49152, 443, 6),
                new Leg(10, 2000, t, t + 5, 3), new Leg(12, 9000, t, t + 5, 19), new Leg(2, 120, t, t + 1, 2));
        List<String> natLines = lines(enis, observations, PATHS, "eni-0n");
        assertEquals(3, natLines.size(), natLines.toString());
        assertTrue(natLines.stream().anyMatch(l -> l.startsWith("eni-0n 203.0.113.5 10.0.0.220 443 ")
                && l.contains(" ingress - REJECT ")), natLines.toString());
        assertEquals(List.of("eni-0a 10.0.1.5 203.0.113.5 49152 443 10.0.1.5 203.0.113.5 egress 1 ACCEPT - - - -"),
                lines(enis, observations, PATHS, "eni-0a"), "the instance sees its request leave and no answer");
    }

    @Test
    void privateInterfacesReachTheInternetAndAwsServicesThroughTheirZonesGateway() {
        List<MonitoredEni> enis = List.of(
                instance("eni-01", "10.0.1.10", "use1-az1", open(), Workload.Role.APP),
                instance("eni-02", "10.0.2.10", "use1-az2", open(), Workload.Role.GENERIC),
                natGateway("eni-0n1", "10.0.100.5", "use1-az1"),
                natGateway("eni-0n2", "10.0.101.5", "use1-az2"));
        TrafficModel model = new TrafficModel(7, TrafficMix.DEFAULT.scaled(6));
        List<String> all = new ArrayList<>();
        boolean sawService = false;
        for (int w = 0; w < 5; w++) {
            CaptureWindow window = new CaptureWindow(WINDOW.start().plusSeconds(60L * w), WINDOW.interval());
            List<FlowObservation> observations = model.observe(enis, window);
            assertEquals(observations, model.observe(enis, window), "the same seed gives the same traffic");
            for (FlowRecord record : WindowAggregator.aggregate(enis, window, observations).values().stream()
                    .flatMap(List::stream).toList()) {
                all.add(PATHS.render(record));
            }
        }
        for (String line : all) {
            String[] f = line.split(" ");
            if (f[0].equals("eni-01") && f[7].equals("egress") && !f[2].startsWith("10.")) {
                assertEquals(f[2], f[6], "the instance shows the internet host as dstaddr and pkt-dstaddr: " + line);
                assertEquals("1", f[8], line);
                if (f[9].equals("ACCEPT")) {
                    String natSide = "eni-0n1 10.0.1.10 10.0.100.5 " + f[3] + " " + f[4] + " 10.0.1.10 " + f[2]
                            + " ingress";
                    assertTrue(all.stream().anyMatch(l -> l.startsWith(natSide)), "relayed by the az1 gateway: "
                            + line);
                    assertFalse(all.stream().anyMatch(l -> l.startsWith("eni-0n2 10.0.1.10 ")), line);
                }
            }
            if (!f[11].equals("-")) {
                sawService = true;
                assertTrue(f[11].equals("S3") || f[11].equals("DYNAMODB"), line);
                assertEquals(f[11], AwsServiceRanges.serviceOf(f[6]), "named after pkt-dstaddr's range: " + line);
            }
            if (!f[10].equals("-")) {
                assertEquals(f[10], AwsServiceRanges.serviceOf(f[5]), "named after pkt-srcaddr's range: " + line);
            }
            if (f[0].startsWith("eni-0n")) {
                assertTrue(line.endsWith(" nat_gateway"), line);
                assertFalse(f[1].equals(f[5]) && f[2].equals(f[6]) && f[1].startsWith("10.") && f[2].startsWith(
                        "10.") && !f[1].startsWith("10.0.10"), "a gateway records only relayed legs: " + line);
            }
        }
        assertTrue(sawService, "private interfaces behind a NAT gateway call S3 and DynamoDB");
        assertTrue(all.stream().anyMatch(l -> l.startsWith("eni-0n2 10.0.2.10 10.0.101.5 ")),
                "the az2 instance uses the az2 gateway");
    }
}
