package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Vec3;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Casting the pointer ray into the scene: the nearest placed box (ignoring {@code ignored} ids, typically the
 * placements being dragged), else the ground z = 0. The ground is hit only when the ray goes down
 * ({@code direction.z < 0}) from an origin above 0; its normal is +Z. Boxes the ray starts inside are not hit.
 */
public final class SceneRaycast {
    private SceneRaycast() {
    }

    public static Optional<SurfaceHit> cast(Ray ray, Collection<PlacedShape> shapes, Set<String> ignored) {
        SurfaceHit best = null;
        for (PlacedShape shape : shapes) {
            if (ignored != null && ignored.contains(shape.placementId()) || shape.isEmpty()
                    || !mayHit(ray, shape, best)) {
                continue;
            }
            for (ShapeBox box : shape.worldBoxes()) {
                SurfaceHit hit = box.raycastHit(ray, shape.placementId()).orElse(null);
                if (hit != null && (best == null || hit.distance() < best.distance())) {
                    best = hit;
                }
            }
        }
        SurfaceHit ground = ground(ray);
        if (ground != null && (best == null || ground.distance() < best.distance())) {
            best = ground;
        }
        return Optional.ofNullable(best);
    }

    /**
     * Broad phase: the ray must pass through the shape's world bounds (starting inside them counts: between the
     * legs of a table) nearer than the best hit so far.
     */
    private static boolean mayHit(Ray ray, PlacedShape shape, SurfaceHit best) {
        double near = entryDistance(ray, shape.worldBounds());
        return !Double.isNaN(near) && (best == null || near < best.distance());
    }

    /** Where the ray enters {@code box} (0 when it starts inside), NaN when it misses it or the box is behind. */
    static double entryDistance(Ray ray, Aabb box) {
        double[] o = {ray.origin().x(), ray.origin().y(), ray.origin().z()};
        double[] d = {ray.direction().x(), ray.direction().y(), ray.direction().z()};
        double[] lo = {box.min().x(), box.min().y(), box.min().z()};
        double[] hi = {box.max().x(), box.max().y(), box.max().z()};
        double tEnter = 0;
        double tExit = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 3; i++) {
            if (Math.abs(d[i]) < 1e-15) {
                if (o[i] < lo[i] || o[i] > hi[i]) {
                    return Double.NaN;
                }
                continue;
            }
            double t1 = (lo[i] - o[i]) / d[i];
            double t2 = (hi[i] - o[i]) / d[i];
            tEnter = Math.max(tEnter, Math.min(t1, t2));
            tExit = Math.min(tExit, Math.max(t1, t2));
        }
        return tEnter <= tExit ? tEnter : Double.NaN;
    }

    private static SurfaceHit ground(Ray ray) {
        double dz = ray.direction().z();
        double oz = ray.origin().z();
        if (!(dz < 0) || !(oz > 0)) {
            return null;
        }
        double t = -oz / dz;
        Vec3 p = ray.at(t);
        return new SurfaceHit(null, new Vec3(p.x(), p.y(), 0), Vec3.UNIT_Z, t);
    }
}
