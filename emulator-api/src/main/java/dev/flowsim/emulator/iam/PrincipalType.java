package dev.flowsim.emulator.iam;

/** Who is calling: the kinds of caller flowsim models. */
public enum PrincipalType {
    /** The account root user. */
    ROOT("Account"),
    USER("User"),
    /** A role named directly (callers normally act through a session of it). */
    ROLE("AssumedRole"),
    /** A session obtained with sts:AssumeRole. */
    ASSUMED_ROLE("AssumedRole"),
    /** An AWS service principal such as vpc-flow-logs.amazonaws.com. */
    SERVICE(null);

    private final String contextValue;

    PrincipalType(String contextValue) {
        this.contextValue = contextValue;
    }

    /** The value of aws:PrincipalType, or null for service principals, which AWS does not list for that key. */
    public String contextValue() {
        return contextValue;
    }
}
