package dev.flowsim.emulator.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A statement's Principal or NotPrincipal (negated).
 *
 * @param negated        true for NotPrincipal
 * @param everyone       "*" or {"AWS": "*"}
 * @param aws            AWS entries: account ids, :root ARNs, user / role / session / federated-user ARNs
 * @param services       Service entries, e.g. vpc-flow-logs.amazonaws.com
 * @param federated      Federated entries (SAML / OIDC providers): never match the callers flowsim models
 * @param canonicalUsers CanonicalUser entries (S3 only): never match
 */
public record PrincipalElement(boolean negated, boolean everyone, List<String> aws, List<String> services,
                               List<String> federated, List<String> canonicalUsers) {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ROOT_ARN = Pattern.compile("arn:[a-z-]+:iam::(\\d{12}):root");
    private static final int ACCOUNT_ID_LENGTH = 12;
    private static final String ROOT_SUFFIX = ":root";
    private static final String IAM_SERVICE = ":iam::";

    public PrincipalElement {
        aws = List.copyOf(aws);
        services = List.copyOf(services);
        federated = List.copyOf(federated);
        canonicalUsers = List.copyOf(canonicalUsers);
    }

    /**
     * How this element relates to {@code caller}. NotPrincipal inverts: it covers every caller matching none of its
     * entries, as a direct match.
     */
    public PrincipalMatch match(Principal caller) {
        PrincipalMatch listed = matchListed(caller);
        if (!negated) {
            return listed;
        }
        return listed == PrincipalMatch.NONE ? PrincipalMatch.DIRECT : PrincipalMatch.NONE;
    }

    private PrincipalMatch matchListed(Principal caller) {
        if (everyone) {
            return PrincipalMatch.DIRECT;
        }
        if (caller.type() == PrincipalType.SERVICE) {
            // Only Service entries (or "*") ever match a service principal.
            return services.contains(caller.serviceName()) ? PrincipalMatch.DIRECT : PrincipalMatch.NONE;
        }
        PrincipalMatch best = PrincipalMatch.NONE;
        for (String entry : aws) {
            if (entry.equals(caller.arn()) && caller.type() != PrincipalType.ROOT
                    || caller.roleArn() != null && entry.equals(caller.roleArn())) {
                return PrincipalMatch.DIRECT;
            }
            if (namesByUniqueId(entry, caller)) {
                return PrincipalMatch.DIRECT;
            }
            if (namesAccount(entry, caller.accountId())) {
                best = PrincipalMatch.ACCOUNT;
            }
        }
        return best;
    }

    /**
     * Whether the element names the caller's own ARN (the user ARN or user id, the session ARN) rather than its role,
     * its account or everyone: grants made that way are not limited by session policies or permissions boundaries
     * (reference 4.1 steps 6 and 7).
     */
    public boolean namesCallerItself(Principal caller) {
        if (negated || everyone) {
            return false;
        }
        return switch (caller.type()) {
            case USER -> aws.contains(caller.arn()) || caller.userId() != null && aws.contains(caller.userId());
            case ASSUMED_ROLE -> aws.contains(caller.arn());
            default -> false;
        };
    }

    /**
     * IAM rewrites user and role ARNs in stored trust policies to unique ids (AIDA..., AROA...); a session's
     * aws:userid is ROLEID:SESSION.
     */
    private static boolean namesByUniqueId(String entry, Principal caller) {
        String userId = caller.userId();
        if (userId == null || !(entry.startsWith("AIDA") || entry.startsWith("AROA"))) {
            return false;
        }
        int colon = userId.indexOf(':');
        int idLength = colon < 0 ? userId.length() : colon;
        return entry.length() == idLength && entry.regionMatches(0, userId, 0, idLength);
    }

    /**
     * Whether an entry names {@code accountId} as an account (the id itself or its :root ARN): {@link #accountOf}
     * without a regular expression or a substring, since it runs for every AWS entry of every decision.
     */
    static boolean namesAccount(String entry, String accountId) {
        if (entry.equals(accountId)) {
            return isAccountId(entry, 0, entry.length());
        }
        // arn:PARTITION:iam::ACCOUNT:root with PARTITION of [a-z-]+
        int n = entry.length();
        int account = n - ROOT_SUFFIX.length() - ACCOUNT_ID_LENGTH;
        if (account < 0 || !entry.endsWith(ROOT_SUFFIX) || !entry.startsWith("arn:")
                || !entry.regionMatches(account, accountId, 0, accountId.length())
                || accountId.length() != ACCOUNT_ID_LENGTH || !isAccountId(entry, account, account + ACCOUNT_ID_LENGTH)) {
            return false;
        }
        int partitionEnd = account - IAM_SERVICE.length();
        if (partitionEnd <= "arn:".length() || !entry.startsWith(IAM_SERVICE, partitionEnd)) {
            return false;
        }
        for (int i = "arn:".length(); i < partitionEnd; i++) {
            char c = entry.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAccountId(String text, int from, int to) {
        if (to - from != ACCOUNT_ID_LENGTH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The account an account-style entry names (id or :root ARN), or null for any other entry. */
    static String accountOf(String entry) {
        if (ACCOUNT_ID.matcher(entry).matches()) {
            return entry;
        }
        var root = ROOT_ARN.matcher(entry);
        return root.matches() ? root.group(1) : null;
    }

    /** {"AWS": [...], "Service": [...]} in short form, for traces. */
    public String describe() {
        if (everyone) {
            return (negated ? "NotPrincipal " : "Principal ") + "\"*\"";
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, "AWS", aws);
        addPart(parts, "Service", services);
        addPart(parts, "Federated", federated);
        addPart(parts, "CanonicalUser", canonicalUsers);
        return (negated ? "NotPrincipal " : "Principal ") + "{" + String.join(", ", parts) + "}";
    }

    private static void addPart(List<String> parts, String name, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(name + ": " + (values.size() == 1 ? values.get(0) : values.toString()));
        }
    }
}
