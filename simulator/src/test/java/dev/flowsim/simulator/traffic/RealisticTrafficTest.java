package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.aggregation.WindowAggregator;
import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowDirection;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.record.LogStatus;
import dev.flowsim.simulator.security.InterfaceSecurity;
import dev.flowsim.simulator.security.NetworkAcl;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A three-tier VPC with real security groups: who talks to whom, what is refused, what is never logged. */
class RealisticTrafficTest {

    private static final String VPC_CIDR = "10.0.0.0/16";
    private static final SecurityGroupRule ALL_OUT = new SecurityGroupRule(-1, 0, 65_535, "0.0.0.0/0", null);
    private static final SecurityGroup WEB_SG = new SecurityGroup("sg-web", List.of(
            new SecurityGroupRule(6, 443, 443, "0.0.0.0/0", null)), List.of(ALL_OUT));
    private static final SecurityGroup APP_SG = new SecurityGroup("sg-app", List.of(
            new SecurityGroupRule(6, 8080, 8080, null, "sg-web")), List.of(ALL_OUT));
    private static final SecurityGroup DB_SG = new SecurityGroup("sg-db", List.of(
            new SecurityGroupRule(6, 5432, 5432, null, "sg-app")), List.of(ALL_OUT));

    static MonitoredEni eni(String id, String ip, String publicIp, SecurityGroup group, Workload.Role role) {
        InterfaceMetadata meta = new InterfaceMetadata("111122223333", id, "vpc-1", "subnet-1", "i-" + id,
                "us-east-1", "use1-az1", null, null, null, null, Map.of());
        return new MonitoredEni(meta, ip, publicIp, VPC_CIDR,
                new InterfaceSecurity("subnet-1", List.of(group), NetworkAcl.ALLOW_ALL),
                new Workload(role, List.of(), null));
    }

    static final MonitoredEni WEB = eni("eni-web", "10.0.1.10", "54.0.0.10", WEB_SG, Workload.Role.WEB);
    static final MonitoredEni APP = eni("eni-app", "10.0.1.20", null, APP_SG, Workload.Role.APP);
    static final MonitoredEni DB = eni("eni-db", "10.0.1.30", null, DB_SG, Workload.Role.DB);
    static final MonitoredEni SPARE = eni("eni-spare", "10.0.1.40", null, DB_SG, Workload.Role.IDLE);
    static final List<MonitoredEni> TIERS = List.of(WEB, APP, DB, SPARE);

    private static CaptureWindow window(int minute) {
        return new CaptureWindow(Instant.parse("2026-03-01T00:00:00Z").plusSeconds(60L * minute),
                Duration.ofSeconds(60));
    }

