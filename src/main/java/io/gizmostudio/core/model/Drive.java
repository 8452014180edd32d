package io.gizmostudio.core.model;

/**
 * A position drive on an actuated joint: stiffness kp (N·m/rad or N/m), damping kv (N·m·s/rad or N·s/m)
 * and the largest force it may apply. Generators scale the gains from the inertia the joint moves.
 */
public record Drive(double stiffness, double damping, double maxForce) {
}
