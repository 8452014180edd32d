package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Vec3;

/**
 * What a pointer ray hit: a placement's box ({@code placementId} non-null) or the ground ({@code placementId}
 * null). {@code normal} is the unit outward normal of the face hit, {@code distance} metres along the ray.
 */
public record SurfaceHit(String placementId, Vec3 point, Vec3 normal, double distance) {

    public boolean isGround() {
        return placementId == null;
    }
}
