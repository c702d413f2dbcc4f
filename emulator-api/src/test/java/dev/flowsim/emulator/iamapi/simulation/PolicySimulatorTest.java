package dev.flowsim.emulator.iamapi.simulation;

import dev.flowsim.emulator.error.AwsException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The simulator's AWS-shaped answers: decisions, statement positions, missing keys, the trust-policy extension. */
class PolicySimulatorTest {

    private final PolicySimulator simulator = new PolicySimulator();

    private static SimulationInput input(List<String> policies, List<String> actions, List<String> resources,
                                         String resourcePolicy, String callerArn,
                                         List<SimulationInput.ContextEntry> context) {
        List<SimulationInput.SimulationPolicy> list = new java.util.ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            list.add(new SimulationInput.SimulationPolicy("PolicyInputList." + (i + 1), null, policies.get(i)));
        }
        return new SimulationInput(list, List.of(), actions, resources, resourcePolicy, null, callerArn, context,
                null, null, null, "111122223333");
    }

    @Test
    void positionsFollowAwsPublishedExample() {
        // The policy and positions of the AWS CLI's documented simulate-custom-policy example.
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\","
                + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:CurrentTime\":\"2018-08-16T12:00:00Z\"}}}}";
        SimulationResult result = simulator.simulate(input(List.of(policy), List.of("dynamodb:CreateBackup"),
                List.of(), null, null, List.of(new SimulationInput.ContextEntry("aws:CurrentTime",
                        List.of("2018-08-16T12:00:00Z"), "string"))));

        SimulationResult.Evaluation e = result.results().get(0);
        assertEquals("allowed", e.decision());
        assertEquals("*", e.resourceName());
        SimulationResult.Matched m = e.matched().get(0);
        assertEquals("PolicyInputList.1", m.sourcePolicyId());
        assertEquals(new SimulationResult.Position(1, 38), m.start());
        assertEquals(new SimulationResult.Position(1, 164), m.end());
    }

    @Test
    void anExplicitDenyReportsOnlyTheDenyStatementAndMissingKeysAreListed() {
        String allow = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"logs:*\","
                + "\"Resource\":\"*\"}]}";
        String deny = "{\"Version\":\"2012-10-17\",\"Statement\":[\n {\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\"},\n {\"Effect\":\"Deny\",\"Action\":\"logs:PutLogEvents\",\"Resource\":\"*\"},\n"
                + " {\"Effect\":\"Deny\",\"Action\":\"logs:*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":"
                + "{\"aws:SecureTransport\":\"false\"}}}]}";
        SimulationResult.Evaluation e = simulator.simulate(input(List.of(allow, deny), List.of("logs:PutLogEvents"),
                List.of("arn:aws:logs:us-east-2:111122223333:log-group:g:log-stream:s"), null, null, List.of()))
                .results().get(0);

        assertEquals("explicitDeny", e.decision());
        assertEquals(1, e.matched().size());
        assertEquals("PolicyInputList.2", e.matched().get(0).sourcePolicyId());
        assertEquals(new SimulationResult.Position(3, 3), e.matched().get(0).start());
        assertEquals(List.of("aws:SecureTransport"), e.missingContextValues());
        assertEquals("explicitDeny", e.resourceSpecific().get(0).decision());
    }

    @Test
    void aTrustPolicyCanBeSimulatedForAServicePrincipal() {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                + "\"vpc-flow-logs.amazonaws.com\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
                + "{\"aws:SourceAccount\":\"111122223333\"}}}]}";
        List<String> role = List.of("arn:aws:iam::111122223333:role/FlowLogsRole");
        SimulationInput ok = input(List.of(), List.of("sts:AssumeRole"), role, trust, "vpc-flow-logs.amazonaws.com",
                List.of(new SimulationInput.ContextEntry("aws:SourceAccount", List.of("111122223333"), "string")));
        assertEquals("allowed", simulator.simulate(ok).results().get(0).decision());

        SimulationInput otherService = input(List.of(), List.of("sts:AssumeRole"), role, trust,
                "delivery.logs.amazonaws.com", ok.contextEntries());
        SimulationResult.Evaluation denied = simulator.simulate(otherService).results().get(0);
        assertEquals("implicitDeny", denied.decision());
    }

    @Test
    void aMalformedPolicyIsMalformedPolicyDocument() {
        AwsException e = assertThrows(AwsException.class, () -> simulator.simulate(input(List.of(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\"}]}"),
                List.of("s3:GetObject"), List.of(), null, null, List.of())));
        assertEquals("MalformedPolicyDocument", e.code());
        assertEquals("Policy statement must contain resources.", e.getMessage());
    }

    @Test
    void aResourcePolicyNeedsACaller() {
        AwsException e = assertThrows(AwsException.class, () -> simulator.simulate(input(List.of(),
                List.of("s3:GetObject"), List.of(), "{\"Version\":\"2012-10-17\",\"Statement\":[]}", null,
                List.of())));
        assertEquals("InvalidInput", e.code());
    }

    @Test
    void resultsArePagedByMaxItemsAndMarker() {
        String allow = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"logs:*\","
                + "\"Resource\":\"*\"}]}";
        List<SimulationInput.SimulationPolicy> policies = List.of(
                new SimulationInput.SimulationPolicy("PolicyInputList.1", null, allow));
        List<String> actions = List.of("logs:A", "logs:B", "logs:C");
        SimulationResult first = simulator.simulate(new SimulationInput(policies, List.of(), actions, List.of(), null,
                null, null, List.of(), null, 2, null, "111122223333"));
        assertEquals(2, first.results().size());
        SimulationResult rest = simulator.simulate(new SimulationInput(policies, List.of(), actions, List.of(), null,
                null, null, List.of(), null, 2, first.nextMarker(), "111122223333"));
        assertEquals(List.of("logs:C"), rest.results().stream().map(SimulationResult.Evaluation::actionName).toList());
        assertEquals(false, rest.truncated());
    }
}
