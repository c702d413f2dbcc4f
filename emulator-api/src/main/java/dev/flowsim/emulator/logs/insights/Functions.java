package dev.flowsim.emulator.logs.insights;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The scalar functions flowsim evaluates (names case-insensitive). {@code bin}, {@code datefloor} and
 * {@code dateceil} take a period token and are compiled by the parser; everything else is here. Any other name is a
 * {@link MalformedQueryException}, never a silently different answer.
 */
final class Functions {

    /** A call's compiled arguments; period arguments arrive as their millisecond count. */
    record Call(Token name, List<Expr> args) {
        Expr arg(int i) {
            return args.get(i);
        }
    }

    private record Def(int minArgs, int maxArgs, Function<Call, Expr> compile) {
    }

    private static final Map<String, Def> DEFS = Map.ofEntries(
            Map.entry("abs", num1(Math::abs)),
            Map.entry("ceil", num1(Math::ceil)),
            Map.entry("floor", num1(Math::floor)),
            Map.entry("log", num1(Math::log)),
            Map.entry("sqrt", num1(Math::sqrt)),
            Map.entry("greatest", new Def(1, 100, c -> row -> extreme(c, row, true))),
            Map.entry("least", new Def(1, 100, c -> row -> extreme(c, row, false))),
            Map.entry("ispresent", new Def(1, 1, c -> row -> c.arg(0).eval(row) != null)),
            Map.entry("coalesce", new Def(1, 100, c -> row -> {
                for (Expr e : c.args()) {
                    Object v = e.eval(row);
                    if (v != null) {
                        return v;
                    }
                }
                return null;
            })),
            Map.entry("isempty", new Def(1, 1, c -> row -> {
                Object v = c.arg(0).eval(row);
                return v == null || Values.render(v).isEmpty();
            })),
            Map.entry("isblank", new Def(1, 1, c -> row -> {
                Object v = c.arg(0).eval(row);
                return v == null || Values.render(v).isBlank();
            })),
            Map.entry("concat", new Def(1, 100, c -> row -> {
                StringBuilder out = new StringBuilder();
                for (Expr e : c.args()) {
                    Object v = e.eval(row);
                    if (v != null) {
                        out.append(Values.render(v));
                    }
                }
                return out.toString();
            })),
            Map.entry("ltrim", str1(s -> s.replaceAll("^\\s+", ""))),
            Map.entry("rtrim", str1(s -> s.replaceAll("\\s+$", ""))),
            Map.entry("trim", str1(String::strip)),
            Map.entry("strlen", new Def(1, 1, c -> row -> {
                Object v = c.arg(0).eval(row);
                return v == null ? null : (double) Values.render(v).length();
            })),
            Map.entry("toupper", str1(s -> s.toUpperCase(Locale.ROOT))),
            Map.entry("tolower", str1(s -> s.toLowerCase(Locale.ROOT))),
            Map.entry("substr", new Def(2, 3, Functions::substr)),
            Map.entry("replace", new Def(3, 3, c -> row -> {
                Object s = c.arg(0).eval(row);
                Object find = c.arg(1).eval(row);
                Object with = c.arg(2).eval(row);
                return s == null || find == null || with == null ? null
                        : Values.render(s).replace(Values.render(find), Values.render(with));
            })),
            Map.entry("strcontains", new Def(2, 2, c -> row -> {
                Object s = c.arg(0).eval(row);
                Object sub = c.arg(1).eval(row);
                return s != null && sub != null && Values.render(s).contains(Values.render(sub));
            })),
            Map.entry("frommillis", new Def(1, 1, c -> row -> {
                Double n = Values.number(c.arg(0).eval(row));
                return n == null ? null : new Timestamp(n.longValue());
            })),
            Map.entry("tomillis", new Def(1, 1, c -> row -> {
                Object v = c.arg(0).eval(row);
                return v instanceof Timestamp t ? (double) t.millis() : null;
            })),
            Map.entry("isvalidip", ip1(s -> IpFunctions.ipv4(s) != null || IpFunctions.ipv6(s) != null)),
            Map.entry("isvalidipv4", ip1(s -> IpFunctions.ipv4(s) != null)),
            Map.entry("isvalidipv6", ip1(s -> IpFunctions.ipv6(s) != null)),
            Map.entry("isipinsubnet", subnet(s -> {
                byte[] v4 = IpFunctions.ipv4(s);
                return v4 != null ? v4 : IpFunctions.ipv6(s);
            })),
            Map.entry("isipv4insubnet", subnet(IpFunctions::ipv4)),
            Map.entry("isipv6insubnet", subnet(IpFunctions::ipv6)));

    private Functions() {
    }

    static boolean exists(String name) {
        return DEFS.containsKey(name.toLowerCase(Locale.ROOT));
    }

    static Expr compile(Call call) {
        Def def = DEFS.get(call.name().text().toLowerCase(Locale.ROOT));
        if (def == null) {
            throw MalformedQueryException.at(call.name(), "Function " + call.name().text()
                    + " is not supported by flowsim");
        }
        int n = call.args().size();
        if (n < def.minArgs() || n > def.maxArgs()) {
            throw MalformedQueryException.at(call.name(), "Function " + call.name().text() + " takes "
                    + (def.minArgs() == def.maxArgs() ? def.minArgs() : def.minArgs() + " to " + def.maxArgs())
                    + " arguments, got " + n);
        }
        return def.compile().apply(call);
    }

    private static Def num1(java.util.function.DoubleUnaryOperator f) {
        return new Def(1, 1, c -> row -> {
            Double n = Values.number(c.arg(0).eval(row));
            return n == null ? null : f.applyAsDouble(n);
        });
    }

    private static Def str1(Function<String, String> f) {
        return new Def(1, 1, c -> row -> {
            Object v = c.arg(0).eval(row);
            return v == null ? null : f.apply(Values.render(v));
        });
    }

    private static Def ip1(java.util.function.Predicate<String> test) {
        return new Def(1, 1, c -> row -> {
            Object v = c.arg(0).eval(row);
            return v != null && test.test(Values.render(v));
        });
    }

    private static Def subnet(Function<String, byte[]> parse) {
        return new Def(2, 2, c -> row -> {
            Object ip = c.arg(0).eval(row);
            Object cidr = c.arg(1).eval(row);
            return ip != null && cidr != null
                    && IpFunctions.inSubnet(parse.apply(Values.render(ip)), Values.render(cidr));
        });
    }

    private static Object extreme(Call c, Row row, boolean greatest) {
        Object best = null;
        for (Expr e : c.args()) {
            Object v = e.eval(row);
            if (v != null && (best == null || (Values.compare(v, best) > 0) == greatest && Values.compare(v, best) != 0)) {
                best = v;
            }
        }
        return best;
    }

    /** substr(s, start[, length]) with a 0-based start. */
    private static Expr substr(Call c) {
        return row -> {
            Object v = c.arg(0).eval(row);
            Double start = Values.number(c.arg(1).eval(row));
            if (v == null || start == null) {
                return null;
            }
            String s = Values.render(v);
            int from = (int) Math.max(0, Math.min(s.length(), start));
            int to = s.length();
            if (c.args().size() == 3) {
                Double length = Values.number(c.arg(2).eval(row));
                to = length == null ? to : (int) Math.max(from, Math.min(s.length(), from + length));
            }
            return s.substring(from, to);
        };
    }
}
