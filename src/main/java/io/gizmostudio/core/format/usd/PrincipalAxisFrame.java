package io.gizmostudio.core.format.usd;

import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;

/**
 * UsdPhysics joints move only along or about a principal axis of the joint frame ("X", "Y" or "Z").
 * For an arbitrary unit axis this picks the principal axis closest to it and the rotation {@code r} of
 * the joint frame that carries that principal axis onto the joint's axis: the shortest-arc rotation,
 * or a half turn about a perpendicular principal axis when the axis is the negated principal axis. The
 * same rotation is applied to both joint frames (localRot0 = origin·r, localRot1 = r), so at zero they
 * coincide and a positive joint position still turns (or slides) the child the right way about the
 * original axis: limits, drives and mimic factors keep their signs.
 */
record PrincipalAxisFrame(String token, Quat rotation) {
    private static final double EXACT = 1e-12;

    static PrincipalAxisFrame of(Vec3 axis) {
        Vec3 a = axis.normalized();
        double ax = Math.abs(a.x()), ay = Math.abs(a.y()), az = Math.abs(a.z());
        Vec3 e;
        String token;
        Vec3 perpendicular;
        if (ax >= ay && ax >= az) {
            e = Vec3.UNIT_X;
            token = "X";
            perpendicular = Vec3.UNIT_Z;
        } else if (ay >= az) {
            e = Vec3.UNIT_Y;
            token = "Y";
            perpendicular = Vec3.UNIT_Z;
        } else {
            e = Vec3.UNIT_Z;
            token = "Z";
            perpendicular = Vec3.UNIT_X;
        }
        if (a.isNear(e, EXACT)) {
            return new PrincipalAxisFrame(token, Quat.IDENTITY);
        }
        if (a.isNear(e.negate(), EXACT)) {
            return new PrincipalAxisFrame(token, Quat.fromAxisAngle(perpendicular, Math.PI));
        }
        Vec3 c = e.cross(a);
        return new PrincipalAxisFrame(token, new Quat(c.x(), c.y(), c.z(), 1 + e.dot(a)).normalized());
    }
}
