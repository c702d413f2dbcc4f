package dev.flowsim.emulator.iam;

/**
 * IAM's policy size quotas (reference 8.2), counted as {@link PolicyDocument#sizeWithoutWhitespace()} does: every
 * character except space, tab, line feed and carriage return. The IAM API calls these before it stores a policy;
 * each check throws {@link PolicyLimitExceededException} with AWS's LimitExceeded text.
 */
public final class PolicySizeLimits {

    /** All inline policies of one user together. */
    public static final int USER_INLINE_TOTAL = 2_048;
    /** All inline policies of one group together. */
    public static final int GROUP_INLINE_TOTAL = 5_120;
    /** All inline policies of one role together. */
    public static final int ROLE_INLINE_TOTAL = 10_240;
    /** One managed policy version. */
    public static final int MANAGED_POLICY = 6_144;
    /** One role trust policy, by default (AWS raises it on request, up to 4,096 in the 2023 docs). */
    public static final int TRUST_POLICY_DEFAULT = 2_048;

    private PolicySizeLimits() {
    }

    /** The size IAM counts for {@code text}. */
    public static int size(String text) {
        int size = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                size++;
            }
        }
        return size;
    }

    /** "Maximum policy size of 10240 bytes exceeded for role NAME" when a role's inline policies outgrow the quota. */
    public static void requireRoleInlineTotal(String roleName, int totalSize) {
        requireInline("role", roleName, totalSize, ROLE_INLINE_TOTAL);
    }

    /** "Maximum policy size of 2048 bytes exceeded for user NAME". */
    public static void requireUserInlineTotal(String userName, int totalSize) {
        requireInline("user", userName, totalSize, USER_INLINE_TOTAL);
    }

    /** "Maximum policy size of 5120 bytes exceeded for group NAME". */
    public static void requireGroupInlineTotal(String groupName, int totalSize) {
        requireInline("group", groupName, totalSize, GROUP_INLINE_TOTAL);
    }

    /** "Cannot exceed quota for PolicySize: 6144" for a managed policy document. */
    public static void requireManagedPolicySize(String text) {
        if (size(text) > MANAGED_POLICY) {
            throw new PolicyLimitExceededException("Cannot exceed quota for PolicySize: " + MANAGED_POLICY);
        }
    }

    /** "Cannot exceed quota for ACLSizePerRole: QUOTA" for a trust policy; {@code quota} is the account's setting. */
    public static void requireTrustPolicySize(String text, int quota) {
        if (size(text) > quota) {
            throw new PolicyLimitExceededException("Cannot exceed quota for ACLSizePerRole: " + quota);
        }
    }

    /**
     * Whether every character is one IAM accepts in a policy document: tab, line feed, carriage return and
     * U+0020..U+00FF (reference 1). The API layer answers anything else with its model-pattern ValidationError.
     */
    public static boolean allowedCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static void requireInline(String entity, String name, int totalSize, int quota) {
        if (totalSize > quota) {
            throw new PolicyLimitExceededException("Maximum policy size of " + quota + " bytes exceeded for "
                    + entity + " " + name);
        }
    }
}
