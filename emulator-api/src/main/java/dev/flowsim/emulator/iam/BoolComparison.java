package dev.flowsim.emulator.iam;

/** The Bool operator: "true" / "false", compared without regard to case. Policy variables are allowed. */
final class BoolComparison extends ValueComparison {

    BoolComparison() {
        super(false);
    }

    @Override
    protected ValueMatcher compileValue(String policyValue, boolean variablesEnabled) {
        PatternTemplate template = PatternTemplate.compile(policyValue, false, variablesEnabled);
        return (requestValue, context) -> template.matches(requestValue, context, true);
    }
}
