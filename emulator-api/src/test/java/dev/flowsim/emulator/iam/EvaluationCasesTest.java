package dev.flowsim.emulator.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision procedure, case by case, from src/test/resources/iam: flow-logs-cases.json (the flow-logs trust and
 * permissions policies, log-group scoping, explicit deny, cross-account delivery, service principals) and
 * access-cases.json (root, users assuming roles, cross-account AssumeRole, unsupported operators, policy variables,
 * Not* elements, wildcard-only actions) and limits-cases.json (session policies, permissions boundaries, request keys
 * such as aws:SourceIp, aws:TokenIssueTime, sts:ExternalId, iam:PassedToService, tags; missing context keys).
 */
class EvaluationCasesTest {

    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    static Stream<Arguments> cases() {
        return Stream.of("flow-logs-cases.json", "access-cases.json", "limits-cases.json")
                .flatMap(file -> StreamSupport.stream(IamTestData.read(file).spliterator(), false))
                .map(c -> Arguments.of(c.get("name").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesAsAwsWould(String name, JsonNode testCase) {
        Decision decision = evaluate(testCase);
        JsonNode expect = testCase.get("expect");
        String report = "\ntrace:\n  " + String.join("\n  ", decision.trace()) + "\nexplanation: " + decision.explanation();

        assertEquals(Outcome.valueOf(expect.get("outcome").asText()), decision.outcome(), report);
        assertEquals(PolicyType.valueOf(expect.get("decidingType").asText()), decision.decidingType(), report);
        if (expect.has("message")) {
            assertEquals(expect.get("message").asText(), decision.accessDeniedMessage(), report);
        }
        if (expect.has("matched")) {
            List<String> matched = decision.matched().stream()
                    .map(m -> m.policyName() + " " + m.sid() + " " + m.effect()).toList();
            List<String> wanted = new ArrayList<>();
            expect.get("matched").forEach(m -> wanted.add(m.asText()));
            assertEquals(wanted, matched, report);
        }
        if (expect.has("missingKeys")) {
            List<String> wanted = new ArrayList<>();
            expect.get("missingKeys").forEach(k -> wanted.add(k.asText()));
            assertEquals(wanted, decision.missingContextKeys(), report);
        }
        for (JsonNode line : iterable(expect.get("traceContains"))) {
            assertTrue(decision.trace().stream().anyMatch(t -> t.contains(line.asText())),
                    "no trace line contains: " + line.asText() + report);
        }
        for (JsonNode words : iterable(expect.get("explanationContains"))) {
            assertTrue(decision.explanation().contains(words.asText()),
                    "explanation lacks: " + words.asText() + report);
        }
    }

    private Decision evaluate(JsonNode testCase) {
        Principal caller = IamTestData.caller(testCase.get("caller").asText());
        JsonNode source = testCase.get("source");
        RequestContext.Builder context = StandardContextKeys.of(caller, IamTestData.REGION, IamTestData.NOW,
                source == null ? null : IamTestData.text(source, "account"),
                source == null ? null : IamTestData.text(source, "arn"));
        RequestContext extra = IamTestData.context(testCase.get("context"));
        extra.keys().forEach(k -> context.put(k, extra.values(k)));
        AuthorizationRequest request = new AuthorizationRequest(caller, testCase.get("action").asText(),
                testCase.get("resource").asText(), testCase.get("resourceAccount").asText(), context.build());
        String resourcePolicy = IamTestData.text(testCase, "resourcePolicy");
        String session = IamTestData.text(testCase, "sessionPolicy");
        String boundary = IamTestData.text(testCase, "permissionsBoundary");
        PermissionLimits limits = new PermissionLimits(session == null ? null : IamTestData.policy(session),
                boundary == null ? null : IamTestData.policy(boundary));
        return evaluator.evaluate(request, IamTestData.policies(testCase.get("identity")),
                resourcePolicy == null ? null : IamTestData.policy(resourcePolicy),
                PolicyType.valueOf(testCase.get("resourcePolicyType").asText()), limits);
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array == null ? List.of() : array;
    }
}
