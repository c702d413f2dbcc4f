package dev.flowsim.emulator.iam;

/** IpAddress / NotIpAddress: the request's address lies in (none of) the policy's CIDR blocks. No variables. */
final class IpComparison extends ValueComparison {

    IpComparison(boolean negated) {
        super(negated);
    }

    @Override
    protected ValueMatcher compileValue(String policyValue, boolean variablesEnabled) {
        IpRange range = IpRange.parse(policyValue);
        if (range == null) {
            throw new UnevaluableConditionException("policy value '" + policyValue + "' is not an IP address or CIDR");
        }
        return (requestValue, context) -> range.contains(requestValue);
    }

    @Override
    protected String relation() {
        return "an address in ";
    }
}
