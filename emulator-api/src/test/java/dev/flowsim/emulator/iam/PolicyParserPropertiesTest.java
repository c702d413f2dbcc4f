package dev.flowsim.emulator.iam;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever text arrives, the parser either returns a policy or throws {@link MalformedPolicyException} with a message:
 * never another exception. Checked on arbitrary strings, on near-policies built from policy vocabulary, and on
 * conditions with random operators, keys and values; each property has a bounded number of tries.
 */
class PolicyParserPropertiesTest {

    private static final List<PolicyKind> KINDS = List.of(PolicyKind.values());

    @Property(tries = 400)
    void arbitraryTextIsAPolicyOrMalformed(@ForAll @StringLength(max = 300) String text) {
        KINDS.forEach(kind -> parsesOrRefuses(text, kind));
    }

    @Property(tries = 600)
    void nearPoliciesAreAPolicyOrMalformed(@ForAll("nearPolicies") String text) {
        KINDS.forEach(kind -> parsesOrRefuses(text, kind));
    }

    @Property(tries = 600)
    void anyConditionIsAPolicyOrMalformedAndEvaluates(@ForAll("conditions") String condition) {
        String text = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"*\","
                + "\"Resource\":\"*\",\"Condition\":" + condition + "}}";
        PolicyDocument policy = parsesOrRefuses(text, PolicyKind.IDENTITY);
        if (policy != null) {
            RequestContext context = RequestContext.builder().put("aws:SourceIp", "10.1.2.3")
                    .put("aws:CurrentTime", "2025-06-01T12:00:00Z").put("aws:TagKeys", "a", "b").build();
            policy.statements().forEach(s -> s.conditions().forEach(c -> assertNotNull(c.evaluate(context))));
        }
    }

    private static PolicyDocument parsesOrRefuses(String text, PolicyKind kind) {
        try {
            return PolicyParser.parse(text, kind);
        } catch (MalformedPolicyException e) {
            assertNotNull(e.getMessage());
            return null;
        }
    }

    @Provide
    Arbitrary<String> nearPolicies() {
        Arbitrary<String> tokens = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"Version\"", "\"2012-10-17\"",
                "\"2008-10-17\"", "\"Statement\"", "\"Effect\"", "\"Allow\"", "\"Deny\"", "\"allow\"", "\"Action\"",
                "\"NotAction\"", "\"Resource\"", "\"NotResource\"", "\"Principal\"", "\"NotPrincipal\"", "\"AWS\"",
                "\"Service\"", "\"*\"", "\"logs:*\"", "\"sts:AssumeRole\"", "\"arn:aws:logs:*:*:*\"",
                "\"arn:aws:iam::111122223333:root\"", "\"Condition\"", "\"StringEquals\"", "\"DateLessThan\"",
                "\"ForAnyValue:IpAddress\"", "\"aws:SourceIp\"", "\"${aws:username}\"", "\"Sid\"", "\"a b\"", "null",
                "true", "12", "-1.5e3", "\"\"", "\"\\u0000\"");
        return tokens.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> conditions() {
        Arbitrary<String> operators = Arbitraries.of("StringEquals", "StringNotLike", "NumericLessThan",
                "NumericNotEquals", "DateGreaterThan", "DateEquals", "Bool", "BinaryEquals", "IpAddress",
                "NotIpAddress", "ArnLike", "ArnNotEquals", "Null", "NullIfExists", "StringLikeIfExists")
                .flatMap(op -> Arbitraries.of("", "ForAllValues:", "ForAnyValue:", "ForSomeValues:")
                        .map(prefix -> prefix + op));
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("10.0.0.0/8", "::1", "2001:db8::/129", "2025-06-01", "1748779200", "x", "", "*",
                        "${aws:SourceIp}", "${*}", "${", "AAEC", "%%", "true", "1e5", "-0", "999999999999999999999"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> keys = Arbitraries.of("aws:SourceIp", "aws:CurrentTime", "aws:TagKeys", "custom:n", "");
        return Combinators.combine(operators, keys, values.list().ofMaxSize(3))
                .as((op, key, vs) -> "{\"" + op + "\":{\"" + key + "\":" + json(vs) + "}}");
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
