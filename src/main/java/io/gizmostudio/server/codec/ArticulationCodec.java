package io.gizmostudio.server.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.Drive;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Inertia;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Mimic;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.model.Visual;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores an {@link Articulation} as JSON and reads it back exactly: every double survives bit for bit (Jackson
 * writes the shortest representation that parses back to the same value; non-finite values are written as
 * strings), null limits, mimics and drives stay null, and meshes keep their vertex and index arrays. A hand
 * written tree mapping keeps core free of Jackson annotations. Documents carry a {@code format} number so a
 * future layout can still read old assets.
 *
 * <p>Two optional fields were added to format 1 without changing its number (documents without them read as
 * before): a joint's {@code "spring": [stiffness, reference]} (N·m/rad or N/m, and the position in rad or m at
 * which the spring is relaxed; absent means no spring) and the document's {@code "initial_positions":
 * {"joint": position}} (rad or m; absent joints start at zero), the state the asset starts in.
 */
public final class ArticulationCodec {
    static final int FORMAT = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectMapper json;

    public ArticulationCodec(ObjectMapper json) {
        this.json = json;
    }

    public String encode(Articulation a) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("name", a.name());
        ObjectNode meta = root.putObject("metadata");
        a.metadata().forEach(meta::put);
        ArrayNode links = root.putArray("links");
        for (Link l : a.links()) {
            links.add(link(l));
        }
        ArrayNode joints = root.putArray("joints");
        for (Joint j : a.joints()) {
            joints.add(joint(j));
        }
        if (!a.initialPositions().isEmpty()) {
            ObjectNode initial = root.putObject("initial_positions");
            a.initialPositions().forEach((joint, q) -> number(initial, joint, q));
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode articulation " + a.name(), e);
        }
    }

    public Articulation decode(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored articulation is not JSON: " + e.getOriginalMessage(), e);
        }
        int format = root.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown stored articulation format " + format);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("metadata").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            meta.put(e.getKey(), e.getValue().asText());
        }
        List<Link> links = new ArrayList<>();
        for (JsonNode l : root.path("links")) {
            links.add(link(l));
        }
        List<Joint> joints = new ArrayList<>();
        for (JsonNode j : root.path("joints")) {
            joints.add(joint(j));
        }
        Map<String, Double> initial = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> positions = root.path("initial_positions").fields();
        while (positions.hasNext()) {
            Map.Entry<String, JsonNode> e = positions.next();
            initial.put(e.getKey(), number(e.getValue()));
        }
        return new Articulation(text(root, "name"), links, joints, meta, initial);
    }

    // ---- links

    private static ObjectNode link(Link l) {
        ObjectNode n = NODES.objectNode();
        n.put("name", l.name());
        ArrayNode visuals = n.putArray("visuals");
        for (Visual v : l.visuals()) {
            ObjectNode vn = visuals.addObject();
            vn.put("name", v.name());
            vn.set("geometry", geometry(v.geometry()));
            vn.set("origin", pose(v.origin()));
            ObjectNode m = vn.putObject("material");
            m.put("name", v.material().name());
            m.set("color", numbers(v.material().color().r(), v.material().color().g(), v.material().color().b(),
                    v.material().color().a()));
        }
        ArrayNode collisions = n.putArray("collisions");
        for (Collision c : l.collisions()) {
            ObjectNode cn = collisions.addObject();
            cn.put("name", c.name());
            cn.set("geometry", geometry(c.geometry()));
            cn.set("origin", pose(c.origin()));
        }
        ObjectNode in = n.putObject("inertial");
        number(in, "mass", l.inertial().mass());
        in.set("com", vec(l.inertial().centerOfMass()));
        Inertia i = l.inertial().inertia();
        in.set("inertia", numbers(i.ixx(), i.ixy(), i.ixz(), i.iyy(), i.iyz(), i.izz()));
        return n;
    }

    private static Link link(JsonNode n) {
        List<Visual> visuals = new ArrayList<>();
        for (JsonNode v : n.path("visuals")) {
            JsonNode m = v.path("material");
            double[] c = doubles(m.path("color"), 4);
            visuals.add(new Visual(text(v, "name"), geometry(v.path("geometry")), pose(v.path("origin")),
                    new Material(text(m, "name"), new Rgba(c[0], c[1], c[2], c[3]))));
        }
        List<Collision> collisions = new ArrayList<>();
        for (JsonNode c : n.path("collisions")) {
            collisions.add(new Collision(text(c, "name"), geometry(c.path("geometry")), pose(c.path("origin"))));
        }
        JsonNode in = n.path("inertial");
        double[] t = doubles(in.path("inertia"), 6);
        Inertial inertial = new Inertial(number(in.path("mass")), vec(in.path("com")), new Inertia(t[0], t[1], t[2], t[3], t[4], t[5]));
        return new Link(text(n, "name"), visuals, collisions, inertial);
    }

    // ---- geometry

    private static ObjectNode geometry(Geometry g) {
        ObjectNode n = NODES.objectNode();
        if (g instanceof Geometry.Box b) {
            n.put("type", "box");
            n.set("size", vec(b.size()));
        } else if (g instanceof Geometry.Cylinder c) {
            n.put("type", "cylinder");
            number(n, "radius", c.radius());
            number(n, "length", c.length());
        } else if (g instanceof Geometry.Sphere s) {
            n.put("type", "sphere");
            number(n, "radius", s.radius());
        } else if (g instanceof Geometry.Capsule c) {
            n.put("type", "capsule");
            number(n, "radius", c.radius());
            number(n, "length", c.length());
        } else if (g instanceof TriangleMesh m) {
            n.put("type", "mesh");
            n.put("name", m.name());
            n.set("vertices", numbers(m.vertices()));
            ArrayNode tris = n.putArray("triangles");
            for (int index : m.triangles()) {
                tris.add(index);
            }
        } else {
            throw new IllegalArgumentException("unknown geometry " + g.getClass().getName());
        }
        return n;
    }

    private static Geometry geometry(JsonNode n) {
        String type = text(n, "type");
        switch (type) {
            case "box":
                return new Geometry.Box(vec(n.path("size")));
            case "cylinder":
                return new Geometry.Cylinder(number(n.path("radius")), number(n.path("length")));
            case "sphere":
                return new Geometry.Sphere(number(n.path("radius")));
            case "capsule":
                return new Geometry.Capsule(number(n.path("radius")), number(n.path("length")));
            case "mesh":
                JsonNode tris = n.path("triangles");
                int[] triangles = new int[tris.size()];
                for (int i = 0; i < triangles.length; i++) {
                    triangles[i] = tris.get(i).intValue();
                }
                JsonNode verts = n.path("vertices");
                return new TriangleMesh(text(n, "name"), doubles(verts, verts.size()), triangles);
            default:
                throw new IllegalArgumentException("unknown stored geometry type '" + type + "'");
        }
    }

    // ---- joints

    private static ObjectNode joint(Joint j) {
        ObjectNode n = NODES.objectNode();
        n.put("name", j.name());
        n.put("type", j.type().name());
        n.put("parent", j.parent());
        n.put("child", j.child());
        n.set("origin", pose(j.origin()));
        n.set("axis", vec(j.axis()));
        if (j.limits() != null) {
            JointLimits l = j.limits();
            n.set("limits", numbers(l.lower(), l.upper(), l.effort(), l.velocity()));
        }
        n.set("dynamics", numbers(j.dynamics().damping(), j.dynamics().friction()));
        if (j.dynamics().hasSpring()) {
            n.set("spring", numbers(j.dynamics().stiffness(), j.dynamics().springReference()));
        }
        if (j.mimic() != null) {
            ObjectNode m = n.putObject("mimic");
            m.put("joint", j.mimic().joint());
            number(m, "multiplier", j.mimic().multiplier());
            number(m, "offset", j.mimic().offset());
        }
        if (j.drive() != null) {
            n.set("drive", numbers(j.drive().stiffness(), j.drive().damping(), j.drive().maxForce()));
        }
        return n;
    }

    private static Joint joint(JsonNode n) {
        JointLimits limits = null;
        if (n.hasNonNull("limits")) {
            double[] l = doubles(n.get("limits"), 4);
            limits = new JointLimits(l[0], l[1], l[2], l[3]);
        }
        double[] d = doubles(n.path("dynamics"), 2);
        double[] spring = n.hasNonNull("spring") ? doubles(n.get("spring"), 2) : new double[] {0, 0};
        Mimic mimic = null;
        if (n.hasNonNull("mimic")) {
            JsonNode m = n.get("mimic");
            mimic = new Mimic(text(m, "joint"), number(m.path("multiplier")), number(m.path("offset")));
        }
        Drive drive = null;
        if (n.hasNonNull("drive")) {
            double[] v = doubles(n.get("drive"), 3);
            drive = new Drive(v[0], v[1], v[2]);
        }
        return new Joint(text(n, "name"), JointType.valueOf(text(n, "type")), text(n, "parent"), text(n, "child"),
                pose(n.path("origin")), vec(n.path("axis")), limits, new JointDynamics(d[0], d[1], spring[0], spring[1]), mimic,
                drive);
    }

    // ---- values

    private static ArrayNode pose(Pose p) {
        Quat q = p.rotation();
        return numbers(p.position().x(), p.position().y(), p.position().z(), q.x(), q.y(), q.z(), q.w());
    }

    private static Pose pose(JsonNode n) {
        double[] v = doubles(n, 7);
        return new Pose(new Vec3(v[0], v[1], v[2]), new Quat(v[3], v[4], v[5], v[6]));
    }

    private static ArrayNode vec(Vec3 v) {
        return numbers(v.x(), v.y(), v.z());
    }

    private static Vec3 vec(JsonNode n) {
        double[] v = doubles(n, 3);
        return new Vec3(v[0], v[1], v[2]);
    }

    private static ArrayNode numbers(double... values) {
        ArrayNode a = NODES.arrayNode(values.length);
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.add(Double.toString(v));
            }
        }
        return a;
    }

    private static void number(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, v);
        } else {
            n.put(field, Double.toString(v));
        }
    }

    private static double number(JsonNode n) {
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            return Double.parseDouble(n.textValue());
        }
        throw new IllegalArgumentException("expected a number in the stored articulation, found " + n.getNodeType());
    }

    private static double[] doubles(JsonNode n, int count) {
        if (!n.isArray() || n.size() != count) {
            throw new IllegalArgumentException("expected " + count + " numbers in the stored articulation");
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = number(n.get(i));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("stored articulation lacks text field '" + field + "'");
        }
        return v.textValue();
    }
}
