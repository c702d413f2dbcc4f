package dev.flowsim.emulator.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Condition operators and their combination rules, case by case (src/test/resources/iam/condition-cases.json and
 * operator-cases.json): each case is a Condition block, a request context, and whether the block holds. A case may
 * also say the policy is refused ({@code "malformed": message}) or that a clause fails closed
 * ({@code "failsClosed": true}: never holds, so an Allow holding it never applies and a Deny always does).
 */
class ConditionCasesTest {

    static Stream<Arguments> cases() {
        return Stream.of("condition-cases.json", "operator-cases.json")
                .flatMap(file -> StreamSupport.stream(IamTestData.read(file).spliterator(), false))
                .map(c -> Arguments.of(c.get("name").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conditionHoldsAsAwsSays(String name, JsonNode testCase) {
        if (testCase.has("malformed")) {
            MalformedPolicyException refused = assertThrows(MalformedPolicyException.class,
                    () -> statementWith(testCase));
            assertEquals(testCase.get("malformed").asText(), refused.getMessage());
            return;
        }
        Statement statement = statementWith(testCase);
        boolean failsClosed = testCase.path("failsClosed").asBoolean(false);
        assertEquals(failsClosed, statement.conditions().stream().anyMatch(c -> !c.supported()),
                "whether a clause fails closed");
        RequestContext context = IamTestData.context(testCase.get("context"));

        boolean holds = statement.conditions().stream().allMatch(c -> c.evaluate(context).holds());

        String details = statement.conditions().stream().map(c -> c.evaluate(context).detail())
                .collect(Collectors.joining("; "));
        assertEquals(testCase.get("holds").asBoolean(), holds, details);
        // The evaluator asks holds(), which makes no words: it must answer exactly as evaluate() does.
        statement.conditions().forEach(c -> assertEquals(c.evaluate(context).holds(), c.holds(context),
                "holds() and evaluate() disagree on " + c.describe()));
        statement.conditions().forEach(c -> assertFalse(c.evaluate(context).detail().isBlank()));
        assertTrue(details.isEmpty() || details.startsWith("condition "), details);
    }

    private static Statement statementWith(JsonNode testCase) {
        ObjectNode policy = IamTestData.JSON.createObjectNode();
        JsonNode version = testCase.has("version") ? testCase.get("version") : null;
        if (version == null) {
            policy.put("Version", PolicyDocument.CURRENT_VERSION);
        } else if (!version.isNull()) {
            policy.put("Version", version.asText());
        }
        ObjectNode statement = policy.putObject("Statement");
        statement.put("Effect", "Allow").put("Action", "logs:*").put("Resource", "*");
        statement.set("Condition", testCase.get("condition"));
        return PolicyParser.parse(policy.toString(), PolicyKind.IDENTITY).statements().get(0);
    }
}
