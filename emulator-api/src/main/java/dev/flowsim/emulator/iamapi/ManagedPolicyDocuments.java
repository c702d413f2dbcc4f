package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.MalformedPolicyException;
import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.iam.PolicyParser;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.queryinput.PolicyDocuments;

/** The document of a managed policy version: an identity policy, Version 2012-10-17, at most 6,144 characters. */
final class ManagedPolicyDocuments {

    private ManagedPolicyDocuments() {
    }

    static Role.StoredPolicy compile(String text) {
        Role.StoredPolicy stored = PolicyDocuments.compile(text, PolicyKind.IDENTITY);
        try {
            PolicyParser.requireCurrentVersion(stored.compiled());
        } catch (MalformedPolicyException e) {
            throw new AwsException(e.errorCode(), e.getMessage(), 400);
        }
        if (stored.compiled().sizeWithoutWhitespace() > IamErrors.MANAGED_POLICY_QUOTA) {
            throw IamErrors.managedPolicyTooLarge();
        }
        return stored;
    }
}
