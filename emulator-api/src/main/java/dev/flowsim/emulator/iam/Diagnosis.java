package dev.flowsim.emulator.iam;

/**
 * Why a decision came out as it did, in words for humans.
 *
 * @param finding        what happened: the hop, the policy and statement (or their absence), the failed condition
 * @param fix            what to change, or null when nothing needs changing
 * @param deniedMessage  AWS's AccessDenied text when it is not the standard "User: ... is not authorized" form
 *                       (root calling AssumeRole), else null
 */
public record Diagnosis(String finding, String fix, String deniedMessage) {

    /** One paragraph: the finding, then the fix. */
    public String paragraph() {
        return fix == null ? finding : finding + " Fix: " + fix;
    }
}
