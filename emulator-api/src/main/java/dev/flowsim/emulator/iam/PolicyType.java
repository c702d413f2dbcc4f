package dev.flowsim.emulator.iam;

/**
 * The kind of policy that decided a request, as AWS names it in AccessDenied messages ("because no identity-based
 * policy allows ...", "with an explicit deny in the role trust policy").
 */
public enum PolicyType {
    IDENTITY("identity-based policy", "an identity-based policy"),
    RESOURCE("resource-based policy", "a resource-based policy"),
    TRUST("role trust policy", "the role trust policy"),
    SESSION("session policy", "a session policy"),
    PERMISSIONS_BOUNDARY("permissions boundary", "a permissions boundary"),
    /** No policy decided: the account root user acting in its own account, or a rule outside policies. */
    NONE("policy", "a policy");

    private final String phrase;
    private final String withArticle;

    PolicyType(String phrase, String withArticle) {
        this.phrase = phrase;
        this.withArticle = withArticle;
    }

    /** "identity-based policy": the words AWS uses after "because no". */
    public String phrase() {
        return phrase;
    }

    /** "an identity-based policy", "the role trust policy": the words AWS uses after "with an explicit deny in". */
    public String withArticle() {
        return withArticle;
    }
}
