package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.aggregation.WindowAggregator;
import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.LogStatus;
import dev.flowsim.simulator.record.RecordFormat;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrafficModelTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration MINUTE = Duration.ofSeconds(60);
    private static final List<MonitoredEni> ENIS = List.of(
            new MonitoredEni("eni-0a000000000000001", "000000000000", "10.0.1.10"),
            new MonitoredEni("eni-0a000000000000002", "000000000000", "10.0.1.11"),
            new MonitoredEni("eni-0a000000000000003", "000000000000", "10.0.2.20"),
            new MonitoredEni("eni-0a000000000000004", "111111111111", "10.0.2.21"));

    @Test
    void sameSeedGivesByteIdenticalLines() {
        for (int i = 0; i < 20; i++) {
            CaptureWindow window = window(i);
            assertEquals(lines(42, ENIS, window), lines(42, ENIS, window), "window " + window);
        }
    }

    @Test
    void differentSeedGivesDifferentLines() {
        CaptureWindow window = window(0);
        assertNotEquals(lines(42, ENIS, window), lines(43, ENIS, window));
    }

    @Test
    void linesDoNotDependOnThreadsOrOnTheOrderWindowsAreGenerated() throws Exception {
        List<List<String>> sequential = IntStream.range(0, 32).mapToObj(i -> lines(7, ENIS, window(i))).toList();
        List<Integer> shuffled = new ArrayList<>(IntStream.range(0, 32).boxed().toList());
        Collections.shuffle(shuffled, new Random(1));
        TrafficModel shared = new TrafficModel(7);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Map.Entry<Integer, List<String>>>> tasks = shuffled.stream()
                    .<Callable<Map.Entry<Integer, List<String>>>>map(i -> () -> Map.entry(i, lines(shared, ENIS,
                            window(i))))
                    .toList();
            for (Future<Map.Entry<Integer, List<String>>> done : pool.invokeAll(tasks)) {
                Map.Entry<Integer, List<String>> result = done.get();
                assertEquals(sequential.get(result.getKey()), result.getValue(), "window " + result.getKey());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void interfaceOrderDoesNotMatter() {
        List<MonitoredEni> reversed = new ArrayList<>(ENIS);
        Collections.reverse(reversed);
        assertEquals(lines(9, ENIS, window(3)), lines(9, reversed, window(3)));
    }

    @Test
    void everyObservationLiesInsideItsWindowWithPlausiblePacketSizes() {
        TrafficModel model = new TrafficModel(11);
        for (int i = 0; i < 30; i++) {
            CaptureWindow window = i % 2 == 0 ? window(i) : new CaptureWindow(T0.plusSeconds(600L * i),
                    Duration.ofSeconds(600));
            for (FlowObservation o : model.observe(ENIS, window)) {
                assertTrue(window.contains(o.start()) && window.contains(o.end()) && o.start() <= o.end(), o + "");
                double bytesPerPacket = (double) o.bytes() / o.packets();
                assertTrue(bytesPerPacket >= 40 && bytesPerPacket <= 1500, "bytes per packet " + o);
                assertTrue(o.tuple().protocol() == FiveTuple.TCP || o.tuple().protocol() == FiveTuple.UDP);
            }
        }
    }

    @Test
    void trafficHasTheExpectedKindsOverAnHour() throws UnknownHostException {
        List<FlowObservation> all = new ArrayList<>();
        TrafficModel model = new TrafficModel(2026);
        for (int i = 0; i < 60; i++) {
            all.addAll(model.observe(ENIS, window(i)));
        }
        Set<String> eniIps = ENIS.stream().map(MonitoredEni::privateIp).collect(Collectors.toSet());

        List<FlowObservation> webRequests = all.stream()
                .filter(o -> o.tuple().dstPort() == 443 || o.tuple().dstPort() == 80)
                .filter(o -> !eniIps.contains(o.tuple().srcAddr()))
                .toList();
        assertFalse(webRequests.isEmpty(), "inbound web traffic");
        for (FlowObservation request : webRequests) {
            assertEquals(Action.ACCEPT, request.action());
            assertTrue(request.tuple().srcPort() >= 32_768, "ephemeral client port: " + request);
            assertTrue(isPublic(request.tuple().srcAddr()), "public client: " + request);
            assertTrue(all.stream().anyMatch(o -> o.interfaceId().equals(request.interfaceId())
                    && o.tuple().equals(request.tuple().reversed())), "reply recorded for " + request);
        }

        List<FlowObservation> rejected = all.stream().filter(o -> o.action() == Action.REJECT).toList();
        assertFalse(rejected.isEmpty(), "rejected scanner probes");
        assertTrue(rejected.stream().anyMatch(probe -> probe.tuple().dstPort() == 22), "rejected SSH probes");
        for (FlowObservation probe : rejected) {
            assertTrue(isPublic(probe.tuple().srcAddr()), "only internet scanners are refused by default: " + probe);
            assertTrue(probe.tuple().dstPort() != 443 && probe.tuple().dstPort() != 80, "web ports are open");
            assertTrue(all.stream().noneMatch(o -> o.tuple().equals(probe.tuple().reversed())), "no reply to " + probe);
        }

        List<FlowObservation> eastWest = all.stream()
                .filter(o -> eniIps.contains(o.tuple().srcAddr()) && eniIps.contains(o.tuple().dstAddr()))
                .toList();
        assertFalse(eastWest.isEmpty(), "east-west traffic");
        eastWest.forEach(flow -> assertEquals(2, eastWest.stream().filter(o -> o.tuple().equals(flow.tuple())
                && o.start() == flow.start()).count(), "seen on both interfaces: " + flow));

        assertTrue(all.stream().anyMatch(o -> o.tuple().dstPort() == 53 && o.tuple().protocol() == FiveTuple.UDP),
                "DNS");
        assertTrue(all.stream().anyMatch(o -> o.tuple().dstPort() == 123 && o.tuple().protocol() == FiveTuple.UDP),
                "NTP");
    }

    @Test
    void silentInterfacesReportOneNoDataRecordEach() {
        TrafficModel silent = new TrafficModel(1, TrafficMix.silent());
        CaptureWindow window = window(0);
        Map<String, List<FlowRecord>> records = WindowAggregator.aggregate(ENIS, window,
                silent.observe(ENIS, window));
        assertEquals(ENIS.size(), records.size());
        records.values().forEach(list -> {
            assertEquals(1, list.size());
            assertEquals(LogStatus.NODATA, list.get(0).logStatus());
        });
    }

    @Test
    void aLoneInterfaceIsSometimesIdleUnderTheDefaultMix() {
        List<MonitoredEni> lone = List.of(ENIS.get(0));
        TrafficModel model = new TrafficModel(5);
        long idleWindows = IntStream.range(0, 200)
                .mapToObj(i -> WindowAggregator.aggregate(lone, window(i), model.observe(lone, window(i))))
                .filter(records -> records.get(lone.get(0).interfaceId()).get(0).logStatus() == LogStatus.NODATA)
                .count();
        assertTrue(idleWindows > 0 && idleWindows < 100, "idle windows: " + idleWindows);
    }

    @Test
    void seedStreamsDependOnEveryPathElement() {
        SeedStreams seeds = new SeedStreams(3);
        assertEquals(seeds.derive("window", "eni-1", "60"), new SeedStreams(3).derive("window", "eni-1", "60"));
        assertNotEquals(seeds.derive("window", "eni-1", "60"), seeds.derive("window", "eni-2", "60"));
        assertNotEquals(seeds.derive("a", "bc"), seeds.derive("ab", "c"));
    }

    private static CaptureWindow window(int index) {
        return new CaptureWindow(T0.plusSeconds(60L * index), MINUTE);
    }

    private static List<String> lines(long seed, List<MonitoredEni> enis, CaptureWindow window) {
        return lines(new TrafficModel(seed), enis, window);
    }

    private static List<String> lines(TrafficModel model, List<MonitoredEni> enis, CaptureWindow window) {
        return WindowAggregator.aggregate(enis, window, model.observe(enis, window)).values().stream()
                .flatMap(List::stream)
                .map(RecordFormat.DEFAULT::render)
                .toList();
    }

    private static boolean isPublic(String address) throws UnknownHostException {
        InetAddress ip = InetAddress.getByName(address);
        int first = Integer.parseInt(address.substring(0, address.indexOf('.')));
        return !ip.isSiteLocalAddress() && !ip.isLoopbackAddress() && !ip.isLinkLocalAddress()
                && !ip.isMulticastAddress() && !ip.isAnyLocalAddress() && first != 100;
    }
}
