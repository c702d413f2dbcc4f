package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.aggregation.WindowAggregator;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FlowField;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.record.RecordFormat;
import dev.flowsim.simulator.security.InterfaceSecurity;
import dev.flowsim.simulator.security.NetworkAcl;
import dev.flowsim.simulator.security.NetworkAclEntry;
import dev.flowsim.simulator.security.SecurityGroup;
import dev.flowsim.simulator.security.SecurityGroupRule;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the exact bytes the whole record path (seeded traffic → aggregation → rendering) produces for a mixed VPC,
 * so that performance work on that path cannot change a single character of the output. The digests were taken
 * before the path was optimised; a deliberate change of the traffic model has to update them (and say why).
 */
class PipelineOutputPinTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final SecurityGroupRule ALL_OUT = new SecurityGroupRule(-1, 0, 65_535, "0.0.0.0/0", null);
    private static final SecurityGroup WEB = new SecurityGroup("sg-web", List.of(
            new SecurityGroupRule(6, 443, 443, "0.0.0.0/0", null)), List.of(ALL_OUT));
    private static final SecurityGroup APP = new SecurityGroup("sg-app", List.of(
            new SecurityGroupRule(6, 8080, 8080, null, "sg-web"),
            new SecurityGroupRule(-1, 0, 65_535, "10.0.0.0/16", null)), List.of(ALL_OUT));
    private static final SecurityGroup DB = new SecurityGroup("sg-db", List.of(
            new SecurityGroupRule(6, 5432, 5432, null, "sg-app")), List.of(ALL_OUT));
    /** Denies SSH from anywhere and the ephemeral replies of one /8, so the stateless path is exercised. */
    private static final NetworkAcl STRICT = new NetworkAcl("acl-strict", List.of(
            new NetworkAclEntry(90, false, 6, 22, 22, "0.0.0.0/0", false),
            new NetworkAclEntry(100, false, -1, 0, 65_535, "0.0.0.0/0", true),
            new NetworkAclEntry(80, true, 6, 1024, 65_535, "45.0.0.0/8", false),
            new NetworkAclEntry(100, true, -1, 0, 65_535, "0.0.0.0/0", true)));

    static List<MonitoredEni> vpc() {
        List<MonitoredEni> out = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int slot = i % 8;
            Workload.Role role = slot < 2 ? Workload.Role.WEB : slot < 4 ? Workload.Role.APP
                    : slot == 4 ? Workload.Role.DB : slot == 5 ? Workload.Role.IDLE : Workload.Role.GENERIC;
            SecurityGroup group = role == Workload.Role.WEB ? WEB : role == Workload.Role.DB ? DB : APP;
            String id = String.format("eni-0p%015x", i);
            String subnet = "subnet-p" + (i % 3);
            InterfaceMetadata meta = new InterfaceMetadata("123456789012", id, "vpc-0p", subnet, "i-" + id,
                    "us-east-2", "use2-az" + (1 + i % 3), null, null, i % 7 == 6 ? "nat_gateway" : null, null,
                    Map.of());
            String publicIp = role == Workload.Role.WEB || i % 5 == 0 ? "3.16.0." + (1 + i) : null;
            out.add(new MonitoredEni(meta, "10.0." + (i % 3) + "." + (10 + i), publicIp,
                    i % 4 == 3 ? null : "10.0.0.0/16",
                    i % 6 == 5 ? null : new InterfaceSecurity(subnet, List.of(group), i % 2 == 0 ? STRICT : null),
                    i % 9 == 8 ? null : new Workload(role, List.of(), null)));
        }
        return out;
    }

    private static String digest(RecordFormat format, Duration interval, int windows) {
        List<MonitoredEni> enis = vpc();
        TrafficModel model = new TrafficModel(20260101L, TrafficMix.DEFAULT.scaled(3));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int w = 0; w < windows; w++) {
                CaptureWindow window = new CaptureWindow(T0.plus(interval.multipliedBy(w)), interval);
                Map<String, List<FlowRecord>> records = WindowAggregator.aggregate(enis, window,
                        model.observe(enis, window), 400).records();
                for (List<FlowRecord> list : records.values()) {
                    for (FlowRecord record : list) {
                        sha.update(format.render(record).getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) '\n');
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordFormat everyField() {
        return RecordFormat.parse(Arrays.stream(FlowField.values()).map(f -> "${" + f.fieldName() + "}")
                .collect(Collectors.joining(" ")));
    }

    @Test
    void defaultFormatOutputIsUnchanged() {
        assertEquals("5a4283e3dd0df08c51ce3b214548ca4d2069cc8a5951f91afc876e5fe962c32f", digest(RecordFormat.DEFAULT, Duration.ofSeconds(60), 12));
    }

    @Test
    void everyFieldOutputIsUnchanged() {
        assertEquals("225c7fd61026297a82f79a3e7d8f47eb6fd6d6d0469a276eeccf592bf7d163d8", digest(everyField(), Duration.ofSeconds(60), 12));
    }

    @Test
    void tenMinuteWindowsOutputIsUnchanged() {
        assertEquals("777fdf54c0edea6a02ff1f162c84f226428a65ea7ecbe6761422657e81771519", digest(everyField(), Duration.ofSeconds(600), 3));
    }
}
