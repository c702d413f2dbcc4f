package dev.flowsim.simulator.admin;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.ec2.FlowLogCreation;
import dev.flowsim.emulator.ec2.FlowLogResourceType;
import dev.flowsim.emulator.ec2.FlowLogSpec;
import dev.flowsim.emulator.ec2.LogDestinationType;
import dev.flowsim.emulator.ec2.TrafficType;
import dev.flowsim.emulator.http.ServerConfig;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The client reuses the list it read last while the emulator says it has not changed, and sees every change. */
class SubscriptionListReuseTest {

    @Test
    void anUnchangedListIsReusedAndAChangedOneIsRead() throws Exception {
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults()
                .withServer(ServerConfig.defaults().withPort(0)))) {
            URI endpoint = emulator.start();
            FlowsimAdminClient admin = new FlowsimAdminClient(endpoint, Duration.ofSeconds(10));
            String vpc = emulator.topology().network("000000000000", "us-east-1").vpcs().get(0).vpcId();
            String first = create(emulator, vpc, "/flows/one");

            List<Subscription> read = admin.subscriptions().get(10, TimeUnit.SECONDS);
            assertEquals(List.of(first), read.stream().map(Subscription::flowLogId).toList());
            assertSame(read, admin.subscriptions().get(10, TimeUnit.SECONDS), "not modified: the same list");

            String second = create(emulator, vpc, "/flows/two");
            List<Subscription> changed = admin.subscriptions().get(10, TimeUnit.SECONDS);
            assertNotSame(read, changed);
            assertEquals(List.of(first, second), changed.stream().map(Subscription::flowLogId).toList());
            assertEquals(read.get(0), changed.get(0));

            emulator.flowLogs().delete("000000000000", "us-east-1", first);
            assertEquals(List.of(second), admin.subscriptions().get(10, TimeUnit.SECONDS).stream()
                    .map(Subscription::flowLogId).toList());
        }
    }

    private static String create(Emulator emulator, String vpcId, String logGroup) {
        FlowLogSpec spec = new FlowLogSpec(FlowLogResourceType.VPC, TrafficType.ALL,
                LogDestinationType.CLOUD_WATCH_LOGS, logGroup, null,
                "arn:aws:iam::000000000000:role/flow-logs", null, 600, Map.of());
        return emulator.flowLogs().create(new FlowLogCreation("000000000000", "us-east-1", null, spec,
                List.of(vpcId), Map.of(), Instant.parse("2026-01-01T00:00:00Z"))).flowLogIds().get(0);
    }
}
