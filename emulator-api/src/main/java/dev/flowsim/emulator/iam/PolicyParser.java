package dev.flowsim.emulator.iam;

import dev.flowsim.emulator.iam.RawPolicy.RawCondition;
import dev.flowsim.emulator.iam.RawPolicy.RawPrincipal;
import dev.flowsim.emulator.iam.RawPolicy.RawStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses, validates and compiles policy documents. Validation follows IAM: the JSON shape first
 * ({@link PolicyJsonReader}), then IAM's semantic checks in IAM's order ({@link PolicyRules}); a failure throws
 * {@link MalformedPolicyException} carrying AWS's message. The result is compiled (patterns, conditions), so
 * evaluating it never parses again.
 *
 * <p>The Version element is not required here, because other services accept versionless policies and the
 * evaluator must then treat ${...} as text. IAM's own store insists on it: see {@link #requireCurrentVersion}.
 */
public final class PolicyParser {

    private static final PolicyParser STANDARD = new PolicyParser(ConditionOperators.standard());

    private final ConditionOperators operators;

    private PolicyParser(ConditionOperators operators) {
        this.operators = operators;
    }

    /** Parses with the standard condition operators. */
    public static PolicyDocument parse(String json, PolicyKind kind) {
        return STANDARD.compile(json, kind);
    }

    /** A parser compiling conditions with {@code operators}. */
    public static PolicyParser withOperators(ConditionOperators operators) {
        return new PolicyParser(Objects.requireNonNull(operators, "operators"));
    }

    /** Parses, validates and compiles {@code json} as a policy of {@code kind}. */
    public PolicyDocument compile(String json, PolicyKind kind) {
        Objects.requireNonNull(kind, "kind");
        RawPolicy raw = PolicyJsonReader.read(json, kind);
        PolicyRules.check(raw, kind);
        boolean variables = PolicyDocument.CURRENT_VERSION.equals(raw.version());
        List<Statement> statements = new ArrayList<>();
        for (RawStatement s : raw.statements()) {
            statements.add(compileStatement(s, kind, variables));
        }
        return new PolicyDocument(kind, raw.version(), raw.id(), statements, json);
    }

    /**
     * IAM's rule for the policies it stores (CreatePolicy and friends): Version must be 2012-10-17.
     *
     * @throws MalformedPolicyException "Policy document must be version 2012-10-17 or greater."
     */
    public static PolicyDocument requireCurrentVersion(PolicyDocument document) {
        if (!PolicyDocument.CURRENT_VERSION.equals(document.version())) {
            throw new MalformedPolicyException(PolicyMessages.VERSION_REQUIRED);
        }
        return document;
    }

    private Statement compileStatement(RawStatement s, PolicyKind kind, boolean variables) {
        ResourceElement resources = kind == PolicyKind.TRUST
                ? null : new ResourceElement(s.resources(), s.notResource(), variables);
        List<ConditionClause> conditions = new ArrayList<>();
        for (RawCondition c : s.conditions()) {
            conditions.add(compileCondition(c, variables));
        }
        return new Statement(s.index(), s.sid(), s.effect().equals("Allow") ? Effect.ALLOW : Effect.DENY,
                principal(s), new ActionElement(s.actions(), s.notAction()), resources, conditions);
    }

    private ConditionClause compileCondition(RawCondition c, boolean variables) {
        ConditionOperators.Resolution resolution = operators.resolve(c.operator());
        if (!resolution.supported()) {
            return new ConditionClause(c.operator(), c.key(), c.values(), null, resolution.unsupportedReason());
        }
        try {
            CompiledCondition compiled = resolution.operator().compile(c.key(), c.values(), variables);
            return new ConditionClause(c.operator(), c.key(), c.values(), compiled, null);
        } catch (UnevaluableConditionException e) {
            return new ConditionClause(c.operator(), c.key(), c.values(), null, e.getMessage());
        }
    }

    private static PrincipalElement principal(RawStatement s) {
        RawPrincipal raw = s.principal();
        if (raw == null) {
            return null;
        }
        List<String> aws = raw.entries("AWS");
        boolean everyone = raw.everyone() || aws.contains("*");
        return new PrincipalElement(s.notPrincipal(), everyone, aws, raw.entries("Service"),
                raw.entries("Federated"), raw.entries("CanonicalUser"));
    }
}
