package io.gizmostudio.core.model;

import java.util.ArrayList;
import java.util.List;

/** Mass properties from geometry and density, composed by the parallel-axis theorem. */
public final class MassProperties {
    private MassProperties() {
    }

    /** Mass properties of one shape placed at {@code origin} in the link frame. */
    public static Inertial of(Geometry geometry, Pose origin, double density) {
        return geometry.massProperties(density).transformed(origin);
    }

    /** Composite mass properties of all collision shapes of a link, each with the same density. */
    public static Inertial ofCollisions(List<Collision> collisions, double density) {
        List<Inertial> parts = new ArrayList<>();
        for (Collision c : collisions) {
            parts.add(of(c.geometry(), c.origin(), density));
        }
        return Inertial.combine(parts);
    }
}
