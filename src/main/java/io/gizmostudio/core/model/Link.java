package io.gizmostudio.core.model;

import java.util.List;

/** A rigid body of an articulation. */
public record Link(String name, List<Visual> visuals, List<Collision> collisions, Inertial inertial) {
    public Link {
        if (name == null || inertial == null) {
            throw new IllegalArgumentException("link needs a name and an inertial");
        }
        visuals = List.copyOf(visuals);
        collisions = List.copyOf(collisions);
    }

    /** Bounds of the visual geometry in the link frame (collision geometry when there is no visual). */
    public Aabb localBounds() {
        Aabb box = Aabb.EMPTY;
        for (Visual v : visuals) {
            box = box.union(v.geometry().localBounds().transformed(v.origin()));
        }
        if (box.isEmpty()) {
            for (Collision c : collisions) {
                box = box.union(c.geometry().localBounds().transformed(c.origin()));
            }
        }
        return box;
    }
}
