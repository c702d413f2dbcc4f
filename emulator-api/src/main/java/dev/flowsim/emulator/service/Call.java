package dev.flowsim.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.protocol.QueryParams;

import java.time.Instant;

/**
 * One authenticated AWS call on its way to a handler: the decoded input, who made it, where and when (simulated time).
 * Exactly one of {@link #json()} and {@link #query()} is set, according to the service's protocol.
 */
public record Call(String requestId, String service, String operation, String region, Caller caller, Instant now,
                   JsonNode json, QueryParams query, String sourceIp) {

    /** The caller's account: the account a resource is created in unless the input names another. */
    public String accountId() {
        return caller.accountId();
    }
}
