package dev.flowsim.emulator.iam;

import dev.flowsim.emulator.iam.StatementCheck.Stage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns {@link EvaluationFacts} into a {@link Diagnosis}: names the hop that decided (trust, identity or resource
 * policy), the statement that denied or came closest to allowing, the condition that failed, and the change that
 * would make the request pass.
 */
final class DenialExplainer {

    private DenialExplainer() {
    }

    static Diagnosis diagnose(EvaluationFacts facts) {
        Diagnosis diagnosis = switch (facts.outcome()) {
            case ALLOWED -> allowed(facts);
            case EXPLICIT_DENY -> explicitDeny(facts);
            case IMPLICIT_DENY -> switch (facts.decidingType()) {
                case TRUST, RESOURCE -> resourceSideDeny(facts);
                case SESSION, PERMISSIONS_BOUNDARY -> limitDeny(facts);
                default -> identityDeny(facts);
            };
        };
        return diagnosis;
    }

    private static Diagnosis allowed(EvaluationFacts facts) {
        List<StatementCheck> allows = facts.allows();
        if (allows.isEmpty()) {
            return new Diagnosis("Allowed: " + facts.caller().describe()
                    + " may do anything in its own account without any policy.", null, null);
        }
        String grants = allows.stream()
                .map(c -> c.describe() + " (" + c.type().phrase() + ")")
                .collect(Collectors.joining(" and "));
        String crossAccount = facts.request().sameAccount() || facts.caller().type() == PrincipalType.SERVICE ? ""
                : " The request crosses from account " + facts.caller().accountId() + " to account "
                + facts.request().resourceAccountId() + ", so both sides had to allow it.";
        String verb = allows.size() == 1 ? " allows " : " allow ";
        return new Diagnosis("Allowed: " + grants + verb + facts.request().action() + " on "
                + facts.request().resourceArn() + " for " + facts.caller().describe() + "." + crossAccount, null, null);
    }

    private static Diagnosis explicitDeny(EvaluationFacts facts) {
        StatementCheck deny = facts.denies().get(0);
        if (deny.deniesClosed()) {
            return new Diagnosis("Explicitly denied at the " + hopName(deny.type()) + ": " + deny.describe()
                    + " matches " + facts.request().action() + " on " + facts.request().resourceArn() + " for "
                    + facts.caller().describe() + ", and its " + deny.reason()
                    + ". A Deny flowsim cannot evaluate is applied, never skipped.",
                    ExplanationText.unsupportedFix(deny), null);
        }
        boolean conditional = !deny.statement().conditions().isEmpty();
        String finding = "Explicitly denied at the " + hopName(deny.type()) + ": " + deny.describe() + " denies "
                + facts.request().action() + " on " + facts.request().resourceArn() + " for "
                + facts.caller().describe() + (conditional ? ", and its conditions hold" : "")
                + ". An explicit Deny overrides every Allow.";
        String fix = "Remove " + deny.describe() + ", or narrow its Action, Resource"
                + (conditional ? " or Condition" : " or add a Condition to it")
                + " so that it no longer matches this request.";
        return new Diagnosis(finding, fix, null);
    }

    private static Diagnosis identityDeny(EvaluationFacts facts) {
        AuthorizationRequest request = facts.request();
        Principal caller = facts.caller();
        String prefix = "Denied at the identity hop: ";
        if (!request.sameAccount()) {
            prefix += "the request crosses from account " + caller.accountId() + " to account "
                    + request.resourceAccountId() + ", so the caller's own identity-based policies must allow it too; ";
        } else if (facts.trust()) {
            prefix += resourceSide(facts) + " names only account " + caller.accountId()
                    + ", which hands the decision to that account's identity-based policies; ";
        }
        String grantFix = "Add " + request.action() + " to a policy of " + ExplanationText.policyHolder(caller)
                + ", with Resource " + ExplanationText.suggestedResource(request.resourceArn())
                + (facts.trust() && request.sameAccount()
                ? ", or name " + caller.arn() + " directly in " + resourceSide(facts) : "") + ".";
        if (facts.identityPolicies().isEmpty()) {
            return new Diagnosis(prefix + caller.describe() + " has no identity-based policies, so nothing allows "
                    + request.action() + ".", grantFix, null);
        }
        Optional<StatementCheck> near = facts.nearestMiss(PolicyType.IDENTITY)
                .filter(c -> c.stage().ordinal() >= Stage.RESOURCE.ordinal());
        if (near.isPresent()) {
            return nearMiss(prefix, near.get(), facts, grantFix);
        }
        String names = facts.identityPolicies().stream().map(NamedPolicy::name).collect(Collectors.joining(", "));
        return new Diagnosis(prefix + "no statement in the identity-based policies of " + caller.describe() + " ("
                + names + ") allows " + request.action() + ".", grantFix, null);
    }

