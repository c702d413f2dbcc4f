package dev.flowsim.emulator.iam;

import java.util.Objects;

/**
 * One authorization question: may {@code principal} perform {@code action} on {@code resourceArn}?
 *
 * @param principal         the authenticated caller
 * @param action            "service:Action", e.g. logs:PutLogEvents
 * @param resourceArn       the ARN the action is authorized against (the log-stream ARN for PutLogEvents, the role
 *                          ARN for sts:AssumeRole), or "*" for actions without a resource type
 * @param resourceAccountId the account owning the resource; decides same-account versus cross-account evaluation
 * @param context           the request's condition keys
 */
public record AuthorizationRequest(Principal principal, String action, String resourceArn, String resourceAccountId,
                                   RequestContext context) {

    public AuthorizationRequest {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(resourceAccountId, "resourceAccountId");
        context = context == null ? RequestContext.empty() : context;
    }

    /** True when the caller is an IAM identity of the resource's own account. */
    public boolean sameAccount() {
        return principal.type() != PrincipalType.SERVICE && resourceAccountId.equals(principal.accountId());
    }
}
