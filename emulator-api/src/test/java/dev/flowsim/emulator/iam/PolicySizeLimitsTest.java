package dev.flowsim.emulator.iam;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** IAM's size quotas and character set (reference 1 and 8.2), as the IAM API calls them. */
class PolicySizeLimitsTest {

    private static String policyOfSize(int size) {
        String head = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"";
        String tail = "\",\"Effect\":\"Allow\",\"Action\":\"logs:*\",\"Resource\":\"*\"}}";
        return head + "S".repeat(size - head.length() - tail.length()) + tail;
    }

    @Test
    void whiteSpaceIsNotCounted() {
        assertEquals(4, PolicySizeLimits.size(" {\t}\r\n {} "));
    }

    @Test
    void managedPolicyMayHaveExactly6144Characters() {
        assertDoesNotThrow(() -> PolicySizeLimits.requireManagedPolicySize(policyOfSize(6_144) + "   \n"));
        PolicyLimitExceededException e = assertThrows(PolicyLimitExceededException.class,
                () -> PolicySizeLimits.requireManagedPolicySize(policyOfSize(6_145)));
        assertEquals("Cannot exceed quota for PolicySize: 6144", e.getMessage());
        assertEquals("LimitExceeded", e.errorCode());
    }

    @Test
    void trustPolicyQuotaIsTheAccountsSetting() {
        assertDoesNotThrow(() -> PolicySizeLimits.requireTrustPolicySize(policyOfSize(2_048), 2_048));
        assertEquals("Cannot exceed quota for ACLSizePerRole: 2048", assertThrows(PolicyLimitExceededException.class,
                () -> PolicySizeLimits.requireTrustPolicySize(policyOfSize(2_049), 2_048)).getMessage());
        assertDoesNotThrow(() -> PolicySizeLimits.requireTrustPolicySize(policyOfSize(4_000), 4_096));
    }

    @Test
    void inlineTotalsPerEntity() {
        assertDoesNotThrow(() -> PolicySizeLimits.requireRoleInlineTotal("R", 10_240));
        assertEquals("Maximum policy size of 10240 bytes exceeded for role R", assertThrows(
                PolicyLimitExceededException.class, () -> PolicySizeLimits.requireRoleInlineTotal("R", 10_241))
                .getMessage());
        assertEquals("Maximum policy size of 2048 bytes exceeded for user alice", assertThrows(
                PolicyLimitExceededException.class, () -> PolicySizeLimits.requireUserInlineTotal("alice", 2_049))
                .getMessage());
        assertEquals("Maximum policy size of 5120 bytes exceeded for group ops", assertThrows(
                PolicyLimitExceededException.class, () -> PolicySizeLimits.requireGroupInlineTotal("ops", 5_121))
                .getMessage());
    }

    @Test
    void characterSetIsTabNewlinesAndLatin1() {
        assertTrue(PolicySizeLimits.allowedCharacters("{\t\"Sid\": \"caf\u00e9\"\r\n}"));
        assertFalse(PolicySizeLimits.allowedCharacters("{\"Sid\": \"\u20ac\"}"), "the euro sign is above U+00FF");
        assertFalse(PolicySizeLimits.allowedCharacters("{\u0007}"), "control characters other than tab/CR/LF");
    }
}
