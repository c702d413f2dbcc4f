package dev.flowsim.emulator.iam;

/**
 * The policies that limit what a caller's identity-based policies (and some resource-based grants) can give it,
 * without granting anything themselves (reference 4.1 steps 6 and 7).
 *
 * @param sessionPolicy       the inline session policy of a role session (parsed as {@link PolicyKind#SESSION}), or
 *                            null. The session may do only what both its role's policies and this policy allow;
 *                            resource-based grants naming the role ARN are limited by it, grants naming the session
 *                            ARN are not.
 * @param permissionsBoundary the permissions boundary of the user or role (an {@link PolicyKind#IDENTITY} policy), or
 *                            null. Identity grants need it to allow too; resource-based grants naming the role ARN
 *                            are limited by it, grants naming the user or session ARN are not.
 */
public record PermissionLimits(NamedPolicy sessionPolicy, NamedPolicy permissionsBoundary) {

    /** No session policy, no boundary. */
    public static final PermissionLimits NONE = new PermissionLimits(null, null);

    public static PermissionLimits sessionPolicy(NamedPolicy policy) {
        return new PermissionLimits(policy, null);
    }

    public PermissionLimits withPermissionsBoundary(NamedPolicy boundary) {
        return new PermissionLimits(sessionPolicy, boundary);
    }

    public boolean none() {
        return sessionPolicy == null && permissionsBoundary == null;
    }
}