    private static List<FlowObservation> hour(long seed) {
        TrafficModel model = new TrafficModel(seed);
        List<FlowObservation> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.addAll(model.observe(TIERS, window(i)));
        }
        return all;
    }

    @Test
    void tiersCallOnlyTheirDownstreamTierAndTheGroupsAcceptIt() {
        List<FlowObservation> all = hour(7);
        List<FlowObservation> eastWest = all.stream()
                .filter(o -> o.tuple().srcAddr().startsWith("10.0.") && o.tuple().dstAddr().startsWith("10.0.1."))
                .filter(o -> o.detail().direction() == FlowDirection.EGRESS)
                .toList();
        assertFalse(eastWest.isEmpty());
        for (FlowObservation o : eastWest) {
            assertEquals(Action.ACCEPT, o.action(), o.toString());
            assertEquals(1, o.detail().trafficPath(), "same-VPC egress is path 1: " + o);
            assertTrue(o.detail().nextHop() != null, "the peer interface is the next hop: " + o);
        }
        assertTrue(eastWest.stream().anyMatch(o -> o.tuple().dstPort() == 8080 && o.interfaceId().equals("eni-web")));
        assertTrue(eastWest.stream().anyMatch(o -> o.tuple().dstPort() == 5432 && o.interfaceId().equals("eni-app")));
        assertTrue(all.stream().noneMatch(o -> o.interfaceId().equals("eni-spare")), "the idle interface is silent");
    }

    @Test
    void pooledDatabaseConnectionsRecurEveryWindowWithNoFlags() {
        Map<FiveTuple, List<FlowObservation>> byTuple = hour(7).stream()
                .filter(o -> o.interfaceId().equals("eni-db") && o.tuple().dstPort() == 5432)
                .collect(java.util.stream.Collectors.groupingBy(FlowObservation::tuple));
        List<List<FlowObservation>> recurring = byTuple.values().stream().filter(l -> l.size() >= 50).toList();
        assertEquals(TrafficModel.POOLED_CONNECTIONS_PER_DATABASE, recurring.size(),
                "the pool's tuples recur in (almost) every window; short calls use fresh ports");
        recurring.forEach(l -> l.forEach(o -> assertEquals(0, o.tcpFlags(),
                "mid-connection packets carry only ACK/PSH: " + o)));
    }

    @Test
    void shortConnectionsShowTheDocumentedFlagValues() {
        List<FlowObservation> web = hour(3).stream()
                .filter(o -> o.interfaceId().equals("eni-web") && o.tuple().dstPort() == 443
                        && o.action() == Action.ACCEPT)
                .toList();
        assertFalse(web.isEmpty());
        for (FlowObservation request : web) {
            boolean scannerSynRst = request.tcpFlags() == 6 && request.packets() == 2;
            assertTrue(request.tcpFlags() == 3 || request.tcpFlags() == 2 || scannerSynRst, "client side: " + request);
            assertEquals(FlowDirection.INGRESS, request.detail().direction());
            assertNull(request.detail().trafficPath(), "no traffic-path on ingress");
        }
        List<FlowObservation> replies = hour(3).stream()
                .filter(o -> o.interfaceId().equals("eni-web") && o.tuple().srcPort() == 443)
                .toList();
        for (FlowObservation reply : replies) {
            assertTrue(reply.tcpFlags() == 19 || reply.tcpFlags() == 18, "server side: " + reply);
            assertEquals(8, reply.detail().trafficPath(), "to the internet through the internet gateway");
        }
    }

    @Test
    void scannersAreRefusedExceptOnTheServedPortAndPrivateTiersAreNotScanned() {
        List<FlowObservation> rejected = hour(11).stream().filter(o -> o.action() == Action.REJECT).toList();
        assertFalse(rejected.isEmpty());
        for (FlowObservation r : rejected) {
            assertEquals("eni-web", r.interfaceId(), "only the public interface is reachable: " + r);
            assertTrue(r.tuple().dstPort() != 443);
            assertEquals(2, r.tcpFlags(), "only SYNs reach a refused port");
        }
    }

    @Test
    void amazonDnsTimeSyncAndMetadataTrafficIsNeverLogged() {
        List<FlowObservation> all = hour(5);
        for (FlowObservation o : all) {
            assertFalse(o.tuple().dstAddr().equals("10.0.0.2") || o.tuple().srcAddr().equals("10.0.0.2"), o.toString());
            assertFalse(o.tuple().dstAddr().startsWith("169.254."), o.toString());
        }
        assertTrue(NeverLogged.excludes(new FiveTuple("10.0.1.10", "10.0.0.2", 40000, 53, 17), VPC_CIDR));
        assertTrue(NeverLogged.excludes(new FiveTuple("10.0.1.10", "169.254.169.254", 40000, 80, 6), VPC_CIDR));
        assertTrue(NeverLogged.excludes(new FiveTuple("10.0.1.10", "169.254.169.123", 123, 123, 17), VPC_CIDR));
        assertTrue(NeverLogged.excludes(new FiveTuple("0.0.0.0", "255.255.255.255", 68, 67, 17), VPC_CIDR));
        assertFalse(NeverLogged.excludes(new FiveTuple("10.0.1.10", "8.8.8.8", 40000, 53, 17), VPC_CIDR));
    }

    @Test
    void overCapacityTheRestOfTheWindowBecomesOneSkipDataRecord() {
        CaptureWindow w = window(0);
        List<FlowObservation> many = new ArrayList<>();
        for (int port = 1; port <= 10; port++) {
            many.add(new FlowObservation("eni-web", "111122223333",
                    new FiveTuple("198.51.100.1", "10.0.1.10", 40_000, port, 6), 1, 60, w.startEpochSecond() + port,
                    w.startEpochSecond() + port, Action.REJECT));
        }
        WindowAggregator.Aggregate aggregate = WindowAggregator.aggregate(List.of(WEB), w, many, 4);
        List<FlowRecord> records = aggregate.records().get("eni-web");
        assertEquals(4, records.size());
        assertEquals(List.of(LogStatus.OK, LogStatus.OK, LogStatus.OK, LogStatus.SKIPDATA),
                records.stream().map(FlowRecord::logStatus).toList());
        assertEquals(1, records.get(0).tuple().dstPort(), "the earliest flows are kept");
        assertEquals(7, aggregate.skippedFlows().get("eni-web"));
        assertEquals(w.startEpochSecond(), records.get(3).start());
    }

    @Test
    void flagsOfTheSameFlowAreOredAcrossObservations() {
        CaptureWindow w = window(0);
        FiveTuple t = new FiveTuple("10.0.1.10", "10.0.1.20", 40_000, 8080, 6);
        long s = w.startEpochSecond();
        List<FlowObservation> parts = List.of(
                new FlowObservation("eni-web", "111122223333", t, 2, 120, s, s + 1, Action.ACCEPT, 2, null),
                new FlowObservation("eni-web", "111122223333", t, 5, 900, s + 10, s + 20, Action.ACCEPT, 0, null),
                new FlowObservation("eni-web", "111122223333", t, 2, 120, s + 30, s + 30, Action.ACCEPT, 1, null));
        FlowRecord r = WindowAggregator.aggregate(List.of(WEB), w, parts).get("eni-web").get(0);
        assertEquals(3, r.tcpFlags());
        assertEquals(9, r.packets());
        assertEquals(s, r.start());
        assertEquals(s + 30, r.end());
    }
}
