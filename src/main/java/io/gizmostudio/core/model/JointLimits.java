package io.gizmostudio.core.model;

/**
 * Limits of a movable joint: position range (rad or m; ignored for continuous joints), effort (N·m or N)
 * and velocity (rad/s or m/s).
 */
public record JointLimits(double lower, double upper, double effort, double velocity) {
    /** Limits of a continuous joint: no position range. */
    public static JointLimits unbounded(double effort, double velocity) {
        return new JointLimits(0, 0, effort, velocity);
    }

    public double clamp(double position) {
        return Math.max(lower, Math.min(upper, position));
    }
}
