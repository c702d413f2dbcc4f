package dev.flowsim.emulator.iam;

import java.util.Objects;

/**
 * The caller of a request, as authenticated by SigV4 (or, for AWS services, as the service itself).
 *
 * @param type        what kind of caller
 * @param arn         the caller's ARN as AWS prints it in denials: user ARN, session ARN
 *                    ({@code arn:aws:sts::ACCT:assumed-role/ROLE/SESSION}), {@code arn:aws:iam::ACCT:root}; for a
 *                    service, its principal name
 * @param accountId   the caller's account, null for services
 * @param userId      the value of aws:userid: user id, {@code ROLEID:SESSION}, or the account id for root
 * @param roleArn     for sessions and roles: the role's ARN (with path)
 * @param sessionName for sessions: the role session name
 * @param serviceName for services: the service principal name
 */
public record Principal(PrincipalType type, String arn, String accountId, String userId, String roleArn,
                        String sessionName, String serviceName) {

    public Principal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(arn, "arn");
        if (type == PrincipalType.SERVICE) {
            Objects.requireNonNull(serviceName, "serviceName");
        } else {
            Objects.requireNonNull(accountId, "accountId");
        }
        if (type == PrincipalType.ASSUMED_ROLE || type == PrincipalType.ROLE) {
            Objects.requireNonNull(roleArn, "roleArn");
        }
    }

    public static Principal root(String accountId) {
        return new Principal(PrincipalType.ROOT, "arn:aws:iam::" + accountId + ":root", accountId, accountId, null,
                null, null);
    }

    public static Principal user(String userArn, String userId) {
        return new Principal(PrincipalType.USER, userArn, accountOf(userArn), userId, null, null, null);
    }

    public static Principal role(String roleArn, String roleId) {
        return new Principal(PrincipalType.ROLE, roleArn, accountOf(roleArn), roleId, roleArn, null, null);
    }

    /**
     * A role session.
     *
     * @param sessionArn {@code arn:aws:sts::ACCT:assumed-role/ROLE/SESSION}
     * @param roleArn    the role's own ARN, path included
     * @param userId     {@code ROLEID:SESSION}
     */
    public static Principal assumedRole(String sessionArn, String roleArn, String userId) {
        Arn session = Arn.parse(sessionArn)
                .orElseThrow(() -> new IllegalArgumentException("not a session ARN: " + sessionArn));
        return new Principal(PrincipalType.ASSUMED_ROLE, sessionArn, session.account(), userId, roleArn,
                session.resourceName(), null);
    }

    public static Principal service(String serviceName) {
        return new Principal(PrincipalType.SERVICE, serviceName, null, null, null, null, serviceName);
    }

    /** The role's name for sessions and roles, without path; null otherwise. */
    public String roleName() {
        return roleArn == null ? null : Arn.parse(roleArn).map(Arn::resourceName).orElse(roleArn);
    }

    /** The user name for IAM users; null otherwise. */
    public String userName() {
        return type == PrincipalType.USER ? Arn.parse(arn).map(Arn::resourceName).orElse(null) : null;
    }

    /** "role FlowLogsRole (session fl-1)", "user alice", "service vpc-flow-logs.amazonaws.com": for explanations. */
    public String describe() {
        return switch (type) {
            case ROOT -> "the root user of account " + accountId;
            case USER -> "user " + userName();
            case ROLE -> "role " + roleName();
            case ASSUMED_ROLE -> "role " + roleName() + " (session " + sessionName + ")";
            case SERVICE -> "service " + serviceName;
        };
    }

    private static String accountOf(String arn) {
        return Arn.parse(arn).map(Arn::account)
                .orElseThrow(() -> new IllegalArgumentException("not an ARN: " + arn));
    }
}
