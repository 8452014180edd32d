package io.gizmostudio.core.model;

/**
 * Passive joint dynamics: viscous damping (N·m·s/rad or N·s/m), dry friction (N·m or N) and a linear spring of
 * {@code stiffness} (N·m/rad or N/m) pulling toward {@code springReference} (rad or m), the joint position at which
 * it is relaxed. A spring is how a real mechanism closes itself (an oven door, a soft-close hinge): it belongs to
 * the joint, not to a drive, so it still acts with the actuators off. A reference outside the joint's range makes
 * the spring preloaded: it still pushes at the near limit (a door held shut).
 */
public record JointDynamics(double damping, double friction, double stiffness, double springReference) {
    public static final JointDynamics NONE = new JointDynamics(0, 0);

    /** Damping and friction without a spring. */
    public JointDynamics(double damping, double friction) {
        this(damping, friction, 0, 0);
    }

    /** These damping and friction with a spring of {@code stiffness} relaxed at {@code reference}. */
    public JointDynamics withSpring(double stiffness, double reference) {
        return new JointDynamics(damping, friction, stiffness, reference);
    }

    public boolean hasSpring() {
        return stiffness != 0;
    }

    /** The spring's generalized force at position {@code q}: toward the reference, N·m or N. */
    public double springForce(double q) {
        return -stiffness * (q - springReference);
    }
}
