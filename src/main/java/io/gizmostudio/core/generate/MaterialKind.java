package io.gizmostudio.core.generate;

import io.gizmostudio.core.model.Rgba;

/** Construction materials a prompt can name, with density (kg/m³) and a default colour. */
public enum MaterialKind {
    STEEL(7850, Rgba.hex("#8a9099")),
    ALUMINIUM(2700, Rgba.hex("#c4c9cf")),
    WOOD(700, Rgba.hex("#a0703c")),
    PLASTIC(1200, Rgba.hex("#e8e8e8")),
    RUBBER(1100, Rgba.hex("#222222"));

    private final double density;
    private final Rgba color;

    MaterialKind(double density, Rgba color) {
        this.density = density;
        this.color = color;
    }

    public double density() {
        return density;
    }

    public Rgba color() {
        return color;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
