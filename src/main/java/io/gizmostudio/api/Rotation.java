package io.gizmostudio.api;

/** An orientation as a quaternion (x, y, z, w); servers normalise it, and a zero quaternion is an error. */
public record Rotation(double x, double y, double z, double w) {
    public static final Rotation IDENTITY = new Rotation(0, 0, 0, 1);
}
