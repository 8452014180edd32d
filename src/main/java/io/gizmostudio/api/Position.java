package io.gizmostudio.api;

/** A point in a scene, metres, Z up. */
public record Position(double x, double y, double z) {
    public static final Position ORIGIN = new Position(0, 0, 0);
}
