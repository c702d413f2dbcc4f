package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.iam.PolicyKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleTrustPoliciesTest {

    private final StsApi sts = new StsApi();

    @Test
    void theResourcePolicyOfARoleArnIsItsCurrentTrustPolicy() {
        sts.createRole("FlowLogsRole", "/svc/", 3600);

        NamedPolicy trust = sts.service.resourcePolicies()
                .policyFor("arn:aws:iam::111122223333:role/svc/FlowLogsRole", "111122223333").orElseThrow();

        assertEquals("role FlowLogsRole trust policy", trust.name());
        assertEquals(PolicyKind.TRUST, trust.document().kind());
        assertEquals(StsApi.TRUST_ACCOUNT, trust.document().text());
    }

    @Test
    void aMissingRoleOrAWrongPathHasNoTrustPolicy() {
        sts.createRole("FlowLogsRole", "/svc/", 3600);

        assertTrue(sts.service.resourcePolicies()
                .policyFor("arn:aws:iam::111122223333:role/FlowLogsRole", "111122223333").isEmpty());
        assertTrue(sts.service.resourcePolicies()
                .policyFor("arn:aws:iam::111122223333:role/svc/Ghost", "111122223333").isEmpty());
    }
}
