package dev.flowsim.emulator.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Policies IAM refuses, with IAM's MalformedPolicyDocument messages (src/test/resources/iam/malformed-policies.json). */
class MalformedPolicyTest {

    static Stream<Arguments> cases() {
        return StreamSupport.stream(IamTestData.read("malformed-policies.json").spliterator(), false)
                .map(c -> Arguments.of(c.get("name").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedWithAwsMessage(String name, JsonNode testCase) {
        String text = testCase.has("text") ? testCase.get("text").asText() : testCase.get("policy").toString();
        PolicyKind kind = PolicyKind.valueOf(testCase.get("kind").asText());

        MalformedPolicyException e = assertThrows(MalformedPolicyException.class, () -> PolicyParser.parse(text, kind));

        assertEquals(testCase.get("message").asText(), e.getMessage());
        assertEquals("MalformedPolicyDocument", e.errorCode());
    }
}
