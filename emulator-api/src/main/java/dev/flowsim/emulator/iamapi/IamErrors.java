package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.queryinput.TagInput;
import dev.flowsim.emulator.error.AwsException;

/** IAM's errors for the role operations, with the codes, statuses and messages IAM uses. */
final class IamErrors {

    static final int ROLE_INLINE_POLICY_QUOTA = 10_240;
    static final int TRUST_POLICY_QUOTA = 2_048;
    static final int USER_INLINE_POLICY_QUOTA = 2_048;
    static final int MANAGED_POLICY_QUOTA = 6_144;

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

    static AwsException noSuchUser(String userName) {
        return new AwsException("NoSuchEntity", "The user with name " + userName + " cannot be found.", 404);
    }

    static AwsException userExists(String userName) {
        return new AwsException("EntityAlreadyExists", "User with name " + userName + " already exists.", 409);
    }

    static AwsException noSuchUserPolicy(String userName, String policyName) {
        return new AwsException("NoSuchEntity",
                "The user policy with name " + policyName + " cannot be found.", 404);
    }

    static AwsException userInlinePoliciesTooLarge(String userName) {
        return new AwsException("LimitExceeded",
                "Maximum policy size of " + USER_INLINE_POLICY_QUOTA + " bytes exceeded for user " + userName, 409);
    }

    static AwsException invalidArn(String arn) {
        return new AwsException("InvalidInput", "ARN " + arn + " is not valid.", 400);
    }

    static AwsException noSuchPolicy(String policyArn) {
        return new AwsException("NoSuchEntity", "Policy " + policyArn + " was not found.", 404);
    }

    static AwsException notAttachable(String policyArn) {
        return new AwsException("NoSuchEntity", "Policy " + policyArn + " does not exist or is not attachable.", 404);
    }

    static AwsException noSuchPolicyVersion(String policyArn, String versionId) {
        return new AwsException("NoSuchEntity",
                "Policy " + policyArn + " version " + versionId + " does not exist or is not attachable.", 404);
    }

    static AwsException policyExists(String policyName) {
        return new AwsException("EntityAlreadyExists",
                "A policy called " + policyName + " already exists. Duplicate names are not allowed.", 409);
    }

    static AwsException managedPolicyTooLarge() {
        return new AwsException("LimitExceeded", "Cannot exceed quota for PolicySize: " + MANAGED_POLICY_QUOTA, 409);
    }

    static AwsException tooManyVersions() {
        return new AwsException("LimitExceeded", "A managed policy can have up to "
                + dev.flowsim.emulator.identity.ManagedPolicy.MAX_VERSIONS + " versions. Before you create a new "
                + "version, you must delete an existing version.", 409);
    }

    static AwsException deleteDefaultVersion() {
        return new AwsException("DeleteConflict", "Cannot delete the default version of a policy.", 409);
    }

    static AwsException policyAttached() {
        return new AwsException("DeleteConflict", "Cannot delete a policy attached to entities.", 409);
    }

    static AwsException policyHasVersions() {
        return new AwsException("DeleteConflict", "This policy has more than one version. Before you delete a "
                + "policy, you must delete the policy's versions. The default version is deleted with the policy.",
                409);
    }

    /** {@code quota} is IAM's name for it: PoliciesPerRole or PoliciesPerUser. */
    static AwsException tooManyAttached(String quota) {
        return new AwsException("LimitExceeded", "Cannot exceed quota for " + quota + ": "
                + dev.flowsim.emulator.identity.PolicyAttachments.MAX_PER_ENTITY, 409);
    }

    static AwsException entityHasAttachedPolicies() {
        return new AwsException("DeleteConflict", "Cannot delete entity, must detach all policies first.", 409);
    }

    static AwsException userHasAccessKeys() {
        return new AwsException("DeleteConflict", "Cannot delete entity, must delete access keys first.", 409);
    }

    static AwsException tooManyAccessKeys() {
        return new AwsException("LimitExceeded", "Cannot exceed quota for AccessKeysPerUser: "
                + dev.flowsim.emulator.identity.AccessKey.MAX_PER_USER, 409);
    }

    static AwsException noSuchAccessKey(String accessKeyId) {
        return new AwsException("NoSuchEntity", "The Access Key with id " + accessKeyId + " cannot be found.", 404);
    }
}
