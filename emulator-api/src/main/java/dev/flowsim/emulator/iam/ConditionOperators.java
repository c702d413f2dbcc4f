package dev.flowsim.emulator.iam;

import dev.flowsim.emulator.iam.NumericComparison.Relation;
import dev.flowsim.emulator.iam.StringComparison.Mode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The registry of condition operators flowsim can evaluate, by base name. {@link #resolve} turns a name as written
 * in a policy ("StringLikeIfExists", "ForAnyValue:StringEquals") into an operator, applying the set qualifier and
 * the IfExists suffix. Every AWS operator is evaluated; the few combinations AWS accepts but gives no meaning to
 * (NullIfExists, a set qualifier on Null) resolve to a reason instead, and such a clause fails closed (its Allow never
 * applies, its Deny always does). Immutable: {@link #with} returns a new registry.
 */
public final class ConditionOperators {

    private static final String IF_EXISTS = "IfExists";
    private static final String FOR_ANY_VALUE = "ForAnyValue:";
    private static final String FOR_ALL_VALUES = "ForAllValues:";

    /** Every base operator AWS accepts; a policy naming anything else is malformed. */
    private static final Set<String> AWS_BASE_OPERATORS = Set.of(
            "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase",
            "StringLike", "StringNotLike",
            "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals",
            "NumericGreaterThan", "NumericGreaterThanEquals",
            "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals",
            "DateGreaterThan", "DateGreaterThanEquals",
            "Bool", "BinaryEquals", "IpAddress", "NotIpAddress",
            "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null");

    private static final ConditionOperators STANDARD = new ConditionOperators(Map.ofEntries(
            Map.entry("StringEquals", new StringComparison(Mode.EQUALS, false)),
            Map.entry("StringNotEquals", new StringComparison(Mode.EQUALS, true)),
            Map.entry("StringEqualsIgnoreCase", new StringComparison(Mode.EQUALS_IGNORE_CASE, false)),
            Map.entry("StringNotEqualsIgnoreCase", new StringComparison(Mode.EQUALS_IGNORE_CASE, true)),
            Map.entry("StringLike", new StringComparison(Mode.LIKE, false)),
            Map.entry("StringNotLike", new StringComparison(Mode.LIKE, true)),
            Map.entry("ArnEquals", new ArnComparison(false)),
            Map.entry("ArnLike", new ArnComparison(false)),
            Map.entry("ArnNotEquals", new ArnComparison(true)),
            Map.entry("ArnNotLike", new ArnComparison(true)),
            Map.entry("NumericEquals", new NumericComparison(Relation.EQUAL, false)),
            Map.entry("NumericNotEquals", new NumericComparison(Relation.EQUAL, true)),
            Map.entry("NumericLessThan", new NumericComparison(Relation.LESS, false)),
            Map.entry("NumericLessThanEquals", new NumericComparison(Relation.LESS_OR_EQUAL, false)),
            Map.entry("NumericGreaterThan", new NumericComparison(Relation.GREATER, false)),
            Map.entry("NumericGreaterThanEquals", new NumericComparison(Relation.GREATER_OR_EQUAL, false)),
            Map.entry("DateEquals", new DateComparison(Relation.EQUAL, false)),
            Map.entry("DateNotEquals", new DateComparison(Relation.EQUAL, true)),
            Map.entry("DateLessThan", new DateComparison(Relation.LESS, false)),
            Map.entry("DateLessThanEquals", new DateComparison(Relation.LESS_OR_EQUAL, false)),
            Map.entry("DateGreaterThan", new DateComparison(Relation.GREATER, false)),
            Map.entry("DateGreaterThanEquals", new DateComparison(Relation.GREATER_OR_EQUAL, false)),
            Map.entry("BinaryEquals", new BinaryComparison()),
            Map.entry("IpAddress", new IpComparison(false)),
            Map.entry("NotIpAddress", new IpComparison(true)),
            Map.entry("Bool", new BoolComparison()),
            Map.entry("Null", new NullCheck())));

    private final Map<String, ConditionOperator> operators;

    private ConditionOperators(Map<String, ConditionOperator> operators) {
        this.operators = Map.copyOf(operators);
    }

    /** Every AWS operator, each with IfExists (except Null) and the ForAllValues:/ForAnyValue: qualifiers. */
    public static ConditionOperators standard() {
        return STANDARD;
    }

    /** A registry that also evaluates {@code baseName} (which must be an AWS operator name) with {@code operator}. */
    public ConditionOperators with(String baseName, ConditionOperator operator) {
        if (!AWS_BASE_OPERATORS.contains(baseName)) {
            throw new IllegalArgumentException(baseName + " is not an AWS condition operator");
        }
        Map<String, ConditionOperator> more = new HashMap<>(operators);
        more.put(baseName, Objects.requireNonNull(operator, "operator"));
        return new ConditionOperators(more);
    }

    /** Whether AWS accepts {@code operatorName} (with optional set qualifier and IfExists suffix) in a policy. */
    public static boolean isAwsOperator(String operatorName) {
        String base = stripQualifier(operatorName);
        if (base.endsWith(IF_EXISTS)) {
            base = base.substring(0, base.length() - IF_EXISTS.length());
        }
        return AWS_BASE_OPERATORS.contains(base);
    }

    /** The operator for a name as written in a policy, or why flowsim cannot evaluate it. */
    public Resolution resolve(String operatorName) {
        if (!isAwsOperator(operatorName)) {
            return Resolution.unsupported("operator " + operatorName + " is not an AWS condition operator");
        }
        String base = stripQualifier(operatorName);
        boolean qualified = !base.equals(operatorName);
        boolean ifExists = base.endsWith(IF_EXISTS);
        if (ifExists) {
            base = base.substring(0, base.length() - IF_EXISTS.length());
        }
        ConditionOperator operator = operators.get(base);
        if (operator == null) {
            return Resolution.unsupported("operator " + base + " is not evaluated by flowsim");
        }
        if (ifExists && operator instanceof NullCheck) {
            return Resolution.unsupported("Null has no IfExists form");
        }
        if (qualified) {
            if (!(operator instanceof ValueComparison comparison)) {
                return Resolution.unsupported("a set qualifier (ForAllValues/ForAnyValue) has no meaning on " + base);
            }
            operator = new SetQualifier(operatorName.startsWith(FOR_ALL_VALUES), comparison);
        }
        return new Resolution(ifExists ? new IfExists(operator) : operator, null);
    }

    private static String stripQualifier(String name) {
        if (name.startsWith(FOR_ANY_VALUE)) {
            return name.substring(FOR_ANY_VALUE.length());
        }
        if (name.startsWith(FOR_ALL_VALUES)) {
            return name.substring(FOR_ALL_VALUES.length());
        }
        return name;
    }

    /** An operator, or the reason there is none. */
    public record Resolution(ConditionOperator operator, String unsupportedReason) {

        static Resolution unsupported(String reason) {
            return new Resolution(null, reason);
        }

        public boolean supported() {
            return operator != null;
        }
    }
}
