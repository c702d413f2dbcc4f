package dev.flowsim.emulator.iam;

import java.util.ArrayList;
import java.util.List;

/**
 * A policy string compiled once: literal characters, the wildcards {@code *} (any run, also empty) and {@code ?}
 * (exactly one character) when the operator takes them, and policy variables {@code ${key}} when the policy's Version
 * is 2012-10-17. A variable's value is always literal text, so a user name containing '*' does not become a wildcard.
 * The escapes {@code ${*}}, {@code ${?}}, {@code ${$}} stand for a literal '*', '?', '$'.
 */
final class PatternTemplate {

    private static final int ANY_RUN = -1;
    private static final int ANY_ONE = -2;

    private sealed interface Part permits Chars, Variable {
    }

    /** Resolved symbols: a char code, ANY_RUN or ANY_ONE. */
    private record Chars(int[] symbols) implements Part {
    }

    /** {@code ${key}} or {@code ${key, 'fallback'}}. */
    private record Variable(String key, String lookupKey, String fallback) implements Part {
        Variable(String key, String fallback) {
            this(key, RequestContext.lowerCaseKey(key), fallback);
        }
    }

    private final String source;
    private final List<Part> parts;
    /** The resolved symbols when the template has no variables; null otherwise. */
    private final int[] constant;
    /** For a constant template, its literal characters before the first wildcard ("" when none or not constant). */
    private final String literalPrefix;
    /** Whether a constant template is literal text only (no wildcard): then matching is plain equality. */
    private final boolean literalOnly;

    private PatternTemplate(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
        this.constant = parts.stream().allMatch(p -> p instanceof Chars) ? join(parts, null) : null;
        StringBuilder prefix = new StringBuilder();
        if (constant != null) {
            for (int symbol : constant) {
                if (symbol < 0) {
                    break;
                }
                prefix.append((char) symbol);
            }
        }
        this.literalPrefix = prefix.toString();
        this.literalOnly = constant != null && literalPrefix.length() == constant.length;
    }

