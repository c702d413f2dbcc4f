package dev.flowsim.emulator.service;

import dev.flowsim.emulator.protocol.WireProtocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One emulated AWS service: the SigV4 signing name it answers to, its wire protocol, its operation table and where
 * its resource-based policies live. Authorization is declared by the handlers, never hand-written.
 */
public final class AwsService {

    private final String signingName;
    private final WireProtocol protocol;
    private final Map<String, OperationHandler<?>> operations;
    private final ResourcePolicySource resourcePolicies;

    public AwsService(String signingName, WireProtocol protocol, List<? extends OperationHandler<?>> handlers,
                      ResourcePolicySource resourcePolicies) {
        this.signingName = signingName;
        this.protocol = protocol;
        Map<String, OperationHandler<?>> table = new LinkedHashMap<>();
        for (OperationHandler<?> h : handlers) {
            if (table.put(h.name(), h) != null) {
                throw new IllegalArgumentException("two handlers for " + signingName + ":" + h.name());
            }
        }
        this.operations = Map.copyOf(table);
        this.resourcePolicies = resourcePolicies;
    }

    public String signingName() {
        return signingName;
    }

    public WireProtocol protocol() {
        return protocol;
    }

    public Optional<OperationHandler<?>> operation(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    public java.util.Set<String> operationNames() {
        return operations.keySet();
    }

    public ResourcePolicySource resourcePolicies() {
        return resourcePolicies;
    }
}
