package io.gizmostudio.core.format.xacro;

import io.gizmostudio.core.format.xacro.XacroExpression.Function;
import io.gizmostudio.core.format.xacro.XacroExpression.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The globals xacro puts in reach of an expression (Python's math module, unprefixed and as {@code math.*}, and the
 * builtins descriptions use: {@code float int str bool len round abs min max}) and the members of values
 * ({@code d.key}, {@code d.get(k, default)}, {@code s.upper()}).
 */
final class XacroBuiltins {
    private static final Map<String, Object> GLOBALS = globals();

    private XacroBuiltins() {
    }

    static Object global(String name) {
        return GLOBALS.containsKey(name) ? GLOBALS.get(name) : Names.UNDEFINED;
    }

    private static Map<String, Object> globals() {
        Map<String, Object> math = new LinkedHashMap<>();
        math.put("pi", Math.PI);
        math.put("e", Math.E);
        math.put("tau", 2 * Math.PI);
        math.put("inf", Double.POSITIVE_INFINITY);
        math.put("nan", Double.NaN);
        unary(math, "radians", Math::toRadians);
        unary(math, "degrees", Math::toDegrees);
        unary(math, "sin", Math::sin);
        unary(math, "cos", Math::cos);
        unary(math, "tan", Math::tan);
        unary(math, "asin", Math::asin);
        unary(math, "acos", Math::acos);
        unary(math, "atan", Math::atan);
        unary(math, "sinh", Math::sinh);
        unary(math, "cosh", Math::cosh);
        unary(math, "tanh", Math::tanh);
        unary(math, "exp", Math::exp);
        unary(math, "log10", Math::log10);
        unary(math, "fabs", Math::abs);
        math.put("sqrt", fn("sqrt", 1, a -> {
            double x = XacroValues.number(a.get(0), "sqrt");
            if (x < 0) {
                throw new XacroEvalException("sqrt of a negative number: " + XacroValues.text(a.get(0)));
            }
            return Math.sqrt(x);
        }));
        math.put("log", fn("log", -1, a -> a.size() == 2
                ? Math.log(num(a, 0, "log")) / Math.log(num(a, 1, "log")) : Math.log(num(a, 0, "log"))));
        math.put("atan2", fn("atan2", 2, a -> Math.atan2(num(a, 0, "atan2"), num(a, 1, "atan2"))));
        math.put("pow", fn("pow", 2, a -> Math.pow(num(a, 0, "pow"), num(a, 1, "pow"))));
        math.put("hypot", fn("hypot", 2, a -> Math.hypot(num(a, 0, "hypot"), num(a, 1, "hypot"))));
        math.put("floor", fn("floor", 1, a -> (long) Math.floor(num(a, 0, "floor"))));
        math.put("ceil", fn("ceil", 1, a -> (long) Math.ceil(num(a, 0, "ceil"))));
        Map<String, Object> g = new LinkedHashMap<>(math);
        g.put("math", Collections.unmodifiableMap(math));
        g.put("abs", fn("abs", 1, a -> XacroOperators.isInt(a.get(0)) ? (Object) Math.abs(XacroOperators.asLong(a.get(0)))
                : (Object) Math.abs(num(a, 0, "abs"))));
        g.put("min", fn("min", -1, a -> extreme(a, -1)));
        g.put("max", fn("max", -1, a -> extreme(a, 1)));
        g.put("float", fn("float", 1, a -> a.get(0) instanceof String s ? parseFloat(s) : num(a, 0, "float")));
        g.put("int", fn("int", 1, a -> a.get(0) instanceof String s ? parseInt(s) : (long) num(a, 0, "int")));
        g.put("str", fn("str", 1, a -> XacroValues.text(a.get(0))));
        g.put("bool", fn("bool", 1, a -> XacroValues.truthy(a.get(0))));
        g.put("len", fn("len", 1, a -> (long) length(a.get(0))));
        g.put("round", fn("round", -1, a -> {
            double x = num(a, 0, "round");
            if (a.size() < 2) {
                return (long) Math.rint(x);
            }
            double scale = Math.pow(10, num(a, 1, "round"));
            return Math.rint(x * scale) / scale;
        }));
        return Collections.unmodifiableMap(g);
    }

