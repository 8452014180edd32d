package io.gizmostudio.core.model;

/** Joint kinds, as URDF names them. */
public enum JointType {
    FIXED, REVOLUTE, CONTINUOUS, PRISMATIC;

    /** True for joints that add a degree of freedom. */
    public boolean isMovable() {
        return this != FIXED;
    }

    /** True for joints whose motion is bounded by lower/upper limits. */
    public boolean isLimited() {
        return this == REVOLUTE || this == PRISMATIC;
    }

    public boolean isRotational() {
        return this == REVOLUTE || this == CONTINUOUS;
    }

    public String urdfName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
