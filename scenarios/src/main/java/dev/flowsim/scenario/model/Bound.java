package dev.flowsim.scenario.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.io.IOException;
import java.util.Iterator;

/** A count that must be exact ({@code 5}) or within bounds ({@code {min: 1}}, {@code {max: 0}}, both). */
@JsonDeserialize(using = Bound.Reader.class)
public record Bound(Long min, Long max) {

    public Bound {
        Checks.require(min != null || max != null, "a count bound needs min, max or both");
        Checks.require((min == null || min >= 0) && (max == null || max >= 0), "counts are never negative");
        Checks.require(min == null || max == null || min <= max, "min must not exceed max");
    }

    public static Bound exactly(long n) {
        return new Bound(n, n);
    }

    public static Bound atLeast(long n) {
        return new Bound(n, null);
    }

    public boolean test(long value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    @Override
    public String toString() {
        if (min != null && min.equals(max)) {
            return "exactly " + min;
        }
        if (max == null) {
            return "at least " + min;
        }
        return min == null ? "at most " + max : "between " + min + " and " + max;
    }

    static final class Reader extends JsonDeserializer<Bound> {
        @Override
        public Bound deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return exactly(p.getLongValue());
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Bound) ctxt.handleUnexpectedToken(Bound.class, p);
            }
            JsonNode node = ctxt.readTree(p);
            Long min = null;
            Long max = null;
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                JsonNode v = node.get(field);
                if (!v.isIntegralNumber()) {
                    throw ctxt.weirdStringException(v.asText(), Bound.class, "'" + field + "' must be a whole number");
                }
                switch (field) {
                    case "min" -> min = v.asLong();
                    case "max" -> max = v.asLong();
                    default -> throw ctxt.weirdStringException(field, Bound.class,
                            "unknown key; a count is a number or {min: N, max: M}");
                }
            }
            try {
                return new Bound(min, max);
            } catch (IllegalArgumentException e) {
                throw ctxt.weirdStringException(node.toString(), Bound.class, e.getMessage());
            }
        }
    }
}