    private static Diagnosis resourceSideDeny(EvaluationFacts facts) {
        AuthorizationRequest request = facts.request();
        Principal caller = facts.caller();
        String hop = "Denied at the " + hopName(facts.decidingType()) + ": ";
        if (caller.type() == PrincipalType.SERVICE) {
            hop += caller.describe() + " has no identity-based policies, so only " + resourceSide(facts)
                    + " can let it in, and ";
        } else if (!request.sameAccount()) {
            hop += (facts.identityAllows() ? "the identity-based policies of " + caller.describe() + " allow "
                    + request.action() + ", but " : "")
                    + "the resource belongs to account " + request.resourceAccountId()
                    + ", and cross-account access also needs " + resourceSide(facts) + " to allow the caller; ";
        }
        String grantFix = "Add a statement to " + resourceSide(facts) + " with Effect Allow, Principal "
                + ExplanationText.principalJson(caller) + ", Action " + request.action()
                + (facts.trust() ? "" : ", Resource " + ExplanationText.suggestedResource(request.resourceArn()))
                + ExplanationText.sourceConditions(request) + ".";
        if (facts.resourcePolicy() == null) {
            return new Diagnosis(hop + "there is no " + facts.decidingType().phrase() + " at all.", grantFix, null);
        }
        Optional<StatementCheck> near = facts.nearestMiss(facts.decidingType())
                .filter(c -> c.stage().ordinal() >= Stage.ACTION.ordinal());
        if (near.isPresent()) {
            return nearMiss(hop, near.get(), facts, grantFix);
        }
        String trusted = facts.resourceChecks().stream()
                .filter(StatementCheck::isAllow)
                .map(c -> c.statement().principal().describe())
                .distinct().collect(Collectors.joining("; "));
        return new Diagnosis(hop + "no Allow statement of " + resourceSide(facts) + " names "
                + StatementEvaluator.callerText(caller) + (trusted.isEmpty() ? "" : " (it names " + trusted + ")")
                + ".", grantFix, null);
    }

    /** A statement that matched some of the request: says where it stopped and how to get it past that point. */
    private static Diagnosis nearMiss(String prefix, StatementCheck near, EvaluationFacts facts, String grantFix) {
        AuthorizationRequest request = facts.request();
        return switch (near.stage()) {
            case ACTION -> new Diagnosis(prefix + near.describe() + " names " + facts.caller().describe()
                    + ", but its " + near.reason() + ".", near.statement().actions().negated()
                    ? "Remove " + request.action() + " from the NotAction of " + near.describe() + "."
                    : "Add " + request.action() + " to the Action of " + near.describe() + ".", null);
            case RESOURCE -> new Diagnosis(prefix + near.describe() + " allows " + request.action() + ", but its "
                    + near.reason() + ".", near.statement().resources().negated()
                    ? "Take the pattern that covers " + request.resourceArn() + " out of the NotResource of "
                    + near.describe() + ", or allow it in another statement."
                    : "Change the Resource of " + near.describe() + " to "
                    + ExplanationText.suggestedResource(request.resourceArn()) + " (or add it to the list).", null);
            case CONDITION -> new Diagnosis(prefix + near.describe() + " would allow " + request.action()
                    + ", but its " + near.reason() + ".", ExplanationText.conditionFix(near, request), null);
            case UNSUPPORTED_CONDITION -> new Diagnosis(prefix + near.describe() + " might allow "
                    + request.action() + ", but its " + near.reason() + ".", ExplanationText.unsupportedFix(near),
                    null);
            default -> new Diagnosis(prefix + "nothing allows " + request.action() + ".", grantFix, null);
        };
    }

    /** The identity side allowed (or a grant to the role ARN did), but the session policy or boundary did not. */
    private static Diagnosis limitDeny(EvaluationFacts facts) {
        AuthorizationRequest request = facts.request();
        PolicyType type = facts.decidingType();
        NamedPolicy limit = facts.limitPolicy(type);
        String what = type == PolicyType.SESSION
                ? "the session policy passed to AssumeRole (" + limit.name() + ")"
                : "the permissions boundary " + limit.name();
        String granted = facts.allows().stream().filter(c -> c.type() != type).map(StatementCheck::describe)
                .findFirst().map(d -> d + " allows " + request.action() + ", but ")
                .orElse("a grant to the role would allow " + request.action() + ", but ");
        String finding = "Denied by the " + hopName(type) + ": " + granted + what + " does not";
        Optional<StatementCheck> near = facts.nearestMiss(type)
                .filter(c -> c.stage().ordinal() >= Stage.ACTION.ordinal());
        finding += near.map(c -> " (" + c.describe() + ": " + c.reason() + ")").orElse("")
                + ". A " + type.phrase() + " only limits: the request needs an Allow in it as well.";
        String fix = type == PolicyType.SESSION
                ? "Add " + request.action() + " on " + ExplanationText.suggestedResource(request.resourceArn())
                + " to the session policy passed to AssumeRole, or assume the role without a session policy."
                : "Add " + request.action() + " on " + ExplanationText.suggestedResource(request.resourceArn())
                + " to the permissions boundary of " + ExplanationText.policyHolder(facts.caller())
                + ", or remove the boundary.";
        return new Diagnosis(finding, fix, null);
    }

    private static String resourceSide(EvaluationFacts facts) {
        return ExplanationText.resourceSide(facts);
    }

    private static String hopName(PolicyType type) {
        return switch (type) {
            case TRUST -> "trust hop (role trust policy)";
            case RESOURCE -> "resource hop (resource-based policy)";
            case IDENTITY -> "identity hop (identity-based policy)";
            case SESSION -> "session hop (session policy)";
            case PERMISSIONS_BOUNDARY -> "boundary hop (permissions boundary)";
            default -> type.phrase() + " hop";
        };
    }
}
