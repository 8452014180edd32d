package io.gizmostudio.core.generate;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which spec parameters each family takes, and their plausible ranges: counts (an arm has 3..7 DOF, a cabinet
 * 0..8 drawers) and dimensions in metres. The parser drops parameters a family does not take and clamps the
 * rest into range, so the spec records what will actually be built. Also names the dimension a bare length
 * means for each family ("a 1.2 m arm" is its reach, "a 1.2 m conveyor" its length).
 */
public final class FamilyParameters {
    /** An inclusive range. */
    public record Range(double min, double max) {
        double clamp(double v) {
            return Math.max(min, Math.min(max, v));
        }
    }

    private static final Set<String> BOX_DIMS = Set.of("width", "depth", "height", "thickness");
    private static final Set<String> ALL_DIMS = Set.of("width", "depth", "height", "length", "diameter", "thickness",
            "wheel_diameter");
    /** A sanity range for every dimension without a family-specific one: 5 mm to 20 m. */
    private static final Range ANY_LENGTH = new Range(0.005, 20.0);

    private record Spec(Map<String, Range> counts, Set<String> dims, Map<String, Range> dimRanges, String defaultDim) {
    }

    private static final Map<Family, Spec> SPECS = new EnumMap<>(Family.class);

    static {
        put(Family.ROBOT_ARM, Map.of("dof", r(3, 7)), Set.of("reach"), Map.of("reach", r(0.25, 3.0)), "reach");
        put(Family.SCARA, Map.of("dof", r(3, 4)), Set.of("reach", "travel", "height"),
                Map.of("reach", r(0.2, 1.2), "travel", r(0.02, 0.5)), "reach");
        put(Family.PARALLEL_GRIPPER, Map.of("fingers", r(2, 2)), Set.of("travel", "width", "length"),
                Map.of("travel", r(0.01, 0.3), "length", r(0.02, 0.3)), "travel");
        put(Family.THREE_FINGER_GRIPPER, Map.of("fingers", r(3, 3)), Set.of("diameter", "length"),
                Map.of("diameter", r(0.04, 0.4), "length", r(0.03, 0.3)), "diameter");
        put(Family.SUCTION_GRIPPER, Map.of("cups", r(1, 16)), Set.of("diameter", "travel", "length"),
                Map.of("diameter", r(0.005, 0.2), "travel", r(0.002, 0.05)), "diameter");
        put(Family.CABINET, Map.of("drawers", r(0, 8), "doors", r(0, 4), "shelves", r(0, 8)), BOX_DIMS, Map.of(), "height");
        put(Family.TABLE, Map.of("drawers", r(0, 4), "legs", r(1, 8), "shelves", r(0, 2)),
                Set.of("width", "depth", "height", "thickness", "diameter"), Map.of(), "width");
        put(Family.SHELVING_RACK, Map.of("shelves", r(1, 10)), BOX_DIMS, Map.of(), "height");
        put(Family.CONVEYOR, Map.of("rollers", r(2, 60)), Set.of("length", "width", "height", "diameter"),
                Map.of("length", r(0.3, 20)), "length");
        put(Family.MOBILE_BASE, Map.of("wheels", r(2, 6), "casters", r(0, 2)),
                Set.of("length", "width", "height", "diameter", "wheel_diameter"),
                Map.of("length", r(0.1, 3.0), "width", r(0.1, 2.0), "height", r(0.05, 1.0), "diameter", r(0.1, 2.0),
                        "wheel_diameter", r(0.04, 1.0)),
                "length");
        put(Family.PAN_TILT, Map.of(), Set.of("height", "width"), Map.of("height", r(0.05, 0.6), "width", r(0.04, 0.4)),
                "height");
        put(Family.GANTRY, Map.of("axes", r(1, 3)), Set.of("travel", "width", "depth", "height", "length"),
                Map.of("travel", r(0.05, 5.0)), "travel");
        put(Family.DOOR, Map.of("doors", r(1, 2)), Set.of("width", "height", "thickness"), Map.of(), "height");
        put(Family.BOX, Map.of("drawers", r(0, 4)), BOX_DIMS, Map.of(), "width");
        // vehicle and stage turntables are made up to about 6 m across
        put(Family.TURNTABLE, Map.of(), Set.of("diameter", "height"), Map.of("diameter", r(0.1, 6.0)), "diameter");
        put(Family.LAPTOP, Map.of(), Set.of("width", "depth", "thickness"), Map.of(), "width");
        put(Family.DESK_LAMP, Map.of(), Set.of("height", "length"), Map.of(), "height");
        put(Family.VALVE_WHEEL, Map.of("spokes", r(2, 8)), Set.of("diameter", "thickness"), Map.of(), "diameter");
        put(Family.LEVER, Map.of(), Set.of("length", "diameter"), Map.of(), "length");
        put(Family.MICROWAVE, Map.of("doors", r(1, 1), "racks", r(0, 1)), BOX_DIMS, Map.of(), "width");
        put(Family.OVEN, Map.of("doors", r(1, 2), "racks", r(0, 5)), BOX_DIMS, Map.of(), "width");
        put(Family.FRIDGE, Map.of("doors", r(1, 2), "shelves", r(0, 8), "drawers", r(0, 3)), BOX_DIMS, Map.of(), "height");
        put(Family.DISHWASHER, Map.of("doors", r(1, 1), "racks", r(1, 3)), BOX_DIMS, Map.of(), "width");
        for (Family f : Family.values()) {
            if (!SPECS.containsKey(f)) {
                throw new ExceptionInInitializerError("no parameters for family " + f);
            }
        }
    }

