package io.gizmostudio.core.model;

/** What a link looks like: a shape at a pose in the link frame, with a material. */
public record Visual(String name, Geometry geometry, Pose origin, Material material) {
    public Visual {
        if (name == null || geometry == null || origin == null || material == null) {
            throw new IllegalArgumentException("visual needs a name, geometry, origin and material");
        }
    }
}
