package dev.flowsim.emulator.queryinput;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.MalformedPolicyException;
import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.iam.PolicyParser;
import dev.flowsim.emulator.identity.Role;

/** Compiles the policy documents IAM and STS are handed, answering bad ones as AWS does. */
public final class PolicyDocuments {

    private PolicyDocuments() {
    }

    /**
     * The document as sent and compiled for {@code kind}.
     *
     * @throws AwsException {@code MalformedPolicyDocument} (HTTP 400) with the policy engine's AWS message
     */
    public static Role.StoredPolicy compile(String text, PolicyKind kind) {
        try {
            return new Role.StoredPolicy(text, PolicyParser.parse(text, kind));
        } catch (MalformedPolicyException e) {
            throw new AwsException(e.errorCode(), e.getMessage(), 400);
        }
    }
}
