package io.gizmostudio.core.model;

/** Passive joint dynamics: viscous damping (N·m·s/rad or N·s/m) and dry friction (N·m or N). */
public record JointDynamics(double damping, double friction) {
    public static final JointDynamics NONE = new JointDynamics(0, 0);
}
