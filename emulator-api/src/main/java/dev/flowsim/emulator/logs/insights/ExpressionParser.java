package dev.flowsim.emulator.logs.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Expressions, loosest first: {@code or}, {@code and}, {@code not}, comparisons ({@code = != < <= > >=},
 * {@code [not] like "text"|/regex/}, {@code =~ /regex/}, {@code [not] in [...]}), {@code + -}, {@code * / %},
 * {@code ^}, unary minus, then literals, fields, parentheses and function calls. Absent values make comparisons
 * false and arithmetic absent.
 */
final class ExpressionParser {

    private final QueryParser p;

    ExpressionParser(QueryParser parser) {
        this.p = parser;
    }

    Expr expression() {
        Expr left = and();
        while (p.acceptKeyword("or") || p.accept("||")) {
            Expr l = left;
            Expr r = and();
            left = row -> Values.truthy(l.eval(row)) || Values.truthy(r.eval(row));
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (p.acceptKeyword("and") || p.accept("&&")) {
            Expr l = left;
            Expr r = not();
            left = row -> Values.truthy(l.eval(row)) && Values.truthy(r.eval(row));
        }
        return left;
    }

    private Expr not() {
        if (p.acceptKeyword("not")) {
            Expr inner = not();
            return row -> !Values.truthy(inner.eval(row));
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        Token op = p.peek();
        for (String symbol : new String[] {"=", "!=", "<", "<=", ">", ">="}) {
            if (op.is(symbol)) {
                p.next();
                Expr right = additive();
                if (symbol.equals("=") && left instanceof Expr.FieldRef field
                        && right instanceof Expr.Literal literal && literal.value() instanceof String text
                        && Values.number(text) == null) {
                    return new Expr.TextEquals(field.name(), text);
                }
                return compare(left, right, comparisonTest(symbol));
            }
        }
        boolean negated = op.isKeyword("not") && (p.peekAhead(1).isKeyword("like") || p.peekAhead(1).isKeyword("in"));
        if (negated) {
            p.next();
        }
        Expr test;
        if (p.acceptKeyword("like")) {
            test = like(left, p.next());
        } else if (p.accept("=~")) {
            Token regex = p.next();
            if (regex.kind() != Token.Kind.REGEX) {
                throw MalformedQueryException.at(regex, "=~ needs a /regex/ but found " + regex.describe());
            }
            test = like(left, regex);
        } else if (p.acceptKeyword("in")) {
            test = in(left);
        } else {
            return left;
        }
        Expr positive = test;
        return negated ? row -> !Values.truthy(positive.eval(row)) : test;
    }

    private static IntPredicate comparisonTest(String symbol) {
        return switch (symbol) {
            case "=" -> c -> c == 0;
            case "!=" -> c -> c != 0;
            case "<" -> c -> c < 0;
            case "<=" -> c -> c <= 0;
            case ">" -> c -> c > 0;
            default -> c -> c >= 0;
        };
    }

    private static Expr compare(Expr left, Expr right, IntPredicate test) {
        return row -> {
            Object a = left.eval(row);
            Object b = right.eval(row);
            return a != null && b != null && test.test(Values.compare(a, b));
        };
    }

    private Expr like(Expr left, Token pattern) {
        if (pattern.kind() == Token.Kind.STRING) {
            String needle = pattern.text();
            return row -> {
                Object v = left.eval(row);
                return v != null && Values.render(v).contains(needle);
            };
        }
        if (pattern.kind() != Token.Kind.REGEX) {
            throw MalformedQueryException.at(pattern, "like needs a \"string\" or a /regex/ but found "
                    + pattern.describe());
        }
        Pattern regex = p.regex(pattern, pattern.text());
        return row -> {
            Object v = left.eval(row);
            return v != null && regex.matcher(Values.render(v)).find();
        };
    }

    private Expr in(Expr left) {
        p.expect("[");
        List<Expr> members = new ArrayList<>();
        if (!p.peek().is("]")) {
            do {
                members.add(additive());
            } while (p.accept(","));
        }
        p.expect("]");
        return row -> {
            Object v = left.eval(row);
            for (Expr m : members) {
                if (Values.equal(v, m.eval(row))) {
                    return true;
                }
            }
            return false;
        };
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (true) {
            if (p.accept("+")) {
                left = arithmetic(left, multiplicative(), Double::sum);
            } else if (p.accept("-")) {
                left = arithmetic(left, multiplicative(), (a, b) -> a - b);
            } else {
                return left;
            }
        }
    }

    private Expr multiplicative() {
        Expr left = power();
        while (true) {
            if (p.accept("*")) {
                left = arithmetic(left, power(), (a, b) -> a * b);
            } else if (p.accept("/")) {
                left = arithmetic(left, power(), (a, b) -> a / b);
            } else if (p.accept("%")) {
                left = arithmetic(left, power(), (a, b) -> a % b);
            } else {
                return left;
            }
        }
    }

    private Expr power() {
        Expr base = unary();
        return p.accept("^") ? arithmetic(base, unary(), Math::pow) : base;
    }

    private Expr unary() {
        if (p.accept("-")) {
            Expr inner = unary();
            return arithmetic(Expr.literal(0.0), inner, (a, b) -> a - b);
        }
        return primary();
    }

    private static Expr arithmetic(Expr left, Expr right, BinaryOperator<Double> op) {
        return row -> {
            Double a = Values.number(left.eval(row));
            Double b = Values.number(right.eval(row));
            return a == null || b == null ? null : op.apply(a, b);
        };
    }

    Expr primary() {
        Token t = p.next();
        switch (t.kind()) {
            case NUMBER:
                return Expr.literal(Double.parseDouble(t.text()));
            case STRING:
                return Expr.literal(t.text());
            case QUOTED_IDENT:
                return Expr.field(t.text());
            case IDENT:
                return p.peek().is("(") ? call(t) : Expr.field(t.text());
            case SYMBOL:
                if (t.is("(")) {
                    Expr inner = expression();
                    p.expect(")");
                    return inner;
                }
                break;
            default:
                break;
        }
        throw MalformedQueryException.at(t, "Expected a value, field or function but found " + t.describe());
    }

    private Expr call(Token name) {
        String fn = name.text().toLowerCase(Locale.ROOT);
        if (Aggregate.isAggregate(fn)) {
            throw MalformedQueryException.at(name, "Aggregate function " + name.text() + " can only be used in stats");
        }
        p.expect("(");
        if (fn.equals("bin")) {
            long period = Periods.millis(p.next());
            p.expect(")");
            return new Expr.Bin(period);
        }
        if (fn.equals("datefloor") || fn.equals("dateceil")) {
            Expr time = expression();
            p.expect(",");
            long period = Periods.millis(p.next());
            p.expect(")");
            boolean ceil = fn.equals("dateceil");
            return row -> {
                Double millis = Values.number(time.eval(row));
                if (millis == null) {
                    return null;
                }
                long floor = Periods.floor(millis.longValue(), period);
                return new Timestamp(ceil && floor != millis.longValue() ? floor + period : floor);
            };
        }
        List<Expr> args = new ArrayList<>();
        if (!p.peek().is(")")) {
            do {
                args.add(expression());
            } while (p.accept(","));
        }
        p.expect(")");
        return Functions.compile(new Functions.Call(name, args));
    }
}
