package io.gizmostudio.core.model;

import java.util.List;

/**
 * Mass properties of a link: mass (kg), centre of mass in the link frame, and the inertia tensor
 * about the centre of mass with axes parallel to the link frame.
 */
public record Inertial(double mass, Vec3 centerOfMass, Inertia inertia) {
    public static final Inertial NONE = new Inertial(0, Vec3.ZERO, Inertia.ZERO);

    /** These mass properties as seen from a parent frame in which this frame sits at {@code pose}. */
    public Inertial transformed(Pose pose) {
        return new Inertial(mass, pose.transformPoint(centerOfMass), inertia.rotated(pose.rotation()));
    }

    /** Same shape, scaled to a new total mass (inertia scales linearly with mass). */
    public Inertial withMass(double newMass) {
        if (mass <= 0) {
            throw new IllegalStateException("cannot rescale a massless inertial");
        }
        double k = newMass / mass;
        Inertia i = inertia;
        return new Inertial(newMass, centerOfMass,
                new Inertia(i.ixx() * k, i.ixy() * k, i.ixz() * k, i.iyy() * k, i.iyz() * k, i.izz() * k));
    }

    /** Composite of several bodies (all expressed in the same frame), by the parallel-axis theorem. */
    public static Inertial combine(List<Inertial> parts) {
        double m = 0;
        Vec3 weighted = Vec3.ZERO;
        for (Inertial p : parts) {
            m += p.mass;
            weighted = weighted.plus(p.centerOfMass.times(p.mass));
        }
        if (m <= 0) {
            return NONE;
        }
        Vec3 c = weighted.times(1 / m);
        Inertia total = Inertia.ZERO;
        for (Inertial p : parts) {
            total = total.plus(p.inertia).plus(Inertia.pointMass(p.mass, p.centerOfMass.minus(c)));
        }
        return new Inertial(m, c, total);
    }
}
