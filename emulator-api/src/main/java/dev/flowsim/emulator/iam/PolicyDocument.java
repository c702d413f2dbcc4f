package dev.flowsim.emulator.iam;

import java.util.List;
import java.util.Objects;

/**
 * A parsed and compiled policy. Parse once with {@link PolicyParser} and keep it: evaluation never touches the JSON
 * again.
 *
 * @param kind       where the policy is attached
 * @param version    the Version element, or null when absent
 * @param id         the Id element, or null
 * @param statements the statements, in document order
 * @param text       the JSON text the policy was parsed from
 */
public record PolicyDocument(PolicyKind kind, String version, String id, List<Statement> statements, String text) {

    /** The only Version under which policy variables are substituted. */
    public static final String CURRENT_VERSION = "2012-10-17";

    public PolicyDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        statements = List.copyOf(statements);
    }

    /** Whether ${...} policy variables are substituted: only under Version 2012-10-17, otherwise they are text. */
    public boolean variablesEnabled() {
        return CURRENT_VERSION.equals(version);
    }

    /**
     * The size IAM counts against its quotas: the characters of the document except white space (space, tab, line
     * feed, carriage return), wherever it occurs.
     */
    public int sizeWithoutWhitespace() {
        int size = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                size++;
            }
        }
        return size;
    }
}