    private FamilyParameters() {
    }

    /** Families with doors, lids or drawers whose initial opening a prompt may state. */
    private static final Set<Family> OPENABLE = Set.of(Family.CABINET, Family.TABLE, Family.DOOR, Family.BOX,
            Family.LAPTOP, Family.MICROWAVE, Family.OVEN, Family.FRIDGE, Family.DISHWASHER);

    /** Whether {@code family} has doors, lids or drawers a prompt may state the initial opening of. */
    public static boolean isOpenable(Family family) {
        return OPENABLE.contains(family);
    }

    /** True when {@code family} takes the quantity {@code key} ({@code initial_open_deg}, {@code payload_kg}). */
    public static boolean takesQuantity(Family family, String key) {
        return key.startsWith("initial_open") ? OPENABLE.contains(family) : key.equals("payload_kg")
                && family == Family.ROBOT_ARM;
    }

    /**
     * The spec key a length of a sub-part fills on {@code family} ("wheel" diameter → {@code wheel_diameter}
     * on a mobile base, "cup" diameter → {@code diameter} on a suction gripper), if the family builds it.
     */
    public static Optional<String> partDimension(Family family, String part, String key) {
        String k = part + "_" + key;
        return Optional.ofNullable(switch (family) {
            case MOBILE_BASE -> k.equals("wheel_diameter") ? "wheel_diameter" : null;
            case SUCTION_GRIPPER -> k.equals("cup_diameter") ? "diameter" : null;
            case CONVEYOR -> k.equals("roller_diameter") ? "diameter" : null;
            case TABLE -> k.equals("top_thickness") ? "thickness"
                    : k.equals("leg_height") || k.equals("leg_length") ? "height" : null;
            case PARALLEL_GRIPPER, THREE_FINGER_GRIPPER -> k.equals("finger_length") ? "length" : null;
            case VALVE_WHEEL -> k.equals("wheel_diameter") ? "diameter" : null; // "a valve wheel 40 cm in diameter"
            default -> null;
        });
    }

    /** The key a named dimension fills: "long" is the width of furniture that has no length of its own. */
    public static Optional<String> dimensionKey(Family family, String key) {
        if (takesDimension(family, key)) {
            return Optional.of(key);
        }
        return key.equals("length") && takesDimension(family, "width") ? Optional.of("width") : Optional.empty();
    }

    /** Whether the builder of {@code family} makes the shape or mounting {@code value} ({@code key} shape/mounting). */
    public static boolean honours(Family family, String key, String value) {
        if (key.equals("mounting")) {
            return value.equals("floor") && Composition.role(family) == Composition.Role.STANDALONE
                    || value.equals("wall") && family == Family.CABINET;
        }
        if (!key.equals("shape")) {
            return true;
        }
        return switch (value) {
            case "round" -> Set.of(Family.TABLE, Family.TURNTABLE, Family.VALVE_WHEEL, Family.SUCTION_GRIPPER,
                    Family.THREE_FINGER_GRIPPER).contains(family);
            case "square" -> Set.of(Family.TABLE, Family.MOBILE_BASE, Family.BOX).contains(family);
            case "rectangular" -> Set.of(Family.TABLE, Family.MOBILE_BASE, Family.BOX, Family.CABINET,
                    Family.SHELVING_RACK, Family.CONVEYOR, Family.DOOR, Family.LAPTOP).contains(family);
            default -> false;
        };
    }

