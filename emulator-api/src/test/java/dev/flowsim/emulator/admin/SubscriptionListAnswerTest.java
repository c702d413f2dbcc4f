package dev.flowsim.emulator.admin;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.ec2.FlowLogCreation;
import dev.flowsim.emulator.ec2.FlowLogResourceType;
import dev.flowsim.emulator.ec2.FlowLogSpec;
import dev.flowsim.emulator.ec2.LogDestinationType;
import dev.flowsim.emulator.ec2.TrafficType;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The subscription list keeps its body exactly (what outside suites read) and adds an ETag: asked again with it
 * while nothing changed, the answer is 304 without a body; after a flow log is created or deleted, the new list.
 */
class SubscriptionListAnswerTest {

    private static final String PATH = "/_flowsim/delivery/subscriptions";

    @Test
    void theBodyIsTheListAsItAlwaysWasAndCarriesAnEtag() throws Exception {
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults())) {
            create(emulator, "vpc-one");
            WireResponse response = get(emulator, null);
            assertEquals(200, response.status());
            byte[] expected = JsonProtocol.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                    Map.of("subscriptions", emulator.flowLogs().activeSubscriptions()));
            assertArrayEquals(expected, response.body());
            assertNotNull(response.headers().get("ETag"));
        }
    }

    @Test
    void anUnchangedListAnswersNotModifiedToItsEtag() {
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults())) {
            create(emulator, "vpc-one");
            String etag = get(emulator, null).headers().get("ETag");
            WireResponse again = get(emulator, etag);
            assertEquals(304, again.status());
            assertEquals(0, again.body().length);
            assertEquals(etag, again.headers().get("ETag"));
            assertEquals(304, get(emulator, "\"other\", W/" + etag).status());
            assertEquals(200, get(emulator, "\"other\"").status());
        }
    }

    @Test
    void creatingOrDeletingAFlowLogChangesTheAnswer() {
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults())) {
            String empty = get(emulator, null).headers().get("ETag");
            String flowLogId = create(emulator, "vpc-one");
            WireResponse afterCreate = get(emulator, empty);
            assertEquals(200, afterCreate.status());
            assertEquals(true, afterCreate.bodyAsUtf8().contains(flowLogId));
            String created = afterCreate.headers().get("ETag");
            assertNotEquals(empty, created);

            emulator.flowLogs().delete("000000000000", "us-east-1", flowLogId);
            WireResponse afterDelete = get(emulator, created);
            assertEquals(200, afterDelete.status());
            assertEquals(false, afterDelete.bodyAsUtf8().contains(flowLogId));
        }
    }

    private static WireResponse get(Emulator emulator, String ifNoneMatch) {
        List<Map.Entry<String, String>> headers = ifNoneMatch == null ? List.of()
                : List.of(Map.entry("If-None-Match", ifNoneMatch));
        return emulator.handle(new WireRequest("GET", PATH, "", headers, new byte[0], "127.0.0.1"));
    }

    private static String create(Emulator emulator, String vpcId) {
        FlowLogSpec spec = new FlowLogSpec(FlowLogResourceType.VPC, TrafficType.ALL,
                LogDestinationType.CLOUD_WATCH_LOGS, "/flowsim/" + vpcId, null,
                "arn:aws:iam::000000000000:role/flow-logs", null, 600, Map.of());
        return emulator.flowLogs().create(new FlowLogCreation("000000000000", "us-east-1", null, spec,
                List.of(vpcId), Map.of(), Instant.parse("2026-01-01T00:00:00Z"))).flowLogIds().get(0);
    }
}
