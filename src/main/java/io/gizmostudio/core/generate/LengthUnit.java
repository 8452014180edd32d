package io.gizmostudio.core.generate;

import java.util.Optional;
import java.util.Set;

/** Length units a prompt may use, with their size in metres and the words that name them. */
enum LengthUnit {
    METRE(1.0, Set.of("m", "meter", "meters", "metre", "metres", "mtr")),
    CENTIMETRE(0.01, Set.of("cm", "centimeter", "centimeters", "centimetre", "centimetres", "cms")),
    MILLIMETRE(0.001, Set.of("mm", "millimeter", "millimeters", "millimetre", "millimetres")),
    INCH(0.0254, Set.of("in", "inch", "inches")),
    FOOT(0.3048, Set.of("ft", "foot", "feet"));

    private final double metres;
    private final Set<String> words;

    LengthUnit(double metres, Set<String> words) {
        this.metres = metres;
        this.words = words;
    }

    /** The unit a word names (after a number), if any. */
    static Optional<LengthUnit> of(String word) {
        for (LengthUnit u : values()) {
            if (u.words.contains(word)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    double toMetres(double value) {
        return value * metres;
    }

    /** The shortest word for this unit, as a prompt would write it. */
    String symbol() {
        return switch (this) {
            case METRE -> "m";
            case CENTIMETRE -> "cm";
            case MILLIMETRE -> "mm";
            case INCH -> "in";
            case FOOT -> "ft";
        };
    }
}
