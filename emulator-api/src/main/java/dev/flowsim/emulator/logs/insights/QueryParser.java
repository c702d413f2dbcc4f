package dev.flowsim.emulator.logs.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns query text into {@link Command}s; every construct flowsim does not evaluate is a MalformedQueryException. */
final class QueryParser {

    private static final Set<String> UNSUPPORTED_COMMANDS = Set.of("unmask", "pattern", "diff", "anomaly",
            "filterindex", "source", "unnest", "lookup", "fieldsummary");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    /** The largest {@code limit} flowsim accepts, the most rows a query can return [U]. */
    static final long MAX_LIMIT = 100_000;

    private final String text;
    private final List<Token> tokens;
    private final ExpressionParser expressions;
    private int pos;

    private QueryParser(String text) {
        this.text = text;
        this.tokens = QueryLexer.tokenize(text);
        this.expressions = new ExpressionParser(this);
    }

    static Query parse(String text) {
        return new QueryParser(text).query();
    }

    private Query query() {
        if (peek().kind() == Token.Kind.EOF) {
            throw new MalformedQueryException("The query is empty", 0, text.length());
        }
        List<Command> commands = new ArrayList<>();
        do {
            commands.add(command());
        } while (accept("|"));
        if (peek().kind() != Token.Kind.EOF) {
            throw MalformedQueryException.at(peek(), "Unexpected " + peek().describe() + "; commands are separated by |");
        }
        return new Query(text, commands);
    }