    /**
     * What a family-specific size word means ("tall", "low", "short", and names such as "pantry", "coffee"),
     * as dimensions; empty when the word means nothing for the family.
     */
    public static Map<String, Double> sizeWord(Family family, String word) {
        boolean tall = word.equals("tall") || word.equals("pantry") || word.equals("bar");
        boolean low = word.equals("low") || word.equals("short") || word.equals("coffee");
        return switch (family) {
            // tall kitchen/pantry units are 84–96 in (2.13–2.44 m); low sideboards about 0.6 m
            case CABINET -> tall ? Map.of("height", 2.1) : low ? Map.of("height", 0.6) : Map.of();
            // bar-height tables 40–42 in (1.02–1.07 m); coffee tables 16–18 in (0.41–0.46 m)
            case TABLE -> tall ? Map.of("height", 1.05) : low ? Map.of("height", 0.45) : Map.of();
            // tall bookcases and racks about 2.4 m; low ones about 0.9 m
            case SHELVING_RACK -> tall ? Map.of("height", 2.4) : low ? Map.of("height", 0.9) : Map.of();
            // tall fridge-freezers about 2.0 m; under-counter fridges 0.85 m
            case FRIDGE -> tall ? Map.of("height", 2.0) : low ? Map.of("height", 0.85) : Map.of();
            // tall doors 2.4 m (8 ft) against the standard 2.1 m
            case DOOR -> tall ? Map.of("height", 2.4) : Map.of();
            case BOX -> tall ? Map.of("height", 0.75) : low ? Map.of("height", 0.15) : Map.of();
            case DESK_LAMP -> tall ? Map.of("height", 0.8) : low || word.equals("short") ? Map.of("height", 0.4) : Map.of();
            default -> Map.of();
        };
    }

    /** Dimensions a size class means on a family whose real small models are not a plain scale ("a mini fridge"). */
    public static Map<String, Double> sizeClass(Family family, SizeClass size) {
        // compact/mini fridges are about 48 × 50 × 85 cm (W × D × H)
        return family == Family.FRIDGE && size == SizeClass.SMALL
                ? Map.of("width", 0.48, "depth", 0.5, "height", 0.85) : Map.of();
    }

    /** Dimensions a mounting implies: kitchen wall cabinets are about 0.72 m high and 0.35 m deep. */
    public static Map<String, Double> mounting(Family family, String mounting) {
        return family == Family.CABINET && mounting.equals("wall") ? Map.of("height", 0.72, "depth", 0.35) : Map.of();
    }

    private static Range r(double min, double max) {
        return new Range(min, max);
    }

    private static void put(Family f, Map<String, Range> counts, Set<String> dims, Map<String, Range> dimRanges,
                            String defaultDim) {
        SPECS.put(f, new Spec(counts, dims, dimRanges, defaultDim));
        if (!ALL_DIMS.containsAll(dims) && !dims.contains("reach") && !dims.contains("travel")) {
            throw new ExceptionInInitializerError("unknown dimension key for " + f + ": " + dims);
        }
    }

    /** True when {@code family} takes the count {@code key}. */
    public static boolean takesCount(Family family, String key) {
        return SPECS.get(family).counts().containsKey(key);
    }

    /** True when {@code family} takes the dimension {@code key}. */
    public static boolean takesDimension(Family family, String key) {
        return SPECS.get(family).dims().contains(key);
    }

    /** The plausible range of count {@code key} on {@code family}, if it takes that count. */
    public static Optional<Range> countRange(Family family, String key) {
        return Optional.ofNullable(SPECS.get(family).counts().get(key));
    }

    /** {@code value} clamped into the family's range for count {@code key}. */
    public static int clampCount(Family family, String key, int value) {
        Range r = SPECS.get(family).counts().get(key);
        return r == null ? value : (int) r.clamp(value);
    }

    /** {@code metres} clamped into the family's range for dimension {@code key} (5 mm..20 m when it has none). */
    public static double clampDimension(Family family, String key, double metres) {
        return SPECS.get(family).dimRanges().getOrDefault(key, ANY_LENGTH).clamp(metres);
    }

    /** The dimension a bare length in a prompt means for {@code family}. */
    public static String defaultDimension(Family family) {
        return SPECS.get(family).defaultDim();
    }
}
