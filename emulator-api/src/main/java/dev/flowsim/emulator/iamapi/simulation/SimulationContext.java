package dev.flowsim.emulator.iamapi.simulation;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.RequestContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The request context of a simulation: exactly the ContextEntries given, as AWS's simulator does (it adds no keys of
 * its own; keys the policies need but were not given are reported as MissingContextValues). Values are checked
 * against their ContextKeyType.
 */
final class SimulationContext {

    private static final Set<String> TYPES = Set.of("string", "stringList", "numeric", "numericList", "boolean",
            "booleanList", "ip", "ipList", "binary", "binaryList", "date", "dateList");

    private SimulationContext() {
    }

    static RequestContext of(List<SimulationInput.ContextEntry> entries) {
        RequestContext.Builder context = RequestContext.builder();
        for (SimulationInput.ContextEntry entry : entries) {
            if (entry.name() == null) {
                throw new AwsException("InvalidInput", "ContextKeyName is required in every context entry.", 400);
            }
            String type = entry.type() == null ? "string" : entry.type();
            if (!TYPES.contains(type)) {
                throw new AwsException("ValidationError", "1 validation error detected: Value '" + type
                        + "' at 'contextEntries.member.contextKeyType' failed to satisfy constraint: Member must "
                        + "satisfy enum value set: [string, stringList, numeric, numericList, boolean, booleanList, "
                        + "ip, ipList, binary, binaryList, date, dateList]", 400);
            }
            if (!type.endsWith("List") && entry.values().size() > 1) {
                throw invalid(entry.name(), type, String.join(",", entry.values()));
            }
            for (String value : entry.values()) {
                if (!valid(type.replace("List", ""), value)) {
                    throw invalid(entry.name(), type, value);
                }
            }
            context.put(entry.name(), entry.values());
        }
        return context.build();
    }

    private static boolean valid(String type, String value) {
        try {
            switch (type) {
                case "numeric" -> new BigDecimal(value.trim());
                case "boolean" -> {
                    String v = value.trim().toLowerCase(Locale.ROOT);
                    return v.equals("true") || v.equals("false");
                }
                case "date" -> {
                    if (!value.trim().matches("\\d+")) {
                        Instant.parse(value.trim());
                    }
                }
                case "ip" -> {
                    return value.trim().matches("[0-9A-Fa-f.:]+(/\\d{1,3})?");
                }
                default -> {
                    return true;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** [U] AWS's exact wording for a value of the wrong type is not documented. */
    private static AwsException invalid(String key, String type, String value) {
        return new AwsException("InvalidInput", "Invalid value " + value + " for context key " + key + " of type "
                + type + ".", 400);
    }
}