    private static double parseFloat(String s) {
        Object v = XacroValues.literal(s.trim());
        if (!XacroOperators.isNumber(v)) {
            throw new XacroEvalException("float() of a text that is not a number: '" + s + "'");
        }
        return XacroValues.number(v, "float");
    }

    private static long parseInt(String s) {
        Object v = XacroValues.literal(s.trim());
        if (!(v instanceof Long l)) {
            throw new XacroEvalException("int() of a text that is not an integer: '" + s + "'");
        }
        return l;
    }

    private static int length(Object v) {
        if (v instanceof String s) {
            return s.length();
        }
        if (v instanceof List<?> l) {
            return l.size();
        }
        if (v instanceof Map<?, ?> m) {
            return m.size();
        }
        throw new XacroEvalException("len() of " + XacroValues.describe(v));
    }

    private static Object extreme(List<Object> args, int sign) {
        List<?> items = args.size() == 1 && args.get(0) instanceof List<?> l ? l : args;
        if (items.isEmpty()) {
            throw new XacroEvalException((sign > 0 ? "max" : "min") + "() of nothing");
        }
        Object best = items.get(0);
        for (Object v : items) {
            if (XacroOperators.compare(sign > 0 ? ">" : "<", v, best)) {
                best = v;
            }
        }
        return best;
    }

    private static double num(List<Object> args, int i, String use) {
        return XacroValues.number(args.get(i), use + "()");
    }

    private static void unary(Map<String, Object> into, String name, DoubleUnaryOperator op) {
        into.put(name, fn(name, 1, a -> op.applyAsDouble(num(a, 0, name))));
    }

    /** A function of {@code arity} arguments ({@code -1}: any number from one up). */
    static Function fn(String name, int arity, Function body) {
        return args -> {
            if (arity >= 0 ? args.size() != arity : args.isEmpty()) {
                throw new XacroEvalException(name + "() takes " + (arity >= 0 ? arity : "at least 1")
                        + " argument" + (arity == 1 ? "" : "s") + ", got " + args.size());
            }
            return body.call(args);
        };
    }

    /** {@code owner.name}: a dict's key (xacro lets YAML dicts be read with dots) or a method. */
    static Object member(Object owner, String name) {
        if (owner instanceof Map<?, ?> map) {
            if (map.containsKey(name)) {
                return map.get(name);
            }
            switch (name) {
                case "get":
                    return fn("get", -1, a -> map.containsKey(a.get(0)) ? map.get(a.get(0)) : a.size() > 1 ? a.get(1) : null);
                case "keys":
                    return fn("keys", 0, a -> new ArrayList<Object>(map.keySet()));
                case "values":
                    return fn("values", 0, a -> new ArrayList<Object>(map.values()));
                default:
                    throw new XacroEvalException("the dict has no key '" + name + "' (keys: " + map.keySet() + ")");
            }
        }
        if (owner instanceof String s) {
            switch (name) {
                case "upper": return fn("upper", 0, a -> s.toUpperCase(java.util.Locale.ROOT));
                case "lower": return fn("lower", 0, a -> s.toLowerCase(java.util.Locale.ROOT));
                case "strip": return fn("strip", 0, a -> s.strip());
                case "startswith": return fn("startswith", 1, a -> s.startsWith(XacroValues.text(a.get(0))));
                case "endswith": return fn("endswith", 1, a -> s.endsWith(XacroValues.text(a.get(0))));
                case "replace": return fn("replace", 2, a -> s.replace(XacroValues.text(a.get(0)), XacroValues.text(a.get(1))));
                case "split": return fn("split", -1, a -> List.<Object>of((Object[]) s.split(java.util.regex.Pattern.quote(XacroValues.text(a.get(0))))));
                default: break;
            }
        }
        throw new XacroEvalException(XacroValues.describe(owner) + " has no member '" + name + "'");
    }
}
