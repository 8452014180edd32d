package io.gizmostudio.core.format.xacro;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The values a xacro expression works with, as Python has them: {@code Long} and {@code Double} numbers,
 * {@code Boolean}, {@code String}, lists, maps (from YAML) and {@code null} (None). Text comes out as Python's
 * {@code str()} gives it, so {@code ${i+1}} in a link name reads {@code 2} and {@code ${0.5*2}} reads {@code 1.0},
 * as xacro writes them.
 */
public final class XacroValues {
    private XacroValues() {
    }

    /** Python's {@code str(value)}. */
    public static String text(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double d) {
            return decimal(d);
        }
        if (value instanceof List<?> list) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            list.forEach(v -> j.add(repr(v)));
            return j.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            map.forEach((k, v) -> j.add(repr(k) + ": " + repr(v)));
            return j.toString();
        }
        return value.toString();
    }

    private static String repr(Object value) {
        return value instanceof String s ? "'" + s + "'" : text(value);
    }

    /** Python's repr of a float: {@code 1.0}, {@code 0.25}, {@code 1e-05}, {@code inf}. */
    static String decimal(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = b.precision() - b.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = b.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        String plain = b.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** Python truthiness. */
    public static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /**
     * What xacro makes of plain text such as a property's {@code value="0.5"}: an int, a float, a boolean
     * ({@code true}/{@code false} in any case), a quoted string without its quotes, else the text itself. Text
     * holding {@code _} stays text (Python would read {@code 1_0} as ten).
     */
    public static Object literal(String text) {
        if (text.length() >= 2 && text.charAt(0) == '\'' && text.charAt(text.length() - 1) == '\'') {
            return text.substring(1, text.length() - 1);
        }
        String t = text.trim();
        if (t.isEmpty() || t.contains("_")) {
            return text;
        }
        if (t.matches("[+-]?\\d+")) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                return Double.parseDouble(t);
            }
        }
        if (t.matches("[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?|inf|nan)")) {
            return Double.parseDouble(t.replace("inf", "Infinity").replace("nan", "NaN"));
        }
        if (t.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (t.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return text;
    }

    /** A number from an int, a float or a boolean; anything else is an error naming what {@code use} needed. */
    static double number(Object value, String use) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new XacroEvalException(use + " needs a number, got " + describe(value));
    }

    /** The value and its Python type, for messages. */
    static String describe(Object value) {
        String type = value == null ? "None" : value instanceof Long ? "int" : value instanceof Double ? "float"
                : value instanceof Boolean ? "bool" : value instanceof String ? "str" : value instanceof List ? "list"
                : value instanceof Map ? "dict" : "function";
        String shown = value instanceof String s ? "'" + s + "'" : text(value);
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return type + " " + shown;
    }
}
