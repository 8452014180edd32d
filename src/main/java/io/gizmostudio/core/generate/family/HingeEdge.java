package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Vec3;

/**
 * The edge a hinged panel turns about, and the axis sign that makes a positive angle open it outward.
 * Fronts face +X; LEFT and RIGHT are as seen by someone standing in front (LEFT is -Y).
 * <ul>
 *   <li>LEFT / RIGHT: a vertical hinge on the front face's outer edge, so the door swings toward +X
 *       without ever passing behind the front plane;</li>
 *   <li>BOTTOM: a horizontal hinge along Y on the front face's bottom edge; the door drops toward +X (oven);</li>
 *   <li>BACK: a horizontal hinge along Y on the top face's back edge; the lid lifts its front edge (box, laptop).</li>
 * </ul>
 */
enum HingeEdge {
    LEFT, RIGHT, BOTTOM, BACK;

    static HingeEdge side(String word, HingeEdge fallback) {
        if ("left".equalsIgnoreCase(word)) {
            return LEFT;
        }
        if ("right".equalsIgnoreCase(word)) {
            return RIGHT;
        }
        return fallback;
    }

    /** The hinge line's reference point on a closed panel occupying {@code slab}. */
    Vec3 hingePoint(Aabb slab) {
        Vec3 lo = slab.min();
        Vec3 hi = slab.max();
        Vec3 c = slab.center();
        return switch (this) {
            case LEFT -> new Vec3(hi.x(), lo.y(), lo.z());
            case RIGHT -> new Vec3(hi.x(), hi.y(), lo.z());
            case BOTTOM -> new Vec3(hi.x(), c.y(), lo.z());
            case BACK -> new Vec3(lo.x(), c.y(), hi.z());
        };
    }

    /** Joint axis: positive rotation opens the panel outward. */
    Vec3 openingAxis() {
        return switch (this) {
            case LEFT -> new Vec3(0, 0, -1);
            case RIGHT -> Vec3.UNIT_Z;
            case BOTTOM -> Vec3.UNIT_Y;
            case BACK -> new Vec3(0, -1, 0);
        };
    }

    /** The panel face a handle goes on points this way. */
    Vec3 outward() {
        return this == BACK ? Vec3.UNIT_Z : Vec3.UNIT_X;
    }

    /** A handle bar runs along this direction (vertical on side-hinged doors, across the others). */
    Vec3 handleDirection() {
        return this == LEFT || this == RIGHT ? Vec3.UNIT_Z : Vec3.UNIT_Y;
    }

    /** Where the handle goes: on the outward face, {@code inset} metres in from the edge opposite the hinge. */
    Vec3 handleAnchor(Aabb slab, double inset) {
        Vec3 lo = slab.min();
        Vec3 hi = slab.max();
        Vec3 c = slab.center();
        return switch (this) {
            case LEFT -> new Vec3(hi.x(), hi.y() - inset, c.z());
            case RIGHT -> new Vec3(hi.x(), lo.y() + inset, c.z());
            case BOTTOM -> new Vec3(hi.x(), c.y(), hi.z() - inset);
            case BACK -> new Vec3(hi.x() - inset, c.y(), hi.z());
        };
    }
}
