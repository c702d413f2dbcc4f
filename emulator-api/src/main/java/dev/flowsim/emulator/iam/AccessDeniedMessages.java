package dev.flowsim.emulator.iam;

/**
 * AWS's AccessDenied texts (reference 9.1): "User: CALLER is not authorized to perform: ACTION on resource: ARN"
 * followed by the policy type that decided. Trust-policy denials leave out the resource, as STS does today.
 */
final class AccessDeniedMessages {

    private AccessDeniedMessages() {
    }

    static String format(AuthorizationRequest request, Outcome outcome, PolicyType type) {
        String action = request.action();
        String head = "User: " + request.principal().arn() + " is not authorized to perform: " + action;
        boolean explicit = outcome == Outcome.EXPLICIT_DENY;
        if (type == PolicyType.TRUST) {
            return head + (explicit ? " with an explicit deny in the role trust policy"
                    : " because no role trust policy allows the " + action + " action");
        }
        head = head + " on resource: " + request.resourceArn();
        if (type == PolicyType.NONE) {
            return head;
        }
        return head + (explicit ? " with an explicit deny in " + type.withArticle()
                : " because no " + type.phrase() + " allows the " + action + " action");
    }
}
