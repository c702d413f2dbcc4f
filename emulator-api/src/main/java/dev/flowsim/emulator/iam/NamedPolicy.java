package dev.flowsim.emulator.iam;

import java.util.Objects;

/**
 * A compiled policy with the name explanations use for it, e.g. "role FlowLogsRole inline policy deliver" or
 * "log group resource policy central".
 */
public record NamedPolicy(String name, PolicyDocument document) {

    public NamedPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
    }
}
