package io.gizmostudio.core.scene;

/**
 * How far from the scene origin anything may be placed: ±10 km on each axis, and the same bound on a joint's
 * initial position (m or rad). Far beyond any workcell, and far inside what simulators hold: USD writes float32
 * (overflow past ~3.4e38) and MuJoCo's integrator diverges at step 1 for positions near 1e308.
 */
public final class SceneExtent {
    /** The largest |coordinate| in metres. */
    public static final double MAX_COORDINATE_M = 10_000;

    private SceneExtent() {
    }

    /** Whether {@code v} is a finite number within ±{@link #MAX_COORDINATE_M}. */
    public static boolean contains(double v) {
        return Double.isFinite(v) && Math.abs(v) <= MAX_COORDINATE_M;
    }

    /** Why {@code v} is out of range, for an error message: "must be within ±10000 (10 km), not 1.0E308". */
    public static String problem(double v, String unit) {
        return Double.isFinite(v) ? "must be within ±" + (long) MAX_COORDINATE_M + " " + unit + " (10 km), not " + v
                : "must be a finite number";
    }
}
