package io.gizmostudio.core.generate;

/** Size words in a prompt, as a scale on a family's default dimensions. */
public enum SizeClass {
    SMALL(0.7), MEDIUM(1.0), LARGE(1.4), HEAVY_DUTY(1.25);

    private final double scale;

    SizeClass(double scale) {
        this.scale = scale;
    }

    public double scale() {
        return scale;
    }
}
