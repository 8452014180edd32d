package io.gizmostudio.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers typed into form fields: what is wrong with one ("x: not a number", "y: must be within ±10 km"), the value,
 * and how a value is shown back (no exponent, at most four decimals, no trailing zeros). A decimal comma is read as
 * a point, since engineers type both.
 */
public final class FieldNumbers {
    /** Nothing in a scene is placed further than 10 km from its origin. */
    public static final double MAX_METRES = 10_000;

    private FieldNumbers() {
    }

    /** "" when {@code text} is a finite number within ±{@code max}, else a message starting with {@code label}. */
    public static String problem(String label, String text, double max) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return label + ": enter a number.";
        }
        double v;
        try {
            v = parse(t);
        } catch (NumberFormatException e) {
            return label + ": \"" + t + "\" is not a number.";
        }
        if (!Double.isFinite(v)) {
            return label + ": must be a finite number.";
        }
        if (Math.abs(v) > max) {
            return label + ": must be within ±" + (max >= 1000 ? format(max / 1000) + " km" : format(max)) + ".";
        }
        return "";
    }

    /** The value of a field that {@link #problem} accepted. */
    public static double parse(String text) {
        String t = text.trim().replace(',', '.');
        // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd': a form takes plain decimals only
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new NumberFormatException(text);
        }
        return Double.parseDouble(t);
    }

    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
