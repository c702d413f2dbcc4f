package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.iam.PolicyParser;
import dev.flowsim.emulator.logs.store.ResourcePolicy;
import dev.flowsim.emulator.logs.store.ResourcePolicyStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogsResourcePoliciesTest {

    static final String ARN = "arn:aws:logs:eu-west-1:111122223333:log-group:g:log-stream:s";

    static ResourcePolicy policy(String name, String sid) {
        String sidMember = sid == null ? "" : "\"Sid\":\"" + sid + "\",";
        return new ResourcePolicy(name, PolicyParser.parse("{\"Version\":\"2012-10-17\",\"Statement\":[{" + sidMember
                + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"route53.amazonaws.com\"},"
                + "\"Action\":\"logs:PutLogEvents\",\"Resource\":\"*\"}]}", PolicyKind.RESOURCE), 0);
    }

    @Test
    void noPoliciesMeansNoResourcePolicy() {
        assertTrue(new LogsResourcePolicies(new ResourcePolicyStore()).policyFor(ARN, "111122223333").isEmpty());
    }

    @Test
    void oneAccountsPoliciesAreCombinedKeepingEachPolicysNameInTheStatements() {
        ResourcePolicyStore store = new ResourcePolicyStore();
        store.put("111122223333", "eu-west-1", policy("central", "AllowR53"), 10);
        store.put("111122223333", "eu-west-1", policy("second", null), 10);
        store.put("444455556666", "eu-west-1", policy("elsewhere", "X"), 10);
        LogsResourcePolicies source = new LogsResourcePolicies(store);

        NamedPolicy combined = source.policyFor(ARN, "111122223333").orElseThrow();
        assertEquals(List.of("central/AllowR53", "second/#1"),
                combined.document().statements().stream().map(s -> s.sid()).toList());
        assertTrue(combined.name().contains("central, second"), combined.name());
        assertSame(combined, source.policyFor(ARN, "111122223333").orElseThrow(), "cached until the next change");

        store.delete("111122223333", "eu-west-1", "second");
        assertEquals("CloudWatch Logs resource policy central",
                source.policyFor(ARN, "111122223333").orElseThrow().name());
        assertTrue(source.policyFor(ARN.replace("eu-west-1", "us-east-1"), "111122223333").isEmpty(),
                "policies are per region");
    }
}
