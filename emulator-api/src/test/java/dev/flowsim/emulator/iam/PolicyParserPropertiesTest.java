package dev.flowsim.emulator.iam;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever text arrives, the parser either returns a policy or throws {@link MalformedPolicyException} with a message:
 * never another exception. Checked on arbitrary strings, on near-policies built from policy vocabulary, and on
 * conditions with random operators, keys and values. Each check draws a bounded number of inputs from a fixed seed,
 * so a failure names its input and repeats.
 */
class PolicyParserPropertiesTest {

    private static final List<PolicyKind> KINDS = List.of(PolicyKind.values());

    private static final List<String> POLICY_TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"Version\"",
            "\"2012-10-17\"", "\"2008-10-17\"", "\"Statement\"", "\"Effect\"", "\"Allow\"", "\"Deny\"", "\"allow\"",
            "\"Action\"", "\"NotAction\"", "\"Resource\"", "\"NotResource\"", "\"Principal\"", "\"NotPrincipal\"",
            "\"AWS\"", "\"Service\"", "\"*\"", "\"logs:*\"", "\"sts:AssumeRole\"", "\"arn:aws:logs:*:*:*\"",
            "\"arn:aws:iam::111122223333:root\"", "\"Condition\"", "\"StringEquals\"", "\"DateLessThan\"",
            "\"ForAnyValue:IpAddress\"", "\"aws:SourceIp\"", "\"${aws:username}\"", "\"Sid\"", "\"a b\"", "null",
            "true", "12", "-1.5e3", "\"\"", "\"\\u0000\"");

    private static final List<String> OPERATORS = List.of("StringEquals", "StringNotLike", "NumericLessThan",
            "NumericNotEquals", "DateGreaterThan", "DateEquals", "Bool", "BinaryEquals", "IpAddress",
            "NotIpAddress", "ArnLike", "ArnNotEquals", "Null", "NullIfExists", "StringLikeIfExists");
    private static final List<String> SET_PREFIXES = List.of("", "ForAllValues:", "ForAnyValue:", "ForSomeValues:");
    private static final List<String> CONDITION_VALUES = List.of("10.0.0.0/8", "::1", "2001:db8::/129",
            "2025-06-01", "1748779200", "x", "", "*", "${aws:SourceIp}", "${*}", "${", "AAEC", "%%", "true", "1e5",
            "-0", "999999999999999999999");
    private static final List<String> CONDITION_KEYS = List.of("aws:SourceIp", "aws:CurrentTime", "aws:TagKeys",
            "custom:n", "");

    @Test
    void arbitraryTextIsAPolicyOrMalformed() {
        Random random = new Random(0x7E57L);
        for (int i = 0; i < 400; i++) {
            String text = randomText(random, random.nextInt(301));
            KINDS.forEach(kind -> parsesOrRefuses(text, kind));
        }
    }

    @Test
    void nearPoliciesAreAPolicyOrMalformed() {
        Random random = new Random(0x9011CL);
        for (int i = 0; i < 600; i++) {
            StringBuilder text = new StringBuilder();
            int tokens = random.nextInt(41);
            for (int t = 0; t < tokens; t++) {
                text.append(pick(random, POLICY_TOKENS));
            }
            KINDS.forEach(kind -> parsesOrRefuses(text.toString(), kind));
        }
    }

    @Test
    void anyConditionIsAPolicyOrMalformedAndEvaluates() {
        Random random = new Random(0xC0DEL);
        RequestContext context = RequestContext.builder().put("aws:SourceIp", "10.1.2.3")
                .put("aws:CurrentTime", "2025-06-01T12:00:00Z").put("aws:TagKeys", "a", "b").build();
        for (int i = 0; i < 600; i++) {
            String condition = randomCondition(random);
            String text = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"*\","
                    + "\"Resource\":\"*\",\"Condition\":" + condition + "}}";
            PolicyDocument policy = parsesOrRefuses(text, PolicyKind.IDENTITY);
            if (policy != null) {
                policy.statements().forEach(s -> s.conditions().forEach(c ->
                        assertNotNull(c.evaluate(context), () -> "no result for " + condition)));
            }
        }
    }

    private static PolicyDocument parsesOrRefuses(String text, PolicyKind kind) {
        try {
            return PolicyParser.parse(text, kind);
        } catch (MalformedPolicyException e) {
            assertNotNull(e.getMessage(), () -> "a refusal without a message for " + kind + ": " + text);
            return null;
        } catch (RuntimeException e) {
            return fail("the parser threw " + e + " instead of refusing, for " + kind + ": " + text, e);
        }
    }

    /** Mostly printable ASCII and JSON punctuation, with control characters, non-Latin text and lone surrogates. */
    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                text.append((char) (0x20 + random.nextInt(0x5f)));
            } else if (kind < 8) {
                text.append("{}[]\":,\\".charAt(random.nextInt(8)));
            } else if (kind == 8) {
                text.append((char) random.nextInt(0x20));
            } else {
                text.append((char) (0x80 + random.nextInt(0xFFFF - 0x80)));
            }
        }
        return text.toString();
    }

    private static String randomCondition(Random random) {
        String operator = pick(random, SET_PREFIXES) + pick(random, OPERATORS);
        List<String> values = new ArrayList<>();
        int count = random.nextInt(4);
        for (int v = 0; v < count; v++) {
            values.add(random.nextBoolean() ? pick(random, CONDITION_VALUES) : randomText(random, random.nextInt(13)));
        }
        return "{\"" + operator + "\":{\"" + pick(random, CONDITION_KEYS) + "\":" + json(values) + "}}";
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String json(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String v : values) {
            out.append(out.length() > 1 ? "," : "").append('"')
                    .append(v.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " "))
                    .append('"');
        }
        return out.append(']').toString();
    }
}
