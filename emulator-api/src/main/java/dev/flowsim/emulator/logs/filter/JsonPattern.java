package dev.flowsim.emulator.logs.filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.function.Predicate;

/**
 * A JSON pattern {@code { SELECTOR OP VALUE }} with {@code &&} (binds tighter), {@code ||} and parentheses, and the
 * special tests {@code IS NULL}, {@code IS TRUE}, {@code IS FALSE}, {@code EXISTS}, {@code NOT EXISTS}. Only
 * messages that are JSON objects can match; a selector that reaches an object or array never matches.
 */
final class JsonPattern implements PatternMatcher {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Predicate<JsonNode> test;
    private final int regexCount;

    private JsonPattern(Predicate<JsonNode> test, int regexCount) {
        this.test = test;
        this.regexCount = regexCount;
    }

    static JsonPattern parse(String pattern) {
        Cursor in = new Cursor(pattern);
        ConditionParser conditions = new ConditionParser(in);
        in.expect("{", "to open a JSON pattern");
        Predicate<JsonNode> test = new Parser(in, conditions).or();
        in.expect("}", "to close the JSON pattern");
        in.skipBlanks();
        if (!in.atEnd()) {
            throw InvalidFilterPatternException.invalidCharacter(in.peek());
        }
        return new JsonPattern(test, conditions.regexCount());
    }

    private record Parser(Cursor in, ConditionParser conditions) {

        Predicate<JsonNode> or() {
            Predicate<JsonNode> left = and();
            while (in.accept("||")) {
                left = left.or(and());
            }
            return left;
        }

        Predicate<JsonNode> and() {
            Predicate<JsonNode> left = unary();
            while (in.accept("&&")) {
                left = left.and(unary());
            }
            return left;
        }

        Predicate<JsonNode> unary() {
            if (in.accept("(")) {
                Predicate<JsonNode> inner = or();
                in.expect(")", "to close the parenthesis");
                return inner;
            }
            JsonSelector selector = JsonSelector.parse(in);
            if (in.accept("IS")) {
                if (in.accept("NULL")) {
                    return root -> {
                        JsonNode n = selector.resolve(root);
                        return n != null && n.isNull();
                    };
                }
                boolean expected = in.accept("TRUE");
                if (!expected && !in.accept("FALSE")) {
                    throw InvalidFilterPatternException.syntax("IS must be followed by NULL, TRUE or FALSE");
                }
                return root -> {
                    JsonNode n = selector.resolve(root);
                    return n != null && n.isBoolean() && n.booleanValue() == expected;
                };
            }
            if (in.accept("NOT")) {
                in.expect("EXISTS", "after NOT");
                return root -> selector.resolve(root) == null;
            }
            if (in.accept("EXISTS")) {
                return root -> selector.resolve(root) != null;
            }
            ValueCondition condition = conditions.value(conditions.operator());
            return root -> condition.test(JsonSelector.scalarText(selector.resolve(root)));
        }
    }

    @Override
    public PatternMatch match(String message) {
        JsonNode root = parseObject(message);
        if (root == null || !test.test(root)) {
            return null;
        }
        return new PatternMatch(reference -> {
            if (!reference.startsWith("$.")) {
                return null;
            }
            try {
                return JsonSelector.scalarText(JsonSelector.parse(new Cursor(reference)).resolve(root));
            } catch (InvalidFilterPatternException e) {
                return null;
            }
        }, Map.of());
    }

    private static JsonNode parseObject(String message) {
        String trimmed = message.strip();
        if (!trimmed.startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(trimmed);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    @Override
    public int regexCount() {
        return regexCount;
    }
}
