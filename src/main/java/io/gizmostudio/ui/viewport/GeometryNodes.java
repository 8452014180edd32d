package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Texture;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import java.io.ByteArrayInputStream;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Rotate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns model geometry into JavaFX 3D nodes in metres. JavaFX cylinders run along their local Y axis and
 * the model's along Z, so cylinders and capsules are turned a quarter about X.
 */
public final class GeometryNodes {
    private static final Logger LOG = LoggerFactory.getLogger(GeometryNodes.class);
    private static final int DIVISIONS = 48;

    private GeometryNodes() {
    }

    static Node node(Geometry g, PhongMaterial material) {
        return node(g, material, null);
    }

    /** As {@link #node(Geometry, PhongMaterial)}, drawing a triangle mesh from {@code shared} when given. */
    static Node node(Geometry g, PhongMaterial material, SharedGeometry shared) {
        int divisions = shared == null ? DIVISIONS : SharedGeometry.DIVISIONS;
        if (g instanceof Geometry.Box b) {
            Box box = new Box(b.size().x(), b.size().y(), b.size().z());
            box.setMaterial(material);
            return box;
        }
        if (g instanceof Geometry.Sphere s) {
            Sphere sphere = new Sphere(s.radius(), divisions);
            sphere.setMaterial(material);
            return sphere;
        }
        if (g instanceof Geometry.Cylinder c) {
            Cylinder cyl = new Cylinder(c.radius(), c.length(), divisions);
            cyl.setMaterial(material);
            return alongZ(cyl);
        }
        if (g instanceof Geometry.Capsule c) {
            Cylinder body = new Cylinder(c.radius(), c.length(), divisions);
            Sphere top = new Sphere(c.radius(), divisions);
            Sphere bottom = new Sphere(c.radius(), divisions);
            top.setTranslateY(c.length() / 2);
            bottom.setTranslateY(-c.length() / 2);
            for (var s : new javafx.scene.shape.Shape3D[] {body, top, bottom}) {
                s.setMaterial(material);
            }
            return alongZ(new Group(body, top, bottom));
        }
        TriangleMesh m = (TriangleMesh) g;
        MeshView view = new MeshView(shared == null ? fxMesh(m) : shared.mesh(m));
        view.setMaterial(material);
        return view;
    }

    private static Node alongZ(Node n) {
        Group g = new Group(n);
        n.getTransforms().add(new Rotate(90, Rotate.X_AXIS));
        return g;
    }

    static javafx.scene.shape.TriangleMesh fxMesh(TriangleMesh m) {
        javafx.scene.shape.TriangleMesh fx = new javafx.scene.shape.TriangleMesh();
        double[] v = m.vertices();
        float[] points = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            points[i] = (float) v[i];
        }
        fx.getPoints().setAll(points);
        double[] uv = m.texCoords();
        if (uv.length == 0) {
            fx.getTexCoords().setAll(0, 0);
        } else {
            // JavaFX measures v down from the image's top edge, the model up from its bottom edge
            float[] tex = new float[uv.length];
            for (int i = 0; i < uv.length; i += 2) {
                tex[i] = (float) uv[i];
                tex[i + 1] = (float) (1 - uv[i + 1]);
            }
            fx.getTexCoords().setAll(tex);
        }
        boolean textured = uv.length > 0;
        int[] t = m.triangles();
        int[] faces = new int[t.length * 2];
        for (int i = 0; i < t.length; i++) {
            faces[2 * i] = t[i];
            faces[2 * i + 1] = textured ? t[i] : 0;
        }
        fx.getFaces().setAll(faces);
        return fx;
    }

    /**
     * The material of a visual: its texture as the diffuse map when it has one and the geometry has texture
     * coordinates to place it (the diffuse colour is then white, so the image shows as it is), else its colour.
     */
    static PhongMaterial material(io.gizmostudio.core.model.Material material, Geometry g) {
        Texture texture = material.texture();
        if (texture == null || !(g instanceof TriangleMesh m) || !m.hasTexCoords()) {
            return material(material.color());
        }
        Image image = new Image(new ByteArrayInputStream(texture.image()));
        if (image.isError()) {
            LOG.warn("the texture {} cannot be decoded; its average colour is shown", texture.name(), image.getException());
            return material(material.color());
        }
        PhongMaterial m2 = new PhongMaterial(Color.color(1, 1, 1, clamp(material.color().a())));
        m2.setDiffuseMap(image);
        m2.setSpecularColor(Color.gray(0.25));
        return m2;
    }

    static PhongMaterial material(Rgba c) {
        PhongMaterial m = new PhongMaterial(Color.color(clamp(c.r()), clamp(c.g()), clamp(c.b()), clamp(c.a())));
        m.setSpecularColor(Color.gray(0.25));
        return m;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** An affine transform equal to {@code pose} (rotation matrix from the quaternion, then translation). */
    static Affine affine(Pose pose) {
        double[][] r = pose.rotation().toMatrix();
        Vec3 p = pose.position();
        return new Affine(r[0][0], r[0][1], r[0][2], p.x(), r[1][0], r[1][1], r[1][2], p.y(), r[2][0], r[2][1], r[2][2], p.z());
    }

    public static void setPose(Affine a, Pose pose) {
        double[][] r = pose.rotation().toMatrix();
        Vec3 p = pose.position();
        a.setToTransform(r[0][0], r[0][1], r[0][2], p.x(), r[1][0], r[1][1], r[1][2], p.y(), r[2][0], r[2][1], r[2][2], p.z());
    }

    /** A thin rod from the origin along {@code direction}, for axes and triads. */
    public static Node rod(Vec3 direction, double length, double radius, Color color) {
        Cylinder c = new Cylinder(radius, length, 12);
        c.setMaterial(new PhongMaterial(color));
        c.setTranslateY(length / 2);
        Group g = new Group(c);
        Vec3 d = direction.normalized();
        // JavaFX cylinders point along +Y: turn +Y onto d
        Vec3 axis = Vec3.UNIT_Y.cross(d);
        double angle = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, Vec3.UNIT_Y.dot(d)))));
        if (axis.norm() < 1e-9) {
            axis = Vec3.UNIT_X;
        }
        g.getTransforms().add(new Rotate(angle, new javafx.geometry.Point3D(axis.x(), axis.y(), axis.z())));
        return g;
    }

    /** Red, green and blue rods for X, Y and Z. */
    public static Group triad(double length) {
        double r = length * 0.03;
        return new Group(rod(Vec3.UNIT_X, length, r, Color.RED), rod(Vec3.UNIT_Y, length, r, Color.LIMEGREEN),
                rod(Vec3.UNIT_Z, length, r, Color.DODGERBLUE));
    }
}
