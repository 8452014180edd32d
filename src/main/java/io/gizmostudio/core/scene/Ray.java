package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Vec3;

/**
 * A half-line from {@code origin} along {@code direction}, normalised in the constructor so that distances along
 * it are metres. A zero or non-finite direction, or a non-finite origin, is an {@link IllegalArgumentException}.
 */
public record Ray(Vec3 origin, Vec3 direction) {

    public Ray {
        if (origin == null || !origin.isFinite()) {
            throw new IllegalArgumentException("ray needs a finite origin, got " + origin);
        }
        if (direction == null || !direction.isFinite()) {
            throw new IllegalArgumentException("ray needs a finite direction, got " + direction);
        }
        direction = direction.normalized();
    }

    /** The point {@code distance} metres along the ray. */
    public Vec3 at(double distance) {
        return origin.plus(direction.times(distance));
    }
}
