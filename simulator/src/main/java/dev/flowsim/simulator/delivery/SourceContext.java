package dev.flowsim.simulator.delivery;

import java.util.Objects;

/**
 * On whose behalf the flow-logs service assumes a role: the flow log's account and ARN, which the emulator turns
 * into {@code aws:SourceAccount} and {@code aws:SourceArn} for the trust policy.
 */
public record SourceContext(String sourceAccount, String sourceArn) {

    public SourceContext {
        Objects.requireNonNull(sourceAccount, "sourceAccount");
        Objects.requireNonNull(sourceArn, "sourceArn");
    }
}
