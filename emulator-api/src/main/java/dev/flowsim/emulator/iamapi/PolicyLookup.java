package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.iam.Arn;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.ManagedPolicy;

/**
 * Finds the customer managed policy a PolicyArn names. flowsim holds no AWS managed policies
 * ({@code arn:aws:iam::aws:policy/...}): naming one is answered as a policy that does not exist.
 */
final class PolicyLookup {

    private final IamState iam;

    PolicyLookup(IamState iam) {
        this.iam = iam;
    }

    /** Checks the ARN's form: {@code arn:aws:iam::ACCOUNT:policy/...}, else InvalidInput as IAM answers. */
    static String requireValidArn(String policyArn) {
        Arn arn = Arn.parse(policyArn).orElseThrow(() -> IamErrors.invalidArn(policyArn));
        if (!"iam".equals(arn.service()) || !arn.resource().startsWith("policy/")) {
            throw IamErrors.invalidArn(policyArn);
        }
        return policyArn;
    }

    ManagedPolicy require(String policyArn) {
        requireValidArn(policyArn);
        return iam.policyByArn(policyArn).orElseThrow(() -> IamErrors.noSuchPolicy(policyArn));
    }

    /** For attaching: a missing policy is "does not exist or is not attachable", as IAM says. */
    ManagedPolicy requireAttachable(String policyArn, String accountId) {
        requireValidArn(policyArn);
        return iam.policyByArn(policyArn).filter(p -> p.accountId().equals(accountId))
                .orElseThrow(() -> IamErrors.notAttachable(policyArn));
    }
}
