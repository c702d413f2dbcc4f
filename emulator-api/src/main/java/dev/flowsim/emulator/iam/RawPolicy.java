package dev.flowsim.emulator.iam;

import java.util.List;
import java.util.Map;

/**
 * A policy read from JSON with its shapes checked but nothing else: the input of {@link PolicyRules}, which applies
 * IAM's semantic checks in IAM's order, and of {@link PolicyParser}'s compilation step.
 */
record RawPolicy(String version, String id, List<RawStatement> statements) {

    /** Principal element as written; {@code everyone} for the string "*". */
    record RawPrincipal(boolean everyone, Map<String, List<String>> entries) {

        boolean empty() {
            return !everyone && entries.values().stream().allMatch(List::isEmpty);
        }

        List<String> entries(String type) {
            return entries.getOrDefault(type, List.of());
        }
    }

    record RawCondition(String operator, String key, List<String> values) {
    }

    /** One statement; null members were absent. */
    record RawStatement(int index, String sid, String effect, RawPrincipal principal, boolean notPrincipal,
                        List<String> actions, boolean notAction, List<String> resources, boolean notResource,
                        List<RawCondition> conditions) {
    }
}
