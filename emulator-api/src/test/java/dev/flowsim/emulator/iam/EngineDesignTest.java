package dev.flowsim.emulator.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's seams: operator registry, compiled-policy cache, misuse guards, the allowed-request contract. */
class EngineDesignTest {

    private static final Principal SESSION = Principal.assumedRole(
            "arn:aws:sts::111122223333:assumed-role/FlowLogsRole/FlowLogsDelivery",
            "arn:aws:iam::111122223333:role/FlowLogsRole", "AROAEXAMPLEFLOWLOGS01:FlowLogsDelivery");
    private static final String STREAM =
            "arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs:log-stream:eni-0123456789abcdef0-all";
    private static final String SMALL_BATCHES = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"SmallBatches\","
            + "\"Effect\":\"Allow\",\"Action\":\"logs:PutLogEvents\",\"Resource\":\"*\","
            + "\"Condition\":{\"NumericLessThan\":{\"logs:batchSize\":\"100\"}}}}";

    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    /** A stand-in for the next issue's Numeric operators: added through the registry only. */
    private static final class LessThan extends ValueComparison {
        LessThan() {
            super(false);
        }

        @Override
        protected ValueMatcher compileValue(String policyValue, boolean variablesEnabled) {
            BigDecimal limit = new BigDecimal(policyValue);
            return (requestValue, context) -> new BigDecimal(requestValue).compareTo(limit) < 0;
        }
    }

    @Test
    void newOperatorsPlugInThroughTheRegistryWithoutTouchingTheEvaluator() {
        PolicyParser parser = PolicyParser.withOperators(
                ConditionOperators.standard().with("NumericLessThan", new LessThan()));
        NamedPolicy policy = new NamedPolicy("small batches", parser.compile(SMALL_BATCHES, PolicyKind.IDENTITY));

        Decision small = evaluator.evaluate(request(RequestContext.builder().put("logs:batchSize", "10").build()),
                List.of(policy), null, PolicyType.RESOURCE);
        Decision large = evaluator.evaluate(request(RequestContext.builder().put("logs:batchSize", "500").build()),
                List.of(policy), null, PolicyType.RESOURCE);

        assertEquals(Outcome.ALLOWED, small.outcome());
        assertEquals(Outcome.IMPLICIT_DENY, large.outcome());
        assertTrue(large.explanation().contains("condition NumericLessThan logs:batchSize: request has 500, policy wants 100"),
                large.explanation());
    }

    @Test
    void registryRefusesNamesThatAreNotAwsOperators() {
        assertThrows(IllegalArgumentException.class,
                () -> ConditionOperators.standard().with("StringEqualz", new LessThan()));
    }

    @Test
    void cacheCompilesEachDistinctDocumentOnce() {
        PolicyCache cache = new PolicyCache(2);
        PolicyDocument first = cache.compile(SMALL_BATCHES, PolicyKind.IDENTITY);

        assertSame(first, cache.compile(SMALL_BATCHES, PolicyKind.IDENTITY));
        assertEquals(1, cache.size());
        assertThrows(MalformedPolicyException.class, () -> cache.compile("{", PolicyKind.IDENTITY));
        assertEquals(1, cache.size(), "malformed documents are not cached");
    }

    @Test
    void allowedDecisionHasNoDeniedMessage() {
        NamedPolicy allowAll = new NamedPolicy("allow all", PolicyParser.parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}",
                PolicyKind.IDENTITY));

        Decision decision = evaluator.evaluate(request(RequestContext.empty()), List.of(allowAll), null,
                PolicyType.RESOURCE);

        assertTrue(decision.allowed());
        assertThrows(IllegalStateException.class, decision::accessDeniedMessage);
    }

    @Test
    void policiesMustBeUsedAsTheKindTheyWereParsedAs() {
        NamedPolicy trust = IamTestData.policy("flowLogsTrust");

        assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(request(RequestContext.empty()), List.of(trust), null, PolicyType.RESOURCE));
        assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(request(RequestContext.empty()), List.of(), null, PolicyType.IDENTITY));
    }

    @Test
    void traceNamesEveryPolicyConsideredInOrder() {
        RequestContext context = StandardContextKeys.of(SESSION, "us-east-1", Instant.parse("2025-06-01T12:00:00Z"))
                .build();
        Decision decision = evaluator.evaluate(request(context),
                List.of(IamTestData.policy("flowLogsPermissionsWithoutPut"), IamTestData.policy("groupStar")),
                IamTestData.policy("localResourcePolicyAccount"), PolicyType.RESOURCE);

        assertEquals(5, decision.trace().size(), String.join("\n", decision.trace()));
        assertTrue(decision.trace().get(0).startsWith("request: role FlowLogsRole (session FlowLogsDelivery) wants "
                + "logs:PutLogEvents on " + STREAM));
        assertTrue(decision.trace().get(1).startsWith("flowLogsPermissionsWithoutPut statement 'Logs': action "));
        assertTrue(decision.trace().get(2).startsWith("groupStar statement 'Deliver': Allow applies"));
        assertTrue(decision.trace().get(3).startsWith("localResourcePolicyAccount statement 'OwnAccount': Allow applies"));
        assertEquals("decision: ALLOWED by the identity-based policy", decision.trace().get(4));
    }

    private static AuthorizationRequest request(RequestContext context) {
        return new AuthorizationRequest(SESSION, "logs:PutLogEvents", STREAM, "111122223333", context);
    }
}
