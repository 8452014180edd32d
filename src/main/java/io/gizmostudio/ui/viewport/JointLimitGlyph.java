package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Vec3;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;

/**
 * How far a joint can travel, drawn at its anchor. The <em>range</em> is fixed to the joint frame at zero
 * position: an arc from the lower to the upper limit around a revolute axis (a full ring for a continuous
 * joint) with a stop at each end, or a bar between the limits along a prismatic axis. The <em>pointer</em>
 * belongs to the child link and moves with it, so it sweeps along the range as the joint turns or slides.
 * Angles are measured from {@link #zeroDirection}, a fixed direction perpendicular to the axis.
 */
final class JointLimitGlyph {
    static final Color RANGE = Color.rgb(255, 165, 0, 0.9);
    static final Color STOP = Color.CRIMSON;
    static final Color POINTER = Color.WHITESMOKE;
    private static final int SEGMENTS_PER_TURN = 72;
    private static final int TUBE_SIDES = 8;

    private JointLimitGlyph() {
    }

    /** The range of {@code j} in its joint frame at zero position, sized by {@code radius}; empty for fixed joints. */
    static Group range(Joint j, double radius) {
        Group g = new Group();
        g.setMouseTransparent(true);
        if (!j.type().isMovable()) {
            return g;
        }
        Vec3 axis = j.axis().normalized();
        double tube = radius * 0.045;
        if (j.type() == JointType.PRISMATIC) {
            double lo = j.limits().lower();
            double hi = j.limits().upper();
            Node bar = GeometryNodes.rod(axis, Math.max(hi - lo, 1e-6), tube * 1.6, Color.MAGENTA.deriveColor(0, 1, 1, 0.9));
            bar.getTransforms().add(0, translate(axis.times(lo)));
            g.getChildren().addAll(bar, stop(axis.times(lo), tube * 3), stop(axis.times(hi), tube * 3));
            return g;
        }
        boolean full = j.type() == JointType.CONTINUOUS || j.limits() == null
                || j.limits().upper() - j.limits().lower() >= 2 * Math.PI;
        double lo = full ? -Math.PI : j.limits().lower();
        double hi = full ? Math.PI : j.limits().upper();
        MeshView arc = new MeshView(arcMesh(axis, radius, tube, lo, hi));
        arc.setMaterial(new PhongMaterial(RANGE));
        arc.setCullFace(javafx.scene.shape.CullFace.NONE);
        g.getChildren().add(arc);
        if (!full) {
            g.getChildren().addAll(stop(pointOnCircle(axis, radius, lo), tube * 2.5), stop(pointOnCircle(axis, radius, hi), tube * 2.5));
        }
        return g;
    }

    /** The part that moves with the child: a needle along the zero direction, or a bead at the child origin for a slide. */
    static Node pointer(Joint j, double radius) {
        if (!j.type().isMovable()) {
            return new Group();
        }
        Node n;
        if (j.type() == JointType.PRISMATIC) {
            Sphere bead = new Sphere(radius * 0.09, 16);
            bead.setMaterial(new PhongMaterial(POINTER));
            n = bead;
        } else {
            n = GeometryNodes.rod(zeroDirection(j.axis().normalized()), radius * 1.08, radius * 0.03, POINTER);
        }
        n.setMouseTransparent(true);
        return n;
    }

    /** Where angle zero points: {@link Vec3#perpendicular()} of the axis, fixed in the joint frame. */
    static Vec3 zeroDirection(Vec3 axis) {
        return axis.perpendicular();
    }

    /** The point at {@code angle} on the circle of {@code radius} around {@code axis}; positive angles turn by the right-hand rule. */
    static Vec3 pointOnCircle(Vec3 axis, double radius, double angle) {
        Vec3 a = axis.normalized();
        Vec3 u = zeroDirection(a);
        Vec3 v = a.cross(u);
        return u.times(radius * Math.cos(angle)).plus(v.times(radius * Math.sin(angle)));
    }

    /** A tube of radius {@code tube} along the arc from {@code from} to {@code to} (radians). */
    static TriangleMesh arcMesh(Vec3 axis, double radius, double tube, double from, double to) {
        Vec3 a = axis.normalized();
        int segments = Math.max(4, (int) Math.ceil(SEGMENTS_PER_TURN * (to - from) / (2 * Math.PI)));
        TriangleMesh mesh = new TriangleMesh();
        mesh.getTexCoords().addAll(0, 0);
        float[] points = new float[(segments + 1) * TUBE_SIDES * 3];
        int p = 0;
        for (int s = 0; s <= segments; s++) {
            double angle = from + (to - from) * s / segments;
            Vec3 centre = pointOnCircle(a, radius, angle);
            Vec3 outward = centre.normalized();
            for (int k = 0; k < TUBE_SIDES; k++) {
                double phi = 2 * Math.PI * k / TUBE_SIDES;
                Vec3 q = centre.plus(outward.times(tube * Math.cos(phi))).plus(a.times(tube * Math.sin(phi)));
                points[p++] = (float) q.x();
                points[p++] = (float) q.y();
                points[p++] = (float) q.z();
            }
        }
        mesh.getPoints().setAll(points);
        int[] faces = new int[segments * TUBE_SIDES * 12];
        int f = 0;
        for (int s = 0; s < segments; s++) {
            for (int k = 0; k < TUBE_SIDES; k++) {
                int a0 = s * TUBE_SIDES + k;
                int a1 = s * TUBE_SIDES + (k + 1) % TUBE_SIDES;
                int b0 = a0 + TUBE_SIDES;
                int b1 = a1 + TUBE_SIDES;
                f = face(faces, f, a0, b0, b1);
                f = face(faces, f, a0, b1, a1);
            }
        }
        mesh.getFaces().setAll(faces);
        return mesh;
    }

    private static int face(int[] faces, int at, int i, int j, int k) {
        faces[at] = i;
        faces[at + 2] = j;
        faces[at + 4] = k;
        return at + 6;
    }

    private static Node stop(Vec3 at, double radius) {
        Sphere s = new Sphere(radius, 12);
        s.setMaterial(new PhongMaterial(STOP));
        s.getTransforms().add(translate(at));
        return s;
    }

    private static javafx.scene.transform.Translate translate(Vec3 v) {
        return new javafx.scene.transform.Translate(v.x(), v.y(), v.z());
    }
}
