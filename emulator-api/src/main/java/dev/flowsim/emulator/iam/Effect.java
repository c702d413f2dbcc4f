package dev.flowsim.emulator.iam;

/** A statement's Effect. IAM spells it exactly "Allow" or "Deny". */
public enum Effect {
    ALLOW("Allow"),
    DENY("Deny");

    private final String policyText;

    Effect(String policyText) {
        this.policyText = policyText;
    }

    /** The spelling used in policy documents. */
    public String policyText() {
        return policyText;
    }

    @Override
    public String toString() {
        return policyText;
    }
}
