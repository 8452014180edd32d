package io.gizmostudio.core.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Locale-independent number text for model files: at most 10 significant digits, no trailing zeros,
 * never "-0", plain notation for ordinary magnitudes and {@code 1.5e-8} style otherwise. Values
 * closer to zero than 1e-12 (rounding noise from rotations) are written as 0.
 */
public final class DecimalText {
    private static final MathContext DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

    private DecimalText() {
    }

    public static String of(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("cannot write a non-finite number: " + v);
        }
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        BigDecimal bd = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
        int exponent = bd.precision() - bd.scale() - 1;
        if (exponent >= -6 && exponent < 10) {
            return bd.toPlainString();
        }
        return bd.toString().replace("E+", "e").replace('E', 'e');
    }

    /** Space-separated values, e.g. "0 0 1". */
    public static String of(double... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(of(values[i]));
        }
        return sb.toString();
    }
}
