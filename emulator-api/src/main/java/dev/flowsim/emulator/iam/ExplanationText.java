package dev.flowsim.emulator.iam;

import java.util.List;

/** Phrases shared by the explanations: who the caller is, what to write in a policy to fix a denial. */
final class ExplanationText {

    private ExplanationText() {
    }

    /** The entity whose identity policies need changing: "role FlowLogsRole", "user alice". */
    static String policyHolder(Principal caller) {
        return switch (caller.type()) {
            case ROLE, ASSUMED_ROLE -> "role " + caller.roleName();
            case USER -> "user " + caller.userName();
            case ROOT -> "the root user of account " + caller.accountId();
            case SERVICE -> "service " + caller.serviceName();
        };
    }

    /** The Principal element that names the caller: {"Service": "..."} or {"AWS": "role ARN"}. */
    static String principalJson(Principal caller) {
        return switch (caller.type()) {
            case SERVICE -> "{\"Service\": \"" + caller.serviceName() + "\"}";
            // A role ARN covers all of its sessions; a session ARN would cover only this one.
            case ROLE, ASSUMED_ROLE -> "{\"AWS\": \"" + caller.roleArn() + "\"}";
            default -> "{\"AWS\": \"" + caller.arn() + "\"}";
        };
    }

    /**
     * The Resource to grant: for a log-stream ARN, the log group with ":*" (covering all its streams), otherwise the
     * ARN itself.
     */
    static String suggestedResource(String resourceArn) {
        int stream = resourceArn.indexOf(":log-stream:");
        return stream < 0 ? resourceArn : resourceArn.substring(0, stream) + ":*";
    }

    /**
     * The resource-side policy in words: "the trust policy of role FlowLogsRole", "the resource-based policy central
     * (account 444455556666)", or "a resource-based policy in account 444455556666" when there is none yet.
     */
    static String resourceSide(EvaluationFacts facts) {
        String resource = facts.request().resourceArn();
        if (facts.trust()) {
            return "the trust policy of role " + Arn.parse(resource).map(Arn::resourceName).orElse(resource);
        }
        String account = facts.request().resourceAccountId();
        return facts.resourcePolicy() == null
                ? "a resource-based policy in account " + account
                : "the resource-based policy " + facts.resourcePolicy().name() + " (account " + account + ")";
    }

    /**
     * For service principals acting for a customer: the confused-deputy guard a new statement should carry, matching
     * this request's aws:SourceAccount / aws:SourceArn.
     */
    static String sourceConditions(AuthorizationRequest request) {
        if (request.principal().type() != PrincipalType.SERVICE) {
            return "";
        }
        StringBuilder guard = new StringBuilder();
        request.context().value("aws:SourceAccount").ifPresent(
                account -> guard.append("StringEquals aws:SourceAccount ").append(account));
        request.context().value("aws:SourceArn").ifPresent(arn -> guard.append(guard.length() > 0 ? " and " : "")
                .append("ArnLike aws:SourceArn ").append(arn));
        return guard.length() == 0 ? "" : ", guarded by the conditions " + guard;
    }

    /** What to change when a statement's condition failed. */
    static String conditionFix(StatementCheck check, AuthorizationRequest request) {
        ConditionClause clause = check.failedClause();
        List<String> actual = request.context().values(clause.key());
        if (actual.isEmpty()) {
            return "The request carries no " + clause.key() + ". Make the caller supply it, or write the condition as "
                    + clause.operator() + (clause.operator().endsWith("IfExists") ? "" : "IfExists")
                    + " if the key may be absent, in " + check.describe() + ".";
        }
        String value = actual.size() == 1 ? actual.get(0) : actual.toString();
        return "Either change " + clause.describe() + " in " + check.describe() + " so that it accepts " + value
                + ", or send the request from what the condition expects (" + String.join(", ", clause.values())
                + ").";
    }

    /** How to get an unsupported operator out of the way. */
    static String unsupportedFix(StatementCheck check) {
        return "Rewrite " + check.failedClause().describe() + " in " + check.describe()
                + " so that flowsim can evaluate it (a valid value for the operator; no IfExists or set qualifier on"
                + " Null).";
    }
}
