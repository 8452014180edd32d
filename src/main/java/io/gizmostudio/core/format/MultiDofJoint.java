package io.gizmostudio.core.format;

import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.List;

/**
 * A joint of several degrees of freedom (MJCF ball and free, URDF floating and planar) spelled as the
 * single-degree-of-freedom components the model has. The readers chain the components through frame-only
 * links, in list order, so every component moves the frames of the ones after it: translations come first
 * (the body slides, then turns about its own origin) and the rotations are Euler x-y-z about the moving
 * axes. With every component at zero the chain is the joint's zero placement, whatever the axes.
 */
public final class MultiDofJoint {
    /** Travel given to translations without a range (free, floating), so a slider has somewhere to go. */
    public static final double UNLIMITED_TRAVEL = 1.0;

    /** One component: the name suffix ({@code x} … {@code rz}), its kind, its axis in the joint frame and its limits. */
    public record Component(String suffix, JointType type, Vec3 axis, JointLimits limits) {
    }

    private MultiDofJoint() {
    }

    /**
     * A ball joint: three rotations about the joint frame's x, y and z. {@code maxAngle} (rad) bounds each
     * to [-maxAngle, maxAngle] (MuJoCo's {@code range="0 r"}); {@code NaN} leaves them continuous.
     */
    public static List<Component> ball(double maxAngle, double effort) {
        return rotations(maxAngle, effort);
    }

    /**
     * A free joint (MJCF): translations along the <em>parent's</em> x, y, z (MuJoCo's qpos[0:3] is a position
     * in the parent frame), then rotations about the body's own axes. {@code bodyRotation} is the body's
     * orientation in its parent at zero; the translation axes are expressed in the body frame through it.
     */
    public static List<Component> free(Quat bodyRotation) {
        Quat toBody = bodyRotation.conjugate();
        return List.of(
                slide("x", toBody.rotate(Vec3.UNIT_X), -UNLIMITED_TRAVEL, UNLIMITED_TRAVEL),
                slide("y", toBody.rotate(Vec3.UNIT_Y), -UNLIMITED_TRAVEL, UNLIMITED_TRAVEL),
                slide("z", toBody.rotate(Vec3.UNIT_Z), -UNLIMITED_TRAVEL, UNLIMITED_TRAVEL),
                turn("rx", Vec3.UNIT_X, Double.NaN, 0), turn("ry", Vec3.UNIT_Y, Double.NaN, 0), turn("rz", Vec3.UNIT_Z, Double.NaN, 0));
    }

    /** A floating joint (URDF): translations then rotations, all along the joint frame's axes. */
    public static List<Component> floating(double effort) {
        return List.of(
                slide("x", Vec3.UNIT_X, -UNLIMITED_TRAVEL, UNLIMITED_TRAVEL, effort),
                slide("y", Vec3.UNIT_Y, -UNLIMITED_TRAVEL, UNLIMITED_TRAVEL, effort),
                slide("z", Vec3.UNIT_Z, -UNLIMITED_TRAVEL, UNLIMITED_TRAVEL, effort),
                turn("rx", Vec3.UNIT_X, Double.NaN, effort), turn("ry", Vec3.UNIT_Y, Double.NaN, effort),
                turn("rz", Vec3.UNIT_Z, Double.NaN, effort));
    }

    /**
     * A planar joint (URDF) whose {@code normal} is the plane normal: two translations along orthonormal
     * in-plane directions u and v (with u, v, normal right-handed), within [lower, upper], then a rotation
     * about the normal.
     */
    public static List<Component> planar(Vec3 normal, double lower, double upper, double effort) {
        Vec3 n = normal.normalized();
        Vec3[] inPlane = inPlaneAxes(n);
        return List.of(slide("x", inPlane[0], lower, upper, effort), slide("y", inPlane[1], lower, upper, effort),
                turn("rz", n, Double.NaN, effort));
    }

    /**
     * Two unit vectors spanning the plane normal to {@code n}: u = {@link Vec3#perpendicular()} (so a plane
     * normal to z gets x and y), and v = n × u.
     */
    static Vec3[] inPlaneAxes(Vec3 n) {
        Vec3 u = n.perpendicular();
        return new Vec3[] {u, n.normalized().cross(u).normalized()};
    }

    private static List<Component> rotations(double maxAngle, double effort) {
        return List.of(turn("rx", Vec3.UNIT_X, maxAngle, effort), turn("ry", Vec3.UNIT_Y, maxAngle, effort),
                turn("rz", Vec3.UNIT_Z, maxAngle, effort));
    }

    private static Component slide(String suffix, Vec3 axis, double lower, double upper) {
        return slide(suffix, axis, lower, upper, 0);
    }

    private static Component slide(String suffix, Vec3 axis, double lower, double upper, double effort) {
        return new Component(suffix, JointType.PRISMATIC, axis, new JointLimits(lower, upper, effort, 0));
    }

    private static Component turn(String suffix, Vec3 axis, double maxAngle, double effort) {
        if (Double.isNaN(maxAngle)) {
            return new Component(suffix, JointType.CONTINUOUS, axis, JointLimits.unbounded(effort, 0));
        }
        return new Component(suffix, JointType.REVOLUTE, axis, new JointLimits(-maxAngle, maxAngle, effort, 0));
    }
}
