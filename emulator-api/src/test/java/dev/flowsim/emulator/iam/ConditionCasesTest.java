package dev.flowsim.emulator.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Condition operators and their combination rules, case by case (src/test/resources/iam/condition-cases.json): each
 * case is a Condition block, a request context, and whether the block holds.
 */
class ConditionCasesTest {

    static Stream<Arguments> cases() {
        return StreamSupport.stream(IamTestData.read("condition-cases.json").spliterator(), false)
                .map(c -> Arguments.of(c.get("name").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conditionHoldsAsAwsSays(String name, JsonNode testCase) {
        Statement statement = statementWith(testCase);
        RequestContext context = IamTestData.context(testCase.get("context"));

        boolean holds = statement.conditions().stream().allMatch(c -> c.evaluate(context).holds());

        String details = statement.conditions().stream().map(c -> c.evaluate(context).detail())
                .collect(Collectors.joining("; "));
        assertEquals(testCase.get("holds").asBoolean(), holds, details);
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
