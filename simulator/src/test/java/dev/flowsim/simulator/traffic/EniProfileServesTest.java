package dev.flowsim.simulator.traffic;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link EniProfile#serves} answers as {@code servicePorts().contains} does, for every port and kind of list. */
class EniProfileServesTest {

    @Test
    void servesIsContainsWithoutBoxing() {
        List<List<Integer>> lists = List.of(List.of(), List.of(443), List.of(80, 443), List.of(5432, 3306, 6379, 8080),
                Arrays.asList(null, 80, 65_535), Arrays.asList(0, null));
        for (List<Integer> ports : lists) {
            EniProfile profile = new EniProfile(Workload.Role.WEB, true, 1.0, ports, TrafficMix.DEFAULT, "1.1.1.1",
                    false, "3.3.3.3", false);
            for (int port = -2; port <= 70_000; port++) {
                assertEquals(ports.contains(port), profile.serves(port), ports + " " + port);
            }
        }
    }
}
