package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.xml.XmlElement;

/**
 * Parses the whitespace-separated number lists COLLADA stores in element text ({@code float_array},
 * {@code <p>}, {@code <vcount>}, {@code <matrix>}, colours). Large meshes hold millions of numbers, so
 * this scans the text once without splitting it and parses plain decimals with few digits directly
 * (exactly: a mantissa below 2^53 scaled by an exactly representable power of ten is correctly
 * rounded); anything else goes to {@link Double#parseDouble}.
 */
final class ColladaNumbers {
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_MANTISSA_LIMIT = 1L << 53;

    private ColladaNumbers() {
    }

    /** The finite numbers in {@code text}; an error on {@code where} names the first bad token. */
    static double[] doubles(XmlElement where, String text) {
        DoubleList out = new DoubleList();
        int n = text.length();
        int i = 0;
        while (true) {
            while (i < n && text.charAt(i) <= ' ') {
                i++;
            }
            if (i >= n) {
                return out.toArray();
            }
            int start = i;
            while (i < n && text.charAt(i) > ' ') {
                i++;
            }
            double d = parseDouble(text, start, i);
            if (!Double.isFinite(d)) {
                throw where.error("value " + (out.size() + 1) + " is not a finite number: '" + text.substring(start, i) + "'");
            }
            out.add(d);
        }
    }

    /** The non-negative integers in {@code text} (indices and counts). */
    static int[] indices(XmlElement where, String text) {
        int n = text.length();
        int[] out = new int[Math.max(16, n / 4)];
        int size = 0;
        int i = 0;
        while (true) {
            while (i < n && text.charAt(i) <= ' ') {
                i++;
            }
            if (i >= n) {
                return java.util.Arrays.copyOf(out, size);
            }
            int start = i;
            long value = 0;
            while (i < n && text.charAt(i) > ' ') {
                char c = text.charAt(i);
                if (c < '0' || c > '9' || value > Integer.MAX_VALUE) {
                    while (i < n && text.charAt(i) > ' ') {
                        i++;
                    }
                    throw where.error("value " + (size + 1) + " is not an index: '" + text.substring(start, i) + "'");
                }
                value = value * 10 + (c - '0');
                i++;
            }
            if (value > Integer.MAX_VALUE) {
                throw where.error("value " + (size + 1) + " is not an index: '" + text.substring(start, i) + "'");
            }
            if (size == out.length) {
                out = java.util.Arrays.copyOf(out, size * 2);
            }
            out[size++] = (int) value;
        }
    }

    private static double parseDouble(String text, int start, int end) {
        double fast = plainDecimal(text, start, end);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        try {
            return Double.parseDouble(text.substring(start, end));
        } catch (NumberFormatException e) {
            return Double.NaN; // reported by the caller with the token
        }
    }

    /** [-+]digits[.digits][e[-+]digits] with at most 15 significant digits, else NaN (not handled here). */
    private static double plainDecimal(String s, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean any = false;
        boolean fraction = false;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                any = true;
                if (mantissa == 0 && c == '0') {
                    if (fraction) {
                        scale--; // leading zeros after the point carry no digits
                    }
                    continue;
                }
                if (++digits > 15) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (fraction) {
                    scale--;
                }
            } else if (c == '.' && !fraction) {
                fraction = true;
            } else {
                break;
            }
        }
        if (!any) {
            return Double.NaN;
        }
        if (i < end) {
            char c = s.charAt(i);
            if (c != 'e' && c != 'E') {
                return Double.NaN;
            }
            i++;
            boolean negativeExponent = false;
            if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                negativeExponent = s.charAt(i) == '-';
                i++;
            }
            if (i >= end || end - i > 4) {
                return Double.NaN;
            }
            int exponent = 0;
            for (; i < end; i++) {
                char e = s.charAt(i);
                if (e < '0' || e > '9') {
                    return Double.NaN;
                }
                exponent = exponent * 10 + (e - '0');
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (mantissa >= EXACT_MANTISSA_LIMIT || scale < -22 || scale > 22) {
            return Double.NaN;
        }
        double value = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
        return negative ? -value : value;
    }
}
