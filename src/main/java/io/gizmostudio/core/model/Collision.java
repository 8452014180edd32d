package io.gizmostudio.core.model;

/** A contact shape at a pose in the link frame. */
public record Collision(String name, Geometry geometry, Pose origin) {
    public Collision {
        if (name == null || geometry == null || origin == null) {
            throw new IllegalArgumentException("collision needs a name, geometry and origin");
        }
    }
}
