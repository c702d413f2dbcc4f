package dev.flowsim.emulator.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the parser keeps from valid policies; the rejections are in {@link MalformedPolicyTest}. */
class PolicyParserTest {

    private static final String TRUST = """
            {
              "Version": "2012-10-17",
              "Statement": {
                "Effect": "Allow",
                "Principal": {"Service": ["vpc-flow-logs.amazonaws.com", "delivery.logs.amazonaws.com"], "AWS": "111122223333"},
                "Action": "sts:AssumeRole"
              }
            }""";

    @Test
    void singleStatementObjectAndStringValuesAreAccepted() {
        PolicyDocument trust = PolicyParser.parse(TRUST, PolicyKind.TRUST);

        Statement statement = trust.statements().get(0);
        assertEquals(1, trust.statements().size());
        assertEquals(Effect.ALLOW, statement.effect());
        assertEquals(List.of("sts:AssumeRole"), statement.actions().patterns());
        assertEquals(List.of("vpc-flow-logs.amazonaws.com", "delivery.logs.amazonaws.com"),
                statement.principal().services());
        assertEquals(List.of("111122223333"), statement.principal().aws());
        assertNull(statement.resources(), "a trust statement has no Resource: the resource is the role");
        assertEquals("#1", statement.label());
    }

    @Test
    void documentKeepsVersionIdTextAndKind() {
        String json = "{\"Version\":\"2012-10-17\",\"Id\":\"central-delivery\",\"Statement\":[{\"Sid\":\"A1\","
                + "\"Effect\":\"Deny\",\"Principal\":\"*\",\"NotAction\":[\"logs:Describe*\"],\"NotResource\":\"*\"}]}";

        PolicyDocument policy = PolicyParser.parse(json, PolicyKind.RESOURCE);

        assertEquals(PolicyKind.RESOURCE, policy.kind());
        assertEquals("2012-10-17", policy.version());
        assertEquals("central-delivery", policy.id());
        assertEquals(json, policy.text());
        assertTrue(policy.variablesEnabled());
        Statement statement = policy.statements().get(0);
        assertEquals("'A1'", statement.label());
        assertTrue(statement.principal().everyone());
        assertTrue(statement.actions().negated());
        assertTrue(statement.resources().negated());
    }

    @Test
    void versionlessAndLegacyPoliciesParseButDoNotSubstituteVariables() {
        String legacy = "{\"Version\":\"2008-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"logs:*\",\"Resource\":\"*\"}}";
        String none = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"logs:*\",\"Resource\":\"*\"}}";

        assertFalse(PolicyParser.parse(legacy, PolicyKind.IDENTITY).variablesEnabled());
        assertFalse(PolicyParser.parse(none, PolicyKind.IDENTITY).variablesEnabled());
    }

    @Test
    void iamStoreRuleRequiresVersion2012() {
        PolicyDocument none = PolicyParser.parse(
                "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"logs:*\",\"Resource\":\"*\"}}", PolicyKind.IDENTITY);

        MalformedPolicyException e = assertThrows(MalformedPolicyException.class,
                () -> PolicyParser.requireCurrentVersion(none));
        assertEquals("Policy document must be version 2012-10-17 or greater.", e.getMessage());
    }

    @Test
    void sizeIgnoresWhiteSpace() {
        String spaced = "{ \"Version\" : \"2012-10-17\",\n\t\"Statement\" : { \"Effect\" : \"Allow\", "
                + "\"Action\" : \"logs:*\", \"Resource\" : \"*\" } }\r\n";
        String compact = spaced.replaceAll("[ \t\r\n]", "");

        PolicyDocument policy = PolicyParser.parse(spaced, PolicyKind.IDENTITY);

        assertEquals(compact.length(), policy.sizeWithoutWhitespace());
    }

    @Test
    void conditionValuesMayBeBareNumbersAndBooleans() {
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"logs:*\","
                + "\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":true},"
                + "\"NumericLessThan\":{\"logs:batch\":[10,20.5]}}}}";

        List<ConditionClause> clauses = PolicyParser.parse(json, PolicyKind.IDENTITY).statements().get(0).conditions();

        assertEquals(List.of("true"), clauses.get(0).values());
        assertEquals(List.of("10", "20.5"), clauses.get(1).values());
        assertTrue(clauses.get(0).supported());
        assertTrue(clauses.get(1).supported());
        assertTrue(clauses.get(1).evaluate(RequestContext.builder().put("logs:batch", "15").build()).holds());
    }

    @Test
    void unknownOperatorWithNothingUnderItIsTolerated() {
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"logs:*\","
                + "\"Resource\":\"*\",\"Condition\":{\"StringEqualz\":{}}}}";

        assertTrue(PolicyParser.parse(json, PolicyKind.IDENTITY).statements().get(0).conditions().isEmpty());
    }

    @Test
    void setQualifierOnNullParsesButFailsClosed() {
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"logs:*\","
                + "\"Resource\":\"*\",\"Condition\":{\"ForAnyValue:Null\":{\"aws:TagKeys\":\"true\"}}}}";

        ConditionClause clause = PolicyParser.parse(json, PolicyKind.IDENTITY).statements().get(0).conditions().get(0);

        assertFalse(clause.supported());
        assertTrue(clause.evaluate(RequestContext.empty()).detail().contains("flowsim fails closed"));
    }

    @Test
    void principalWithUniqueIdsAndSessionArnsIsValid() {
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":["
                + "\"AROAEXAMPLEFLOWLOGS01\",\"arn:aws:sts::111122223333:assumed-role/FlowLogsRole/FlowLogsDelivery\","
                + "\"arn:aws:iam::111122223333:root\",\"*\"]},\"Action\":\"sts:AssumeRole\"}}";

        Statement statement = PolicyParser.parse(json, PolicyKind.TRUST).statements().get(0);

        assertTrue(statement.principal().everyone(), "{\"AWS\": \"*\"} means everyone, like \"*\"");
    }
}
