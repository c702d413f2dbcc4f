package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.error.AwsException;

import java.util.List;

/**
 * The EC2 errors flowsim raises, in one place with their evidence. Tags as in the reference: [O] seen from real AWS,
 * [D] documented, [U] unverified (a design choice; replace it when evidence turns up).
 */
final class Ec2Errors {

    private static final int BAD_REQUEST = 400;

    private Ec2Errors() {
    }

    /** [O] EC2's wording for a missing required parameter. */
    static AwsException missingParameter(String name) {
        return new AwsException("MissingParameter", "The request must contain the parameter " + name, BAD_REQUEST);
    }

    static AwsException invalidParameter(String message) {
        return new AwsException("InvalidParameter", message, BAD_REQUEST);
    }

    static AwsException invalidParameterValue(String message) {
        return new AwsException("InvalidParameterValue", message, BAD_REQUEST);
    }

    /** [U] wording: AWS's text for a value outside an enum is not in the sources found. */
    static AwsException invalidEnumValue(String parameter, String value, List<String> allowed) {
        return invalidParameterValue("Value (" + value + ") for parameter " + parameter + " is invalid. "
                + "Valid values: " + String.join(", ", allowed) + ".");
    }

    /** [U] wording for a malformed integer parameter, in EC2's "Value ( x ) for parameter" style. */
    static AwsException notAnInteger(String parameter, String value) {
        return invalidParameterValue("Value ( " + value + " ) for parameter " + parameter + " is invalid.");
    }

    /** Honest refusal of input AWS accepts but flowsim cannot simulate yet, with what to do instead. */
    static AwsException notSupportedYet(String what, String instead) {
        return invalidParameter(what + " is not supported by flowsim yet; " + instead + ".");
    }

    /** [O] EC2's CreateTags answer for more than 50 tags on one resource. */
    static AwsException tagLimitExceeded(int max) {
        return new AwsException("TagLimitExceeded",
                "The resultant tag set must not have more than " + max + " user tags.", BAD_REQUEST);
    }

    /** [O] "Value ( 3 ) for parameter maxResults is invalid. Expecting a value greater than 5." (DescribeInstances). */
    static AwsException maxResultsTooSmall(String value) {
        return invalidParameterValue("Value ( " + value + " ) for parameter maxResults is invalid. "
                + "Expecting a value greater than 5.");
    }

    /** [U] the upper-bound counterpart of {@link #maxResultsTooSmall}. */
    static AwsException maxResultsTooLarge(String value, int max) {
        return invalidParameterValue("Value ( " + value + " ) for parameter maxResults is invalid. "
                + "Expecting a value less than " + max + ".");
    }

    /** [O] DescribeVpcs, 2020: "Value (  ) for parameter NextToken is invalid. The token is invalid." */
    static AwsException invalidNextToken(String token) {
        return invalidParameterValue("Value ( " + token + " ) for parameter NextToken is invalid. "
                + "The token is invalid.");
    }

    /** [O] Describe* calls: "The filter 'bad-filter' is invalid". */
    static AwsException invalidFilter(String name) {
        return invalidParameterValue("The filter '" + name + "' is invalid");
    }

    /** [D] code and meaning from EC2's common error codes; [U] message wording. */
    static AwsException idempotentParameterMismatch() {
        return new AwsException("IdempotentParameterMismatch",
                "The request uses the same client token as a previous, but non-identical request.", BAD_REQUEST);
    }

    /**
     * [D] code (EC2 error-code list); [U] message (moto's) and placement. Raised for the whole call rather than as an
     * {@code unsuccessful} item because AWS's own CloudFormation handler and user scripts catch it as a thrown
     * error; AWS's exact notion of "same configuration" is not documented (flowsim: resource, traffic type,
     * destination type and log group).
     */
    static AwsException flowLogAlreadyExists() {
        return new AwsException("FlowLogAlreadyExists",
                "Error. There is an existing Flow Log with the same configuration and log destination.", BAD_REQUEST);
    }

    /** [D] DryRunOperation, HTTP 412 as EC2 answers a permitted dry run. */
    static AwsException dryRunOperation() {
        return new AwsException("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);
    }

    /** [O] the code and message EC2 uses for an unknown id in Describe calls. */
    static AwsException notFound(FlowLogResourceType type, List<String> ids) {
        return new AwsException(type.notFoundCode(), type.notFoundMessage(String.join(",", ids)), BAD_REQUEST);
    }

    /** [O] DescribeSecurityGroups for an unknown id: "The security group 'sg-1' does not exist". */
    static AwsException securityGroupNotFound(List<String> ids) {
        return new AwsException("InvalidGroup.NotFound", "The security group '" + String.join(",", ids)
                + "' does not exist", BAD_REQUEST);
    }

    /** [O] DescribeNetworkAcls for an unknown id: "The networkAcl ID 'acl-1' does not exist". */
    static AwsException networkAclNotFound(List<String> ids) {
        return new AwsException("InvalidNetworkAclID.NotFound", "The networkAcl ID '" + String.join(",", ids)
                + "' does not exist", BAD_REQUEST);
    }
}