    /**
     * @param wildcards whether '*' and '?' are wildcards (Like operators, actions, ARNs) or literal (Equals)
     * @param variables whether ${...} is a policy variable (Version 2012-10-17) or literal text
     */
    static PatternTemplate compile(String source, boolean wildcards, boolean variables) {
        List<Part> parts = new ArrayList<>();
        List<Integer> symbols = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int close = variables && c == '$' && i + 1 < source.length() && source.charAt(i + 1) == '{'
                    ? source.indexOf('}', i + 2) : -1;
            if (close > 0) {
                String inner = source.substring(i + 2, close);
                if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
                    symbols.add((int) inner.charAt(0));
                } else {
                    flush(symbols, parts);
                    parts.add(variable(inner));
                }
                i = close + 1;
                continue;
            }
            if (wildcards && c == '*') {
                symbols.add(ANY_RUN);
            } else if (wildcards && c == '?') {
                symbols.add(ANY_ONE);
            } else {
                symbols.add((int) c);
            }
            i++;
        }
        flush(symbols, parts);
        return new PatternTemplate(source, List.copyOf(parts));
    }

    /** For a constant template, the literal characters before its first wildcard (all of them when it has none). */
    String literalPrefix() {
        return literalPrefix;
    }

    /** Whether the template is constant literal text: no variable, no wildcard. */
    boolean isLiteral() {
        return literalOnly;
    }

    /** The text as written in the policy. */
    String source() {
        return source;
    }

    boolean hasVariables() {
        return constant == null;
    }

    /**
     * Whether {@code text} matches. A variable the request cannot fill (absent key without default, or a multivalued
     * key) makes the pattern match nothing, as AWS does.
     */
    boolean matches(String text, RequestContext context, boolean ignoreCase) {
        return matches(text, 0, text.length(), context, ignoreCase);
    }

    /** Whether {@code text[from, to)} matches; lets ARN fields be matched without cutting the ARN apart. */
    boolean matches(String text, int from, int to, RequestContext context, boolean ignoreCase) {
        if (constant != null) {
            // The literal start is matched once, by plain comparison; only the rest needs the wildcard matcher.
            int n = literalPrefix.length();
            if (to - from < n || literalOnly && to - from != n) {
                return false;
            }
            // Exact case first (how policies and the emulator spell actions), then case-folded where asked for.
            boolean exact = literalOnly && from == 0 && to == text.length() ? text.equals(literalPrefix)
                    : text.startsWith(literalPrefix, from);
            if (!exact && !(ignoreCase && sameRegion(text, from, literalPrefix, n, true))) {
                return false;
            }
            return literalOnly || matchSymbols(constant, n, text, from + n, to, ignoreCase);
        }
        int[] symbols = join(parts, context);
        return symbols != null && matchSymbols(symbols, 0, text, from, to, ignoreCase);
    }

    /** Whether {@code text[from, from + n)} equals {@code literal[0, n)}, by {@link #sameChar}. */
    private static boolean sameRegion(String text, int from, String literal, int n, boolean ignoreCase) {
        if (!ignoreCase) {
            return text.regionMatches(from, literal, 0, n);
        }
        for (int i = 0; i < n; i++) {
            if (!sameChar(literal.charAt(i), text.charAt(from + i), true)) {
                return false;
            }
        }
        return true;
    }

    /** The pattern with variables filled from {@code context}, or null when one cannot be filled. */
    String resolvedText(RequestContext context) {
        int[] symbols = constant != null ? constant : join(parts, context);
        if (symbols == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int s : symbols) {
            text.append(s == ANY_RUN ? '*' : s == ANY_ONE ? '?' : (char) s);
        }
        return text.toString();
    }

    private static Variable variable(String inner) {
        int comma = inner.indexOf(',');
        if (comma > 0) {
            String fallback = inner.substring(comma + 1).trim();
            if (fallback.length() >= 2 && fallback.startsWith("'") && fallback.endsWith("'")) {
                return new Variable(inner.substring(0, comma).trim(), fallback.substring(1, fallback.length() - 1));
            }
        }
        return new Variable(inner.trim(), null);
    }

    private static void flush(List<Integer> symbols, List<Part> parts) {
        if (!symbols.isEmpty()) {
            parts.add(new Chars(symbols.stream().mapToInt(Integer::intValue).toArray()));
            symbols.clear();
        }
    }

    /** The symbols with each variable's value put in as literal characters; null when a variable has no value. */
    private static int[] join(List<Part> parts, RequestContext context) {
        String[] values = new String[parts.size()];
        int length = 0;
        for (int i = 0; i < values.length; i++) {
            Part part = parts.get(i);
            if (part instanceof Chars chars) {
                length += chars.symbols().length;
            } else {
                String value = variableValue((Variable) part, context);
                if (value == null) {
                    return null;
                }
                values[i] = value;
                length += value.length();
            }
        }
        int[] all = new int[length];
        int at = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                int[] symbols = ((Chars) parts.get(i)).symbols();
                System.arraycopy(symbols, 0, all, at, symbols.length);
                at += symbols.length;
            } else {
                for (int c = 0; c < values[i].length(); c++) {
                    all[at++] = values[i].charAt(c);
                }
            }
        }
        return all;
    }

    private static String variableValue(Variable variable, RequestContext context) {
        List<String> values = context.valuesOfLowerCaseKey(variable.lookupKey());
        if (values.size() == 1) {
            return values.get(0);
        }
        // Only single-valued keys can be variables; absent keys fall back to the default when one is given.
        return values.isEmpty() ? variable.fallback() : null;
    }

    /** Classic two-pointer wildcard matching with backtracking to the last '*'; linear in practice. */
    private static boolean matchSymbols(int[] pattern, int fromSymbol, String text, int from, int to,
                                        boolean ignoreCase) {
        int p = fromSymbol;
        int t = from;
        int starP = -1;
        int starT = -1;
        while (t < to) {
            if (p < pattern.length && (pattern[p] == ANY_ONE
                    || pattern[p] >= 0 && sameChar((char) pattern[p], text.charAt(t), ignoreCase))) {
                p++;
                t++;
            } else if (p < pattern.length && pattern[p] == ANY_RUN) {
                starP = p++;
                starT = t;
            } else if (starP >= 0) {
                p = starP + 1;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (p < pattern.length && pattern[p] == ANY_RUN) {
            p++;
        }
        return p == pattern.length;
    }

    private static boolean sameChar(char a, char b, boolean ignoreCase) {
        return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    @Override
    public String toString() {
        return source;
    }
}