    private Command command() {
        Token keyword = next();
        if (keyword.kind() != Token.Kind.IDENT) {
            throw MalformedQueryException.at(keyword, "Expected a command but found " + keyword.describe());
        }
        String name = keyword.text().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "fields" -> new Command.Fields(namedList());
            case "display" -> new Command.Display(namedList());
            case "filter" -> new Command.Filter(expressions.expression());
            case "stats" -> stats();
            case "sort" -> sort();
            case "limit" -> limit();
            case "parse" -> parse(keyword);
            case "dedup" -> new Command.Dedup(namedList().stream().map(Command.Named::expr).toList());
            default -> throw MalformedQueryException.at(keyword, UNSUPPORTED_COMMANDS.contains(name)
                    ? "The " + keyword.text() + " command is not supported by flowsim"
                    : "Unknown command " + keyword.describe());
        };
    }

    private List<Command.Named> namedList() {
        List<Command.Named> items = new ArrayList<>();
        do {
            int start = pos;
            Expr expr = expressions.expression();
            items.add(new Command.Named(alias(start), expr));
        } while (accept(","));
        return items;
    }

    /** The {@code as} name if given, else the plain field name, else the expression's text. */
    private String alias(int startToken) {
        int end = pos;
        if (acceptKeyword("as")) {
            return name(next());
        }
        if (end - startToken == 1 && isName(tokens.get(startToken))) {
            return tokens.get(startToken).text();
        }
        return text.substring(tokens.get(startToken).start(), tokens.get(end - 1).end());
    }

    private Command stats() {
        List<Aggregate> aggregates = new ArrayList<>();
        do {
            aggregates.add(aggregate());
        } while (accept(","));
        List<Command.Named> groupBy = acceptKeyword("by") ? namedList() : List.of();
        return new Command.Stats(aggregates, groupBy);
    }

    private Aggregate aggregate() {
        int start = pos;
        Token fn = next();
        if (!isName(fn) || !peek().is("(")) {
            throw MalformedQueryException.at(fn, "Expected an aggregate function such as count(*) but found "
                    + fn.describe());
        }
        String function = fn.text().toLowerCase(Locale.ROOT);
        if (!Aggregate.isAggregate(function)) {
            throw MalformedQueryException.at(fn, (Functions.exists(function) ? "Function " + fn.text()
                    + " is not an aggregate" : "Aggregate function " + fn.text() + " is not supported by flowsim"));
        }
        expect("(");
        Expr arg = null;
        double percentile = 0;
        if (function.equals("count") && (accept("*") || peek().is(")"))) {
            arg = null;
        } else {
            arg = expressions.expression();
            if (function.equals("pct")) {
                expect(",");
                Token p = next();
                if (p.kind() != Token.Kind.NUMBER) {
                    throw MalformedQueryException.at(p, "pct needs a percentile between 0 and 100");
                }
                percentile = Double.parseDouble(p.text());
            }
        }
        expect(")");
        return new Aggregate(function, arg, percentile, alias(start));
    }

    private Command sort() {
        List<Command.SortKey> keys = new ArrayList<>();
        do {
            Expr expr = expressions.expression();
            boolean descending = !acceptKeyword("asc");
            if (descending) {
                acceptKeyword("desc");
            }
            keys.add(new Command.SortKey(expr, descending));
        } while (accept(","));
        return new Command.Sort(keys);
    }

    private Command limit() {
        Token n = next();
        if (n.kind() != Token.Kind.NUMBER || !n.text().chars().allMatch(Character::isDigit)) {
            throw MalformedQueryException.at(n, "limit needs a whole number but found " + n.describe());
        }
        long count = Long.parseLong(n.text());
        if (count < 1 || count > MAX_LIMIT) {
            throw MalformedQueryException.at(n, "limit must be between 1 and " + MAX_LIMIT);
        }
        return new Command.Limit(count);
    }

    private Command parse(Token keyword) {
        Expr source = Expr.field("@message");
        if (peek().kind() != Token.Kind.STRING && peek().kind() != Token.Kind.REGEX) {
            source = expressions.primary();
        }
        Token pattern = next();
        if (pattern.kind() == Token.Kind.REGEX) {
            List<String> names = new ArrayList<>();
            Matcher m = NAMED_GROUP.matcher(pattern.text());
            while (m.find()) {
                names.add(m.group(1));
            }
            if (names.isEmpty()) {
                throw MalformedQueryException.at(pattern, "A parse regular expression needs named groups (?<name>...)");
            }
            return new Command.Parse(source, regex(pattern, pattern.text()), names, true);
        }
        if (pattern.kind() != Token.Kind.STRING) {
            throw MalformedQueryException.at(pattern, "parse needs a \"glob\" or a /regex/ but found "
                    + pattern.describe());
        }
        if (!acceptKeyword("as")) {
            throw MalformedQueryException.at(peek(), "A parse glob must be followed by as and field names");
        }
        List<String> names = new ArrayList<>();
        do {
            names.add(name(next()));
        } while (accept(","));
        String[] literals = pattern.text().split("\\*", -1);
        if (literals.length - 1 != names.size()) {
            throw MalformedQueryException.at(keyword, "The parse glob has " + (literals.length - 1)
                    + " wildcards but " + names.size() + " field names");
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < literals.length; i++) {
            regex.append(Pattern.quote(literals[i]));
            if (i < literals.length - 1) {
                boolean last = i == literals.length - 2 && literals[i + 1].isEmpty();
                regex.append(last ? "(.*)" : "(.*?)");
            }
        }
        return new Command.Parse(source, Pattern.compile(regex.toString(), Pattern.DOTALL), names, false);
    }

    Pattern regex(Token token, String body) {
        try {
            return Pattern.compile(body);
        } catch (PatternSyntaxException e) {
            throw MalformedQueryException.at(token, "Invalid regular expression /" + body + "/");
        }
    }

    String name(Token t) {
        if (!isName(t)) {
            throw MalformedQueryException.at(t, "Expected a field name but found " + t.describe());
        }
        return t.text();
    }

    static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT;
    }

    // Token access shared with ExpressionParser.

    Token peek() {
        return tokens.get(pos);
    }

    Token peekAhead(int n) {
        return tokens.get(Math.min(pos + n, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.EOF) {
            pos++;
        }
        return t;
    }

    boolean accept(String symbol) {
        if (peek().is(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(String symbol) {
        if (!accept(symbol)) {
            throw MalformedQueryException.at(peek(), "Expected '" + symbol + "' but found " + peek().describe());
        }
    }
}
