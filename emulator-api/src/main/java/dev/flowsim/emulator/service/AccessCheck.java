package dev.flowsim.emulator.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One IAM question an operation asks before it runs: may the caller perform {@code action} on {@code resourceArn}?
 * Declared by each handler from its decoded input, answered by the pipeline, so no handler authorizes by hand.
 *
 * @param action      e.g. {@code logs:PutLogEvents}
 * @param resourceArn the ARN AWS evaluates (and prints in AccessDenied), e.g. the log-stream form for PutLogEvents
 * @param context     the action-specific condition keys the request carries (sts:ExternalId, aws:RequestTag/KEY,
 *                    aws:TagKeys, iam:PassedToService, ...), added to the global keys the authorizer builds; a key
 *                    may have several values (multivalued keys such as aws:TagKeys)
 */
public record AccessCheck(String action, String resourceArn, Map<String, List<String>> context) {

    public AccessCheck {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (context != null) {
            context.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        }
        context = java.util.Collections.unmodifiableMap(copy);
    }

    /** A check that adds no action-specific condition keys. */
    public AccessCheck(String action, String resourceArn) {
        this(action, resourceArn, Map.of());
    }

    /** This check with {@code key} set to {@code values}; nothing changes when there are no values. */
    public AccessCheck withKey(String key, List<String> values) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        Map<String, List<String>> more = new LinkedHashMap<>(context);
        more.put(key, values);
        return new AccessCheck(action, resourceArn, more);
    }

    /** This check with {@code key} set to {@code value}; nothing changes when the value is null. */
    public AccessCheck withKey(String key, String value) {
        return value == null ? this : withKey(key, List.of(value));
    }

    /** The account of an ARN ({@code arn:partition:service:region:ACCOUNT:...}); empty when it has none. */
    public String resourceAccount() {
        // The fifth ':'-separated field, found without split (this runs for every authorized request).
        int from = 0;
        for (int field = 0; field < 4; field++) {
            int colon = resourceArn.indexOf(':', from);
            if (colon < 0) {
                return "";
            }
            from = colon + 1;
        }
        int end = resourceArn.indexOf(':', from);
        return resourceArn.substring(from, end < 0 ? resourceArn.length() : end);
    }
}
