package io.gizmostudio.core.format.usd;

import io.gizmostudio.core.format.DecimalText;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import java.util.List;

/**
 * Geometry prims under a link: UsdGeom Cube (size 1, scaled to the box), Cylinder, Sphere and Capsule
 * (all {@code axis = "Z"}; a capsule's {@code height} is the distance between its cap centres, as in our
 * model), and Mesh with points and triangle faces. Colliders get {@code PhysicsCollisionAPI} and
 * {@code purpose = "guide"} (hidden in renders, as Isaac Sim's importer does); mesh colliders use a
 * convex-hull approximation, which PhysX requires for dynamic bodies. Visuals carry
 * {@code primvars:displayColor} (and {@code displayOpacity} when translucent).
 */
final class UsdShapes {
    private UsdShapes() {
    }

    static void visual(UsdaText usd, String name, Geometry g, Pose origin, Rgba color) {
        usd.openPrim(type(g), name, List.of());
        body(usd, g, origin);
        usd.line("color3f[] primvars:displayColor", "[" + UsdaText.tuple(new Vec3(color.r(), color.g(), color.b())) + "]");
        if (color.a() < 1) {
            usd.line("float[] primvars:displayOpacity", "[" + DecimalText.of(color.a()) + "]");
        }
        usd.closePrim();
    }

    static void collider(UsdaText usd, String name, Geometry g, Pose origin) {
        boolean mesh = g instanceof TriangleMesh;
        usd.openPrim(type(g), name, mesh ? List.of("PhysicsCollisionAPI", "PhysicsMeshCollisionAPI") : List.of("PhysicsCollisionAPI"));
        body(usd, g, origin);
        if (mesh) {
            usd.line("uniform token physics:approximation", "\"convexHull\"");
        }
        usd.line("uniform token purpose", "\"guide\"");
        usd.closePrim();
    }

    private static String type(Geometry g) {
        if (g instanceof Geometry.Box) {
            return "Cube";
        } else if (g instanceof Geometry.Cylinder) {
            return "Cylinder";
        } else if (g instanceof Geometry.Sphere) {
            return "Sphere";
        } else if (g instanceof Geometry.Capsule) {
            return "Capsule";
        }
        return "Mesh";
    }

    private static void body(UsdaText usd, Geometry g, Pose origin) {
        Vec3 scale = null;
        Aabb extent = g.localBounds();
        if (g instanceof Geometry.Box b) {
            usd.line("double size", "1");
            scale = b.size();
            extent = new Aabb(new Vec3(-0.5, -0.5, -0.5), new Vec3(0.5, 0.5, 0.5));
        } else if (g instanceof Geometry.Cylinder c) {
            usd.line("double height", DecimalText.of(c.length()));
            usd.line("double radius", DecimalText.of(c.radius()));
            usd.line("uniform token axis", "\"Z\"");
        } else if (g instanceof Geometry.Sphere s) {
            usd.line("double radius", DecimalText.of(s.radius()));
        } else if (g instanceof Geometry.Capsule c) {
            usd.line("double height", DecimalText.of(c.length()));
            usd.line("double radius", DecimalText.of(c.radius()));
            usd.line("uniform token axis", "\"Z\"");
        } else if (g instanceof TriangleMesh m) {
            mesh(usd, m);
        }
        usd.line("float3[] extent", "[" + UsdaText.tuple(extent.min()) + ", " + UsdaText.tuple(extent.max()) + "]");
        transform(usd, origin, scale);
    }

    private static void mesh(UsdaText usd, TriangleMesh m) {
        StringBuilder counts = new StringBuilder("[");
        StringBuilder indices = new StringBuilder("[");
        int[] tris = m.triangles();
        for (int t = 0; t < m.triangleCount(); t++) {
            counts.append(t > 0 ? ", " : "").append(3);
            for (int k = 0; k < 3; k++) {
                indices.append(t > 0 || k > 0 ? ", " : "").append(tris[3 * t + k]);
            }
        }
        StringBuilder points = new StringBuilder("[");
        for (int i = 0; i < m.vertexCount(); i++) {
            points.append(i > 0 ? ", " : "").append(UsdaText.tuple(m.vertex(i)));
        }
        usd.line("int[] faceVertexCounts", counts.append(']').toString());
        usd.line("int[] faceVertexIndices", indices.append(']').toString());
        usd.line("point3f[] points", points.append(']').toString());
        usd.line("uniform token subdivisionScheme", "\"none\"");
    }

    /** translate, orient (and scale for boxes), written only when not the identity. */
    static void transform(UsdaText usd, Pose pose, Vec3 scale) {
        StringBuilder order = new StringBuilder();
        if (!pose.position().isNear(Vec3.ZERO, 1e-12)) {
            usd.line("double3 xformOp:translate", UsdaText.tuple(pose.position()));
            order.append("\"xformOp:translate\"");
        }
        if (!pose.rotation().isIdentity(1e-12)) {
            usd.line("quatd xformOp:orient", UsdaText.quat(pose.rotation()));
            order.append(order.length() > 0 ? ", " : "").append("\"xformOp:orient\"");
        }
        if (scale != null) {
            usd.line("double3 xformOp:scale", UsdaText.tuple(scale));
            order.append(order.length() > 0 ? ", " : "").append("\"xformOp:scale\"");
        }
        if (order.length() > 0) {
            usd.line("uniform token[] xformOpOrder", "[" + order + "]");
        }
    }
}
