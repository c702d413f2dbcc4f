package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.queryinput.TagInput;

/** STS's errors for AssumeRole, with the codes, statuses and messages STS uses. */
final class StsErrors {

    private StsErrors() {
    }

    /** The denial for a role that does not exist: STS does not reveal whether the role is missing or untrusting. */
    static AwsException notAuthorizedToAssume(String callerArn, String roleArn) {
        return new AwsException("AccessDenied", "User: " + callerArn
                + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn, 403);
    }

    static AwsException rootCannotAssumeRoles() {
        return new AwsException("AccessDenied", "Roles may not be assumed by root accounts.", 403);
    }

    static AwsException invalidArn(String roleArn) {
        return new AwsException("ValidationError", roleArn + " is invalid", 400);
    }

    static AwsException durationAboveRoleMaximum() {
        return new AwsException("ValidationError",
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.", 400);
    }

    static AwsException durationAboveChainingLimit() {
        return new AwsException("ValidationError",
                "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
                400);
    }

    static AwsException duplicateTagKeys() {
        return new AwsException("InvalidParameterValue", TagInput.DUPLICATE_KEYS_MESSAGE, 400);
    }

    static AwsException transitiveKeyNotTagged() {
        return new AwsException("InvalidParameterValue",
                "The specified transitive tag key must be included in the requested tags.", 400);
    }

    static AwsException transitiveKeyOverridden() {
        return new AwsException("InvalidParameterValue", "One of the specified transitive tag keys can't be set "
                + "because it conflicts with a transitive tag key from the calling session.", 400);
    }

    static AwsException mfaIncomplete() {
        return new AwsException("AccessDenied", "MultiFactorAuthentication failed, must provide both MFA serial "
                + "number and one time pass code.", 403);
    }

    /** flowsim has no MFA devices, so every serial number is one STS cannot validate. */
    static AwsException mfaDeviceUnknown() {
        return new AwsException("AccessDenied", "MultiFactorAuthentication failed, unable to validate MFA code.  "
                + "Please verify your MFA serial number is valid and associated with this user.", 403);
    }

    static AwsException packedPolicyTooLarge(int percent) {
        return new AwsException("PackedPolicyTooLarge",
                "Packed policy consumes " + percent + "% of allotted space, please use smaller policy.", 400);
    }

    static AwsException packedTagsTooLarge(int percent) {
        return new AwsException("PackedPolicyTooLarge",
                "Packed size of session tags consumes " + percent + "% of allotted space.", 400);
    }

    /** flowsim has no managed policies; ignoring PolicyArns would leave the session broader than AWS makes it. */
    static AwsException policyArnsUnsupported() {
        return new AwsException("InvalidParameterValue", "flowsim does not emulate managed policies, so PolicyArns "
                + "cannot narrow a session: pass an inline session policy in Policy instead.", 400);
    }
}
