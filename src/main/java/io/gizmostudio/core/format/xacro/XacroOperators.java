package io.gizmostudio.core.format.xacro;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Python's arithmetic, comparison and indexing on {@link XacroValues}: ints stay ints where Python keeps them. */
final class XacroOperators {
    private XacroOperators() {
    }

    static Object arithmetic(String op, Object l, Object r) {
        if (op.equals("+") && l instanceof String a && r instanceof String b) {
            return a + b;
        }
        if (op.equals("+") && l instanceof List<?> a && r instanceof List<?> b) {
            List<Object> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
        if (op.equals("*") && l instanceof String s && isInt(r)) {
            return s.repeat((int) Math.max(0, asLong(r)));
        }
        if (!isNumber(l) || !isNumber(r)) {
            throw new XacroEvalException("unsupported operands for " + op + ": " + XacroValues.describe(l)
                    + " and " + XacroValues.describe(r));
        }
        if (isInt(l) && isInt(r)) {
            long a = asLong(l);
            long b = asLong(r);
            switch (op) {
                case "+": return a + b;
                case "-": return a - b;
                case "*": return a * b;
                case "//": return Math.floorDiv(a, nonZero(b));
                case "%": return Math.floorMod(a, nonZero(b));
                case "**":
                    if (b >= 0) {
                        return (long) Math.pow(a, b);
                    }
                    break;
                default:
                    break;
            }
        }
        double a = XacroValues.number(l, op);
        double b = XacroValues.number(r, op);
        switch (op) {
            case "+": return a + b;
            case "-": return a - b;
            case "*": return a * b;
            case "/": return a / nonZero(b);
            case "//": return Math.floor(a / nonZero(b));
            case "%": {
                double m = a % nonZero(b);
                return (m != 0 && (m < 0) != (b < 0)) ? m + b : m;
            }
            case "**": return Math.pow(a, b);
            default: throw new XacroEvalException("unknown operator " + op);
        }
    }

    private static double nonZero(double d) {
        if (d == 0) {
            throw new XacroEvalException("division by zero");
        }
        return d;
    }

    private static long nonZero(long d) {
        if (d == 0) {
            throw new XacroEvalException("division by zero");
        }
        return d;
    }

    static Object negate(Object v) {
        if (isInt(v)) {
            return -asLong(v);
        }
        return -XacroValues.number(v, "unary -");
    }

    static boolean compare(String op, Object l, Object r) {
        switch (op) {
            case "==": return equal(l, r);
            case "!=": return !equal(l, r);
            case "in": return contains(r, l);
            case "not in": return !contains(r, l);
            default: break;
        }
        int c;
        if (isNumber(l) && isNumber(r)) {
            c = Double.compare(XacroValues.number(l, op), XacroValues.number(r, op));
        } else if (l instanceof String a && r instanceof String b) {
            c = a.compareTo(b);
        } else {
            throw new XacroEvalException("cannot compare " + XacroValues.describe(l) + " " + op + " "
                    + XacroValues.describe(r));
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    static boolean equal(Object l, Object r) {
        if (isNumber(l) && isNumber(r)) {
            return XacroValues.number(l, "==") == XacroValues.number(r, "==");
        }
        return Objects.equals(l, r);
    }

    private static boolean contains(Object container, Object item) {
        if (container instanceof String s && item instanceof String i) {
            return s.contains(i);
        }
        if (container instanceof List<?> list) {
            return list.stream().anyMatch(v -> equal(v, item));
        }
        if (container instanceof Map<?, ?> map) {
            return map.containsKey(item);
        }
        throw new XacroEvalException("'in' needs a string, list or dict, got " + XacroValues.describe(container));
    }

    static Object index(Object container, Object key) {
        if (container instanceof Map<?, ?> map) {
            if (!map.containsKey(key)) {
                throw new XacroEvalException("no key " + XacroValues.describe(key) + " in the dict (keys: "
                        + map.keySet() + ")");
            }
            return map.get(key);
        }
        if ((container instanceof List<?> || container instanceof String) && isInt(key)) {
            int size = container instanceof List<?> l ? l.size() : ((String) container).length();
            long i = asLong(key);
            long at = i < 0 ? size + i : i;
            if (at < 0 || at >= size) {
                throw new XacroEvalException("index " + i + " out of range (length " + size + ")");
            }
            return container instanceof List<?> l ? l.get((int) at) : String.valueOf(((String) container).charAt((int) at));
        }
        throw new XacroEvalException("cannot index " + XacroValues.describe(container) + " with "
                + XacroValues.describe(key));
    }

    static boolean isNumber(Object v) {
        return v instanceof Number || v instanceof Boolean;
    }

    static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Boolean;
    }

    static long asLong(Object v) {
        return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).longValue();
    }
}
