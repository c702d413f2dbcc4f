package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.Ipv4;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The generator's number paths decide exactly as the text paths they replace: the same draws give the same
 * addresses, the same exclusions and the same ports, and reusing a topology between windows changes nothing.
 */
class NumericGenerationTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void internetAddressesDrawnAsNumbersAreTheTextDrawsInTheSameOrder() {
        SplittableRandom asText = new SplittableRandom(5);
        SplittableRandom asNumber = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            assertEquals(Ipv4.parse(InternetAddresses.publicIpv4(asText)), InternetAddresses.publicIpv4Number(asNumber));
            AwsServiceRanges.Service service = AwsServiceRanges.SERVICES.get(i % AwsServiceRanges.SERVICES.size());
            assertEquals(Ipv4.parse(AwsServiceRanges.addressIn(service, asText)),
                    AwsServiceRanges.addressNumberIn(service, asNumber));
        }
        assertEquals(asText.nextLong(), asNumber.nextLong(), "both streams are at the same place");
    }

    @Test
    void theJoinedHashIsTheHashOfTheJoinedText() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 5_000; i++) {
            String a = randomText(rng);
            String b = randomText(rng);
            assertEquals((a + b).hashCode(), Conversations.concatenatedHash(a, b), a + " + " + b);
        }
    }

    @Test
    void neverLoggedOnNumbersAgreesWithTheText() {
        String vpc = "10.0.0.0/16";
        String[] addresses = {"10.0.0.1", "10.0.0.2", "10.0.0.3", "169.254.169.254", "169.254.169.123", "8.8.8.8",
            "010.0.0.2", "2001:db8::2", "10.0.1.10", "0.0.0.0", "255.255.255.255"};
        Endpoint inVpc = Endpoint.of(new MonitoredEni(new dev.flowsim.simulator.record.InterfaceMetadata(
                "123456789012", "eni-1", "vpc-1", "subnet-1", null, null, null, null, null, null, null, null),
                "10.0.1.10", null, vpc, null, null));
        Endpoint noBlock = Endpoint.of(new MonitoredEni("eni-2", "123456789012", "10.0.1.11"));
        for (String src : addresses) {
            for (String dst : addresses) {
                for (int[] ports : new int[][] {{40_000, 53}, {68, 67}, {67, 9}, {123, 123}}) {
                    for (int protocol : new int[] {FiveTuple.UDP, FiveTuple.TCP}) {
                        FiveTuple tuple = new FiveTuple(src, dst, ports[0], ports[1], protocol);
                        assertEquals(NeverLogged.excludes(tuple, vpc),
                                NeverLogged.excludes(tuple, inVpc.reservedAddresses()), tuple.toString());
                        assertEquals(NeverLogged.excludes(tuple, (String) null),
                                NeverLogged.excludes(tuple, noBlock.reservedAddresses()), tuple.toString());
                    }
                }
            }
        }
    }

    @Test
    void aReusedTopologyGivesTheObservationsOfAFreshOne() {
        List<MonitoredEni> enis = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            enis.add(new MonitoredEni(String.format("eni-0c%015x", i), "123456789012", "10.0.3." + (10 + i)));
        }
        TrafficModel reused = new TrafficModel(9);
        Observations columns = new Observations();
        for (int w = 0; w < 6; w++) {
            CaptureWindow window = new CaptureWindow(T0.plusSeconds(60L * w), Duration.ofSeconds(60));
            reused.observeInto(enis, window, columns);
            List<FlowObservation> fresh = new TrafficModel(9).observe(List.copyOf(enis), window);
            assertEquals(fresh, columns.toList(), "window " + w);
            for (int i = 0; i < columns.size(); i++) {
                assertEquals(fresh.get(i).interfaceId(), columns.interfaceId(i));
                assertEquals(fresh.get(i).tuple().srcAddr(), columns.tuple(i).srcAddr());
                assertEquals(fresh.get(i).detail().pktDstAddr(), columns.pktDstAddr(i));
            }
        }
    }

    private static String randomText(SplittableRandom rng) {
        StringBuilder text = new StringBuilder();
        int length = rng.nextInt(0, 30);
        for (int i = 0; i < length; i++) {
            text.append((char) (rng.nextBoolean() ? rng.nextInt('0', 'z' + 1) : rng.nextInt(0x100, 0x3000)));
        }
        return text.toString();
    }
}
