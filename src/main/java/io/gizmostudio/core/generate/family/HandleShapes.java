package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;

/**
 * Pull handles added to a front, door or lid: a bar on two standoffs, or a round knob. Handles are solids of
 * their own material on the link they pull, so a gripper can grasp them and they add their mass.
 */
final class HandleShapes {
    static final double BAR_RADIUS = 0.006;
    static final double STANDOFF = 0.03;

    private HandleShapes() {
    }

    /** How far a bar handle stands off the face it is mounted on. */
    static double barProjection() {
        return STANDOFF + 2 * BAR_RADIUS;
    }

    /**
     * A bar handle centred on {@code anchor} (a point on the face), standing off along {@code outward} and
     * running along {@code along} for {@code length} metres.
     */
    static void bar(LinkBuilder link, Vec3 anchor, Vec3 outward, Vec3 along, double length, MaterialKind kind, Rgba color) {
        Vec3 out = outward.normalized();
        Vec3 dir = along.normalized();
        double post = Math.max(0.005, length / 2 - 0.012);
        for (int side = -1; side <= 1; side += 2) {
            Vec3 foot = anchor.plus(dir.times(side * post)).plus(out.times(STANDOFF / 2));
            Solids.cylinder(link, 0.0045, STANDOFF, foot, out, kind, color);
        }
        Solids.cylinder(link, BAR_RADIUS, length, anchor.plus(out.times(STANDOFF + BAR_RADIUS)), dir, kind, color);
    }

    /** A round knob of {@code radius} on a short stem, centred on {@code anchor}. */
    static void knob(LinkBuilder link, Vec3 anchor, Vec3 outward, double radius, MaterialKind kind, Rgba color) {
        Vec3 out = outward.normalized();
        double stem = radius * 1.2;
        Solids.cylinder(link, radius * 0.4, stem, anchor.plus(out.times(stem / 2)), out, kind, color);
        Solids.cylinder(link, radius, radius * 0.8, anchor.plus(out.times(stem + radius * 0.4)), out, kind, color);
    }

    static double knobProjection(double radius) {
        return radius * 2.0;
    }
}
