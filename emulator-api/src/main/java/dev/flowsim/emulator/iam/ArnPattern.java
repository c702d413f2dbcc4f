package dev.flowsim.emulator.iam;

import java.util.ArrayList;
import java.util.List;

/**
 * An ARN pattern as IAM matches it, used for the Resource element and for the Arn condition operators. The first five
 * fields (arn, partition, service, region, account) are matched one by one, so a '*' there never eats into the next
 * field; the resource part is matched as one string, so a '*' there crosses ':' and '/'
 * ({@code log-group:g:*} covers {@code log-group:g:log-stream:s}). Matching is case-sensitive. A pattern with fewer
 * than six fields matches no ARN ({@code arn:aws:ec2:*:vpc-flow-log/*} is one field short).
 */
final class ArnPattern {

    private static final int FIELDS = 6;

    private final String source;
    private final boolean everything;
    /** The six compiled fields, or null when the pattern has fewer than six. */
    private final PatternTemplate[] fields;

    /**
     * When the first five fields are literal: those fields, each followed by ':'. An ARN starting with it has exactly
     * these five fields, so only the resource part (from its length on) is left to match; null otherwise.
     */
    private final String head;

    /**
     * The head plus the resource part's literal start when it has no variables: every ARN the pattern matches begins
     * with it, so one comparison rejects most ARNs; null without a head.
     */
    private final String requiredPrefix;

    private ArnPattern(String source, boolean everything, PatternTemplate[] fields) {
        this.source = source;
        this.everything = everything;
        this.fields = fields;
        this.head = head(fields);
        this.requiredPrefix = head == null || fields[FIELDS - 1].hasVariables() ? head
                : head + fields[FIELDS - 1].literalPrefix();
    }

    private static String head(PatternTemplate[] fields) {
        if (fields == null) {
            return null;
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < FIELDS - 1; i++) {
            // A literal field holds no ':' (the split is at ':'), so it must equal the ARN's field exactly.
            if (!fields[i].isLiteral()) {
                return null;
            }
            head.append(fields[i].literalPrefix()).append(':');
        }
        return head.toString();
    }

    /**
     * @param variablesInResourcePart  policy variables allowed after the fifth ':' (Resource element, Version 2012)
     * @param variablesInEveryField    policy variables allowed in every field (Arn condition values, Version 2012)
     */
    static ArnPattern compile(String source, boolean variablesInResourcePart, boolean variablesInEveryField) {
        if (source.equals("*")) {
            return new ArnPattern(source, true, null);
        }
        List<String> split = splitFields(source, variablesInEveryField);
        if (split.size() < FIELDS) {
            return new ArnPattern(source, false, null);
        }
        PatternTemplate[] compiled = new PatternTemplate[FIELDS];
        for (int i = 0; i < FIELDS; i++) {
            boolean variables = variablesInEveryField || (i == FIELDS - 1 && variablesInResourcePart);
            compiled[i] = PatternTemplate.compile(split.get(i), true, variables);
        }
        return new ArnPattern(source, false, compiled);
    }

    String source() {
        return source;
    }

    boolean hasVariables() {
        if (fields == null) {
            return false;
        }
        for (PatternTemplate field : fields) {
            if (field.hasVariables()) {
                return true;
            }
        }
        return false;
    }

    /** The pattern with its variables filled from {@code context}, or null when one has no value. */
    String resolvedText(RequestContext context) {
        if (fields == null) {
            return source;
        }
        StringBuilder text = new StringBuilder();
        for (PatternTemplate field : fields) {
            String resolved = field.resolvedText(context);
            if (resolved == null) {
                return null;
            }
            text.append(text.length() == 0 ? "" : ":").append(resolved);
        }
        return text.toString();
    }

    boolean matches(String arn, RequestContext context) {
        if (everything) {
            return true;
        }
        if (fields == null) {
            return false;
        }
        if (head != null) {
            // The resource part's literal start first: policies of one account share the head and differ there.
            int headLength = head.length();
            return arn.length() >= requiredPrefix.length()
                    && arn.regionMatches(headLength, requiredPrefix, headLength, requiredPrefix.length() - headLength)
                    && arn.regionMatches(0, head, 0, headLength)
                    && fields[FIELDS - 1].matches(arn, headLength, arn.length(), context, false);
        }
        // Field i of the ARN runs from just after the i-th ':' to the next one (the last field to the end).
        int start = 0;
        for (int i = 0; i < FIELDS; i++) {
            int end = i == FIELDS - 1 ? arn.length() : arn.indexOf(':', start);
            if (end < 0 || !fields[i].matches(arn, start, end, context, false)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /**
     * {@link #matches} for a value that must also be an ARN ({@link Arn#isArn}), as the Arn condition operators need.
     * A head starting "arn:" already proves the value is one, so the extra scan is skipped then.
     */
    boolean matchesArn(String value, RequestContext context) {
        if (head != null && head.startsWith("arn:")) {
            return matches(value, context);
        }
        return Arn.isArn(value) && matches(value, context);
    }

    /**
     * Splits at the first five ':' that are not inside a ${...} variable (${aws:username} holds a ':' itself).
     */
    private static List<String> splitFields(String source, boolean variables) {
        List<String> parts = new ArrayList<>(FIELDS);
        int start = 0;
        int i = 0;
        while (i < source.length() && parts.size() < FIELDS - 1) {
            char c = source.charAt(i);
            if (variables && c == '$' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
                int close = source.indexOf('}', i + 2);
                if (close > 0) {
                    i = close + 1;
                    continue;
                }
            }
            if (c == ':') {
                parts.add(source.substring(start, i));
                start = i + 1;
            }
            i++;
        }
        parts.add(source.substring(start));
        return parts;
    }

    @Override
    public String toString() {
        return source;
    }
}
