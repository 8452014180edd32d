package io.gizmostudio.core.model;

/** An axis-aligned bounding box; {@link #EMPTY} contains nothing. */
public record Aabb(Vec3 min, Vec3 max) {
    public static final Aabb EMPTY = new Aabb(
            new Vec3(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY),
            new Vec3(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));

    public boolean isEmpty() {
        return min.x() > max.x() || min.y() > max.y() || min.z() > max.z();
    }

    public Aabb include(Vec3 p) {
        return new Aabb(min.min(p), max.max(p));
    }

    public Aabb union(Aabb o) {
        if (o.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return o;
        }
        return new Aabb(min.min(o.min), max.max(o.max));
    }

    /** Bounds of this box after moving it by {@code pose} (the eight corners, re-boxed). */
    public Aabb transformed(Pose pose) {
        if (isEmpty()) {
            return this;
        }
        Aabb out = EMPTY;
        for (int i = 0; i < 8; i++) {
            Vec3 corner = new Vec3((i & 1) == 0 ? min.x() : max.x(), (i & 2) == 0 ? min.y() : max.y(), (i & 4) == 0 ? min.z() : max.z());
            out = out.include(pose.transformPoint(corner));
        }
        return out;
    }

    public Vec3 size() {
        return isEmpty() ? Vec3.ZERO : max.minus(min);
    }

    public Vec3 center() {
        return isEmpty() ? Vec3.ZERO : min.plus(max).times(0.5);
    }
}
