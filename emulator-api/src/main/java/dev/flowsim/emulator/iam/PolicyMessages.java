package dev.flowsim.emulator.iam;

/**
 * The texts of IAM's MalformedPolicyDocument errors (reference 8.1). AWS documents none of them; they come from real
 * responses quoted in public issues and from mocks that reproduce AWS's checks (moto for identity policies; emulators
 * validated against AWS for trust policies). Trust and resource policies answer a few faults in the "resource
 * policy" wording ("Missing required field ...", "This policy contains invalid Json") where identity policies say
 * "Syntax errors in policy.".
 */
final class PolicyMessages {

    static final String SYNTAX = "Syntax errors in policy.";
    static final String INVALID_JSON = "This policy contains invalid Json";
    static final String VERSION_REQUIRED = "Policy document must be version 2012-10-17 or greater.";
    static final String LEGACY_PARSING = "The policy failed legacy parsing";
    static final String SID_NOT_ALPHANUMERIC = "Statement IDs (SID) must be alpha-numeric. "
            + "Check that your input satisfies the regular expression [0-9A-Za-z]*";
    static final String SID_NOT_UNIQUE = "Statement IDs (SID) in a single policy must be unique.";
    static final String NO_ACTIONS = "Policy statement must contain actions.";
    static final String NO_RESOURCES = "Policy statement must contain resources.";
    static final String RESOURCE_VENDOR = "Resource vendor must be fully qualified and cannot contain regexes.";
    static final String NO_VENDOR = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
    static final String ONE_COLON = "Actions/Condition can contain only one colon.";
    static final String PRINCIPAL_FORBIDDEN = "Policy document should not specify a principal.";
    static final String TRUST_RESOURCE = "Has prohibited field Resource";
    static final String TRUST_NOT_RESOURCE = "AssumeRole policy must not contain resources.";
    static final String TRUST_ACTIONS = "AssumeRole policy may only specify STS AssumeRole actions.";
    static final String TRUST_ALLOW_NOT_PRINCIPAL = "Allow with NotPrincipal is not allowed.";
    static final String TRUST_NOT_PRINCIPAL = "AssumeRole policy must not contain NotPrincipal field.";
    static final String MISSING_PRINCIPAL = "Missing required field Principal";
    static final String MISSING_EFFECT = "Missing required field Effect";
    static final String MISSING_ACTION = "Missing required field Action";
    static final String MISSING_STATEMENT = "Missing required field Statement";
    static final String STATEMENT_EMPTY = "Could not parse the policy: Statement is empty!";

    private PolicyMessages() {
    }

    static String resourceNotArn(String resource) {
        return "Resource " + resource + " must be in ARN format or \"*\".";
    }

    static String iamResourceWithRegion(String resource) {
        return "IAM resource " + resource + " cannot contain region information.";
    }

    static String vendorInvalid(String vendor) {
        return "Vendor " + vendor + " is not valid";
    }

    /** {@code Invalid principal in policy: "AWS":"arn:..."}; AWS spells the Service type "SERVICE". */
    static String invalidPrincipal(String type, String value) {
        return "Invalid principal in policy: \"" + type + "\":\"" + value + "\"";
    }

    static String invalidJson(PolicyKind kind) {
        return resourceFamily(kind) ? INVALID_JSON : SYNTAX;
    }

    static String missingStatement(PolicyKind kind) {
        return resourceFamily(kind) ? MISSING_STATEMENT : SYNTAX;
    }

    static String emptyStatement(PolicyKind kind) {
        return resourceFamily(kind) ? STATEMENT_EMPTY : SYNTAX;
    }

    static String missingEffect(PolicyKind kind) {
        return resourceFamily(kind) ? MISSING_EFFECT : SYNTAX;
    }

    static String missingActions(PolicyKind kind) {
        return resourceFamily(kind) ? MISSING_ACTION : NO_ACTIONS;
    }

    private static boolean resourceFamily(PolicyKind kind) {
        return kind == PolicyKind.TRUST || kind == PolicyKind.RESOURCE;
    }
}
