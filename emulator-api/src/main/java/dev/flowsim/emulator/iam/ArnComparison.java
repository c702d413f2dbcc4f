package dev.flowsim.emulator.iam;

/**
 * ArnEquals / ArnLike and their negations, which AWS treats alike: the six ARN fields are matched separately, each
 * may use '*' and '?', case-sensitively. A request value that is not an ARN matches nothing.
 */
final class ArnComparison extends ValueComparison {

    ArnComparison(boolean negated) {
        super(negated);
    }

    @Override
    protected ValueMatcher compileValue(String policyValue, boolean variablesEnabled) {
        // A lone "*" is read as "any ARN" (every field a wildcard), like the Resource element's "*".
        ArnPattern pattern = policyValue.equals("*")
                ? ArnPattern.compile("*:*:*:*:*:*", false, false)
                : ArnPattern.compile(policyValue, variablesEnabled, variablesEnabled);
        return pattern::matchesArn;
    }
}
