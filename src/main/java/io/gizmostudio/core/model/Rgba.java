package io.gizmostudio.core.model;

/** A colour with components in [0, 1]. */
public record Rgba(double r, double g, double b, double a) {
    public static Rgba rgb(double r, double g, double b) {
        return new Rgba(r, g, b, 1.0);
    }

    /** From a hex string such as {@code #3a7bd5}. */
    public static Rgba hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        int v = Integer.parseInt(h, 16);
        return rgb(((v >> 16) & 0xff) / 255.0, ((v >> 8) & 0xff) / 255.0, (v & 0xff) / 255.0);
    }

    public boolean isValid() {
        return inUnit(r) && inUnit(g) && inUnit(b) && inUnit(a);
    }

    private static boolean inUnit(double v) {
        return v >= 0 && v <= 1;
    }
}
