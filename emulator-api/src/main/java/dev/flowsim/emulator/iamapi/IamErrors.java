package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.queryinput.TagInput;
import dev.flowsim.emulator.error.AwsException;

/** IAM's errors for the role operations, with the codes, statuses and messages IAM uses. */
final class IamErrors {

    static final int ROLE_INLINE_POLICY_QUOTA = 10_240;
    static final int TRUST_POLICY_QUOTA = 2_048;

    private IamErrors() {
    }

    static AwsException noSuchRole(String roleName) {
        return new AwsException("NoSuchEntity", "The role with name " + roleName + " cannot be found.", 404);
    }

    static AwsException noSuchRolePolicy(String policyName) {
        return new AwsException("NoSuchEntity", "The role policy with name " + policyName + " cannot be found.", 404);
    }

    static AwsException roleExists(String roleName) {
        return new AwsException("EntityAlreadyExists", "Role with name " + roleName + " already exists.", 409);
    }

    static AwsException roleHasInlinePolicies() {
        return new AwsException("DeleteConflict", "Cannot delete entity, must delete policies first.", 409);
    }

    static AwsException inlinePoliciesTooLarge(String roleName) {
        return new AwsException("LimitExceeded",
                "Maximum policy size of " + ROLE_INLINE_POLICY_QUOTA + " bytes exceeded for role " + roleName, 409);
    }

    static AwsException trustPolicyTooLarge() {
        return new AwsException("LimitExceeded", "Cannot exceed quota for ACLSizePerRole: " + TRUST_POLICY_QUOTA, 409);
    }

    static AwsException duplicateTagKeys() {
        return new AwsException("InvalidInput", TagInput.DUPLICATE_KEYS_MESSAGE, 400);
    }

    /** flowsim does not model permissions boundaries; ignoring one would grant more than AWS, so it is refused. */
    static AwsException permissionsBoundaryUnsupported() {
        return new AwsException("InvalidInput", "flowsim does not emulate permissions boundaries: create the role "
                + "without PermissionsBoundary and narrow its inline policies instead.", 400);
    }
}
