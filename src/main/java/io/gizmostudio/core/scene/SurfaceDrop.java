package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.Collection;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Where an object stands when dropped from the library onto the pointer, or "dropped to the surface below".
 * The floor (z = 0) is solid: nothing is supported below it.
 */
public final class SurfaceDrop {
    /** A face whose normal is this close to +Z is something to stand on (about 45°). */
    static final double UPWARD_NORMAL_Z = 0.7;
    /** Something resting this much sunk into its support still counts as resting on it. */
    static final double REST_TOLERANCE = 0.005;
    /** Footprints must overlap by more than this to support: edge contact does not. */
    static final double FOOTPRINT_EPS = 1e-6;

    private SurfaceDrop() {
    }

    /**
     * Support height under a pointer hit: a hit on an upward face (normal.z > 0.7) → that face's height at the
     * hit point; a hit on a side or bottom face → the highest surface below the hit point at its (x, y) (another
     * placement's box top or the ground 0). Ignored placements are neither hit nor stood on.
     */
    public static double supportHeight(SurfaceHit hit, Collection<PlacedShape> shapes, Set<String> ignored) {
        if (hit.normal().z() > UPWARD_NORMAL_Z) {
            return hit.point().z();
        }
        double x = hit.point().x();
        double y = hit.point().y();
        double below = hit.point().z() + FOOTPRINT_EPS;
        double best = 0;
        for (PlacedShape shape : shapes) {
            if (ignored != null && ignored.contains(shape.placementId()) || !coversXY(shape.worldBounds(), x, y)) {
                continue;
            }
            for (ShapeBox box : shape.worldBoxes()) {
                OptionalDouble top = topAt(box, x, y);
                if (top.isPresent() && top.getAsDouble() <= below && top.getAsDouble() > best) {
                    best = top.getAsDouble();
                }
            }
        }
        return best;
    }

    /** The highest point of {@code box} on the vertical line through (x, y); empty when the line misses it. */
    static OptionalDouble topAt(ShapeBox box, double x, double y) {
        Aabb b = box.bounds();
        if (!coversXY(b, x, y)) {
            return OptionalDouble.empty();
        }
        double startZ = b.max().z() + 1;
        OptionalDouble d = box.raycast(new Ray(new Vec3(x, y, startZ), new Vec3(0, 0, -1)));
        return d.isPresent() ? OptionalDouble.of(startZ - d.getAsDouble()) : OptionalDouble.empty();
    }

    private static boolean coversXY(Aabb b, double x, double y) {
        return !b.isEmpty() && x >= b.min().x() && x <= b.max().x() && y >= b.min().y() && y <= b.max().y();
    }

    /**
     * The placement position that makes {@code shape} (in the asset frame), turned by {@code rotation}, stand
     * with the bottom of its bounds on height {@code supportZ}, with the asset origin at (x, y) of {@code at}:
     * z = supportZ - (bounds of shape rotated by rotation).min.z. An empty shape stands at z = supportZ.
     */
    public static Vec3 standingPosition(AssetShape shape, Quat rotation, Vec3 at, double supportZ) {
        if (shape.isEmpty()) {
            return new Vec3(at.x(), at.y(), supportZ);
        }
        double bottom = Double.POSITIVE_INFINITY;
        Pose turn = new Pose(Vec3.ZERO, rotation);
        for (ShapeBox box : shape.boxes()) {
            bottom = Math.min(bottom, box.transformed(turn).bounds().min().z());
        }
        return new Vec3(at.x(), at.y(), supportZ - bottom);
    }

    /**
     * "Drop to floor / onto the surface below": the highest top of any other placed box whose xy footprint
     * overlaps the moving shape's world-bounds footprint (strictly, by > 1e-6) and whose top is at or below the
     * moving shape's bottom + 1e-6 (plus tolerance 0.005 m, so something resting slightly sunk still counts); the
     * ground (0) otherwise, or when that top is below the ground. Returns the new position (only z changes).
     * An empty moving shape stays where it is.
     */
    public static Vec3 dropBelow(PlacedShape moving, Pose currentPose, Collection<PlacedShape> others) {
        Vec3 p = currentPose.position();
        if (moving.isEmpty()) {
            return p;
        }
        double bottom = moving.worldBounds().min().z();
        return new Vec3(p.x(), p.y(), p.z() + supportBelow(moving, others) - bottom);
    }

    /**
     * The height {@link #dropBelow} would put the moving shape's bottom at: the highest qualifying box top under
     * its footprint, at least the ground 0. Shapes with the moving shape's own id are skipped.
     */
    public static double supportBelow(PlacedShape moving, Collection<PlacedShape> others) {
        Aabb footprint = moving.worldBounds();
        if (footprint.isEmpty()) {
            return 0;
        }
        double limit = footprint.min().z() + FOOTPRINT_EPS + REST_TOLERANCE;
        double best = 0;
        for (PlacedShape other : others) {
            if (other.placementId().equals(moving.placementId()) || !overlapsXY(footprint, other.worldBounds())
                    || other.worldBounds().min().z() > limit) {
                continue;
            }
            for (ShapeBox box : other.worldBoxes()) {
                Aabb b = box.bounds();
                double top = b.max().z();
                if (top > best && top <= limit && overlapsXY(footprint, b)) {
                    best = top;
                }
            }
        }
        return best;
    }

    private static boolean overlapsXY(Aabb a, Aabb b) {
        return !b.isEmpty()
                && Math.min(a.max().x(), b.max().x()) - Math.max(a.min().x(), b.min().x()) > FOOTPRINT_EPS
                && Math.min(a.max().y(), b.max().y()) - Math.max(a.min().y(), b.min().y()) > FOOTPRINT_EPS;
    }
}
