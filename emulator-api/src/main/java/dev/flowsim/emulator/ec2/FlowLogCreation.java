package dev.flowsim.emulator.ec2;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A validated CreateFlowLogs request, ready for the store.
 *
 * @param clientToken      the idempotency token, or null
 * @param resourceIds      the requested resources in request order
 * @param missingResources the resources among them that do not exist, with the item to report for each
 */
public record FlowLogCreation(String accountId, String region, String clientToken, FlowLogSpec spec,
                              List<String> resourceIds, Map<String, UnsuccessfulItem> missingResources,
                              Instant now) {

    public FlowLogCreation {
        resourceIds = List.copyOf(resourceIds);
        missingResources = Map.copyOf(missingResources);
    }

    /** What makes two requests "identical" for a client token: all input, not the time. */
    record Fingerprint(FlowLogSpec spec, List<String> resourceIds) {
    }

    Fingerprint fingerprint() {
        return new Fingerprint(spec, resourceIds);
    }
}
