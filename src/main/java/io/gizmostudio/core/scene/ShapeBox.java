package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An oriented box: centre frame {@code pose} (in whatever frame the caller works in) and half extents along its
 * local axes. The composer approximates every collision shape by one of these: it is exact for boxes, a tight
 * hull for cylinders and capsules, and cheap enough to test hundreds of placements against each other live.
 * Half extents may be zero (a flat mesh), never negative.
 */
public record ShapeBox(Pose pose, Vec3 halfExtents) {
    public ShapeBox {
        if (pose == null || !pose.isFinite()) {
            throw new IllegalArgumentException("box needs a finite pose, got " + pose);
        }
        if (halfExtents == null || !halfExtents.isFinite()
                || halfExtents.x() < 0 || halfExtents.y() < 0 || halfExtents.z() < 0) {
            throw new IllegalArgumentException("box needs finite, non-negative half extents, got " + halfExtents);
        }
    }

    /** The box filling {@code bounds}, in the frame of {@code frame}: frame ∘ (translation to the bounds' centre). */
    public static ShapeBox around(Aabb bounds, Pose frame) {
        if (bounds.isEmpty()) {
            throw new IllegalArgumentException("no box around empty bounds");
        }
        return new ShapeBox(frame.compose(Pose.of(bounds.center())), bounds.size().times(0.5));
    }

    /** This box moved by {@code by}: {@code by ∘ pose}. */
    public ShapeBox transformed(Pose by) {
        return new ShapeBox(by.compose(pose), halfExtents);
    }

    public Vec3 center() {
        return pose.position();
    }

    /** Axis-aligned bounds of the 8 corners. */
    public Aabb bounds() {
        return new BoxFrame(this).bounds;
    }

    /**
     * Separating-axis test on the 15 axes (3 + 3 face normals, 9 edge cross products): true only if the boxes
     * interpenetrate by more than {@code tolerance} along every axis, so boxes that merely touch do not overlap.
     */
    public boolean overlaps(ShapeBox o, double tolerance) {
        return penetration(o) > tolerance;
    }

    /**
     * The smallest overlap depth over the 15 separating axes (metres, each axis normalised): positive when the
     * boxes interpenetrate, zero when they touch, negative (the gap along the best separating axis) when apart.
     * The depth on an axis is how far one box must move along it to clear the other (r_a + r_b - |d|), not the
     * length the projections share: a 1 mm sheet stuck through a box is deep in it. Symmetric in the two boxes.
     */
    public double penetration(ShapeBox o) {
        return new BoxFrame(this).penetration(new BoxFrame(o), Double.NEGATIVE_INFINITY);
    }

    /**
     * Distance along the (unit) ray to the point where it enters the box; empty on a miss, when the box is
     * behind the ray, or when the ray starts inside the box (its entry point is then behind it).
     */
    public OptionalDouble raycast(Ray ray) {
        Entry e = entry(ray);
        return e == null ? OptionalDouble.empty() : OptionalDouble.of(e.distance);
    }

    /** Like {@link #raycast} but with the entry point and the outward normal of the face entered. */
    public Optional<SurfaceHit> raycastHit(Ray ray, String placementId) {
        Entry e = entry(ray);
        if (e == null) {
            return Optional.empty();
        }
        return Optional.of(new SurfaceHit(placementId, ray.at(e.distance), e.normal, e.distance));
    }

    private record Entry(double distance, Vec3 normal) { }

    /** Slab test in the box's own frame. */
    private Entry entry(Ray ray) {
        Quat q = pose.rotation().normalized();
        Quat inv = q.conjugate();
        Vec3 o = inv.rotate(ray.origin().minus(center()));
        Vec3 d = inv.rotate(ray.direction());
        double[] oc = {o.x(), o.y(), o.z()};
        double[] dc = {d.x(), d.y(), d.z()};
        double[] h = {halfExtents.x(), halfExtents.y(), halfExtents.z()};
        double tEnter = Double.NEGATIVE_INFINITY;
        double tExit = Double.POSITIVE_INFINITY;
        int enterAxis = -1;
        double enterSign = 0;
        for (int i = 0; i < 3; i++) {
            if (Math.abs(dc[i]) < 1e-15) {
                if (Math.abs(oc[i]) > h[i]) {
                    return null;
                }
                continue;
            }
            double t1 = (-h[i] - oc[i]) / dc[i];
            double t2 = (h[i] - oc[i]) / dc[i];
            double near = Math.min(t1, t2);
            double far = Math.max(t1, t2);
            if (near > tEnter) {
                tEnter = near;
                enterAxis = i;
                enterSign = dc[i] > 0 ? -1 : 1;
            }
            tExit = Math.min(tExit, far);
        }
        if (enterAxis < 0 || tEnter > tExit || tEnter < 0) {
            return null;
        }
        Vec3 local = enterAxis == 0 ? Vec3.UNIT_X : enterAxis == 1 ? Vec3.UNIT_Y : Vec3.UNIT_Z;
        return new Entry(tEnter, q.rotate(local.times(enterSign)));
    }

    /** Union of the boxes' bounds ({@link Aabb#EMPTY} for none). */
    public static Aabb boundsOf(Collection<ShapeBox> boxes) {
        Aabb out = Aabb.EMPTY;
        for (ShapeBox b : boxes) {
            out = out.union(b.bounds());
        }
        return out;
    }
}
