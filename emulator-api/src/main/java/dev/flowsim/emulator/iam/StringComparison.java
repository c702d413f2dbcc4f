package dev.flowsim.emulator.iam;

/**
 * The String operators. Equals forms compare exactly ('*' is a literal character), IgnoreCase forms ignore case,
 * Like forms are case-sensitive and take '*' and '?' anywhere (crossing ':' too). Policy variables are allowed.
 */
final class StringComparison extends ValueComparison {

    enum Mode { EQUALS, EQUALS_IGNORE_CASE, LIKE }

    private final Mode mode;

    StringComparison(Mode mode, boolean negated) {
        super(negated);
        this.mode = mode;
    }

    @Override
    protected ValueMatcher compileValue(String policyValue, boolean variablesEnabled) {
        PatternTemplate template = PatternTemplate.compile(policyValue, mode == Mode.LIKE, variablesEnabled);
        boolean ignoreCase = mode == Mode.EQUALS_IGNORE_CASE;
        return (requestValue, context) -> template.matches(requestValue, context, ignoreCase);
    }
}
