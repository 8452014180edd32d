package io.gizmostudio.core.format.urdf;

import io.gizmostudio.core.format.DescriptionWarning;
import io.gizmostudio.core.format.MultiDofJoint;
import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.mesh.ColouredMesh;
import io.gizmostudio.core.format.mesh.MeshFileReader;
import io.gizmostudio.core.format.mesh.MeshLocator;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.format.xml.XmlTreeReader;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
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
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Texture;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.model.Visual;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a URDF file into an {@link Articulation}: links with inertial, visual and collision elements
 * (box, cylinder, sphere, mesh: OBJ, STL or COLLADA), materials by name or inline (a visual without one
 * takes its COLLADA mesh's colour), and joints with origin, axis, limit,
 * dynamics and mimic. URDF's {@code floating} and {@code planar} joints, which the model has no single
 * joint for, become chains of single-degree-of-freedom joints through frame-only links
 * ({@link MultiDofJoint}): a floating joint {@code j} gives {@code j_x}, {@code j_y}, {@code j_z}
 * (prismatic, ±1 m) and {@code j_rx}, {@code j_ry}, {@code j_rz} (continuous), all along the joint frame's
 * axes; a planar joint gives {@code j_x}, {@code j_y} along two directions in the plane normal to its
 * axis (within its {@code <limit>}, else ±1 m) and {@code j_rz} about the normal. The first component
 * carries the joint's origin, so with every component at zero the child sits where the joint puts it.
 * The links between the components are called {@code <child>_<joint>_<component>}.
 *
 * <p>It reads what urdfdom reads, and says so: a fixed or floating joint's zero axis is ignored, materials are
 * named globally ({@link UrdfMaterials}), a mesh that is missing, outside the {@link MeshLocator} boundary or over
 * a {@link ReadOptions} limit is left out of its link; each becomes a {@link DescriptionWarning} with file and
 * line. The file's size and its chain depth ({@link UrdfChainDepth}) are limited too, as errors.
 */
public final class UrdfReader {
    private static final Logger LOG = LoggerFactory.getLogger(UrdfReader.class);
    private static final Material DEFAULT_MATERIAL = UrdfMaterials.DEFAULT;

    private final Path file;
    private final ReadOptions options;
    private final MeshLocator meshes;
    private final List<DescriptionWarning> warnings = new ArrayList<>();
    private UrdfMaterials materials;
    /** Meshes read so far by file and scale: a visual and a collision usually share one file, read once. */
    private final Map<String, ColouredMesh> readMeshes = new HashMap<>();

    private UrdfReader(Path file, ReadOptions options) {
        this.file = file;
        this.options = options;
        this.meshes = new MeshLocator(file, options);
    }

    /** Reads {@code file} with the default limits; meshes are resolved relative to it. Warnings are dropped. */
    public static Articulation read(Path file) {
        return describe(file, ReadOptions.defaults()).articulation();
    }

    /**
     * Reads {@code file} as urdfdom would, with a warning for each leniency (a fixed joint's zero axis, an undefined
     * material) and each mesh left out (missing, outside the {@link MeshLocator} boundary, over a limit).
     */
    public static RobotDescription describe(Path file, ReadOptions options) {
        UrdfReader reader = new UrdfReader(file, options);
        Articulation a = reader.readRobot(XmlTreeReader.read(file, options.maxDescriptionBytes()));
        return new RobotDescription(a, List.of(), reader.warnings);
    }

    private void warn(XmlElement where, String message) {
        warnings.add(DescriptionWarning.of(where.file(), where.line(), message));
    }

    /**
     * Reads {@code robot}, a {@code <robot>} element already parsed (or expanded from xacro) for {@code file};
     * meshes are resolved relative to {@code file}.
     */
    public static Articulation read(Path file, XmlElement robot) {
        return describe(file, robot, ReadOptions.defaults()).articulation();
    }

    /** {@link #read(Path, XmlElement)} with the warnings and inside the limits and mesh boundary of {@code options}. */
    public static RobotDescription describe(Path file, XmlElement robot, ReadOptions options) {
        UrdfReader reader = new UrdfReader(file, options);
        Articulation a = reader.readRobot(robot);
        return new RobotDescription(a, List.of(), reader.warnings);
    }

    private Articulation readRobot(XmlElement robot) {
        if (!robot.name().equals("robot")) {
            throw robot.error("a URDF file starts with <robot>");
        }
        materials = UrdfMaterials.of(robot, warnings);
        List<Link> links = new ArrayList<>();
        Set<String> linkNames = new HashSet<>();
        for (XmlElement l : robot.children("link")) {
            Link link = link(l);
            if (!linkNames.add(link.name())) {
                throw l.error("duplicate link name '" + link.name() + "'");
            }
            links.add(link);
        }
        if (links.isEmpty()) {
            throw robot.error("the robot has no links");
        }
        List<Joint> joints = new ArrayList<>();
        Set<String> children = new HashSet<>();
        Set<String> jointNames = new HashSet<>();
        for (XmlElement j : robot.children("joint")) {
            jointNames.add(j.required("name"));
        }
        for (XmlElement j : robot.children("joint")) {
            Joint joint = joint(j);
            if (!linkNames.contains(joint.parent()) || !linkNames.contains(joint.child())) {
                throw j.error("joint '" + joint.name() + "' connects unknown links " + joint.parent() + " -> " + joint.child());
            }
            if (!children.add(joint.child())) {
                throw j.error("link '" + joint.child() + "' has two parent joints");
            }
            String typeName = j.required("type").toLowerCase(Locale.ROOT);
            if (typeName.equals("floating") || typeName.equals("planar")) {
                chain(j, joint, components(typeName, joint), links, linkNames, joints, jointNames);
            } else {
                joints.add(joint);
            }
        }
        joints.forEach(j -> children.add(j.child())); // the frame-only links inside multi-DOF chains too
        long roots = linkNames.stream().filter(n -> !children.contains(n)).count();
        if (roots != 1) {
            throw robot.error("the links must form one tree, found " + roots + " root links");
        }
        UrdfChainDepth.check(robot, joints, options.maxChainDepth());
        return new Articulation(robot.attribute("name").orElse(fileStem()), links, joints);
    }

    private String fileStem() {
        String n = file.getFileName().toString();
        return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
    }

    private Link link(XmlElement l) {
        String name = l.required("name");
        List<Visual> visuals = new ArrayList<>();
        int i = 0;
        for (XmlElement v : l.children("visual")) {
            Shape shape = shape(v, name);
            if (shape == null) {
                i++;
                continue;
            }
            Optional<Material> given = v.child("material").map(materials::material);
            String visualName = v.attribute("name").orElse(name + "_visual_" + i);
            // a COLLADA file's colours and textures show when the URDF gives no material: one visual per surface
            List<Shape> shown = given.isEmpty() && !shape.parts().isEmpty() ? shape.parts() : List.of(shape);
            for (int k = 0; k < shown.size(); k++) {
                Shape part = shown.get(k);
                visuals.add(new Visual(shown.size() == 1 ? visualName : visualName + "_" + k, part.geometry(), origin(v),
                        given.orElseGet(part::material)));
            }
            i++;
        }
        List<Collision> collisions = new ArrayList<>();
        i = 0;
        for (XmlElement c : l.children("collision")) {
            Shape shape = shape(c, name);
            if (shape != null) {
                collisions.add(new Collision(c.attribute("name").orElse(name + "_collision_" + i), shape.geometry(), origin(c)));
            }
            i++;
        }
        Inertial inertial = l.child("inertial").map(this::inertial).orElse(Inertial.NONE);
        return new Link(name, visuals, collisions, inertial);
    }

    private Inertial inertial(XmlElement e) {
        double mass = e.child("mass").map(m -> m.requiredNumber("value")).orElse(0.0);
        Inertia inertia = e.child("inertia").map(i -> new Inertia(i.number("ixx", 0), i.number("ixy", 0), i.number("ixz", 0),
                i.number("iyy", 0), i.number("iyz", 0), i.number("izz", 0))).orElse(Inertia.ZERO);
        return new Inertial(mass, Vec3.ZERO, inertia).transformed(origin(e));
    }

    /**
     * A visual's or collision's geometry, with the colour its mesh file gives it (COLLADA files carry
     * materials; a URDF {@code <material>} on the visual still wins over it).
     */
    private record Shape(Geometry geometry, Rgba colour, Texture texture, List<Shape> parts) {
        Shape(Geometry geometry) {
            this(geometry, null, null, List.of());
        }

        static Shape of(ColouredMesh read) {
            List<Shape> parts = new ArrayList<>();
            for (ColouredMesh.Part p : read.parts()) {
                parts.add(new Shape(p.mesh(), p.colour(), p.texture(), List.of()));
            }
            return new Shape(read.mesh(), read.colour(), null, parts);
        }

        /** The material of a visual whose URDF names none: the mesh file's colour, else the default grey. */
        Material material() {
            if (colour == null) {
                return DEFAULT_MATERIAL;
            }
            // named after the mesh so that writers declare one material per coloured mesh file
            return new Material(((TriangleMesh) geometry).name(), colour, texture);
        }
    }

    /** The shape of a visual or collision of {@code link}; null (with a warning) for a mesh that is not shown. */
    private Shape shape(XmlElement holder, String link) {
        XmlElement g = holder.child("geometry").orElseThrow(() -> holder.error("missing <geometry>"));
        if (g.children().isEmpty()) {
            throw g.error("empty <geometry>");
        }
        XmlElement shape = g.children().get(0);
        switch (shape.name()) {
            case "box": {
                Vec3 size = shape.vector("size", null);
                if (size == null) {
                    throw shape.error("missing attribute 'size'");
                }
                return new Shape(new Geometry.Box(size));
            }
            case "cylinder":
                return new Shape(new Geometry.Cylinder(shape.requiredNumber("radius"), shape.requiredNumber("length")));
            case "sphere":
                return new Shape(new Geometry.Sphere(shape.requiredNumber("radius")));
            case "capsule":
                return new Shape(new Geometry.Capsule(shape.requiredNumber("radius"), shape.requiredNumber("length")));
            case "mesh": {
                String reference = shape.required("filename");
                double[] scale = shape.numbers("scale", 3);
                MeshLocator.Located mesh = meshes.locate(reference, file.toAbsolutePath().getParent());
                if (!mesh.found()) {
                    return leftOut(shape, link, reference, mesh.problem());
                }
                try {
                    String key = mesh.file() + " " + java.util.Arrays.toString(scale);
                    ColouredMesh read = readMeshes.get(key);
                    if (read == null) {
                        read = MeshFileReader.readColoured(mesh.file(), scale, options.maxMeshTriangles());
                        readMeshes.put(key, read);
                    }
                    return Shape.of(read);
                } catch (RobotDescriptionException e) {
                    return leftOut(shape, link, reference, e.getMessage());
                }
            }
            default:
                throw shape.error("unsupported geometry <" + shape.name() + ">");
        }
    }

    private Shape leftOut(XmlElement mesh, String link, String reference, String why) {
        warnings.add(DescriptionWarning.meshLeftOut(mesh.file(), mesh.line(), link, reference, why));
        LOG.debug("{}:{}: mesh {} of link {} left out: {}", mesh.file(), mesh.line(), reference, link, why);
        return null;
    }

    private static Pose origin(XmlElement holder) {
        return holder.child("origin").map(o -> {
            Vec3 xyz = o.vector("xyz", Vec3.ZERO);
            Vec3 rpy = o.vector("rpy", Vec3.ZERO);
            return Pose.xyzRpy(xyz.x(), xyz.y(), xyz.z(), rpy.x(), rpy.y(), rpy.z());
        }).orElse(Pose.IDENTITY);
    }

    private Joint joint(XmlElement j) {
        String name = j.required("name");
        String typeName = j.required("type").toLowerCase(Locale.ROOT);
        JointType type;
        switch (typeName) {
            case "revolute": type = JointType.REVOLUTE; break;
            case "continuous": type = JointType.CONTINUOUS; break;
            case "prismatic": type = JointType.PRISMATIC; break;
            case "fixed": type = JointType.FIXED; break;
            case "floating":
            case "planar":
                type = JointType.FIXED; // a placeholder carrying name, links and origin; chain() replaces it
                break;
            default:
                throw j.error("unknown joint type '" + typeName + "'");
        }
        String parent = j.child("parent").orElseThrow(() -> j.error("missing <parent>")).required("link");
        String child = j.child("child").orElseThrow(() -> j.error("missing <child>")).required("link");
        Vec3 axis = j.child("axis").map(a -> a.vector("xyz", Vec3.UNIT_X)).orElse(Vec3.UNIT_X);
        if (axis.norm() < 1e-12) {
            if (!typeName.equals("fixed") && !typeName.equals("floating")) {
                throw j.error("joint axis is zero");
            }
            // urdfdom and the ROS tools never read the axis of a joint that does not turn or slide along it
            warn(j.child("axis").orElse(j), typeName + " joint '" + name + "' has a zero axis: ignored");
            axis = Vec3.UNIT_X;
        }
        JointLimits limits = null;
        var limit = j.child("limit");
        if (limit.isPresent()) {
            XmlElement l = limit.get();
            limits = new JointLimits(l.number("lower", 0), l.number("upper", 0), l.number("effort", 0), l.number("velocity", 0));
        } else if (type.isLimited() && type != JointType.FIXED) {
            throw j.error(typeName + " joint '" + name + "' needs a <limit>");
        }
        JointDynamics dynamics = j.child("dynamics")
                .map(d -> new JointDynamics(d.number("damping", 0), d.number("friction", 0))).orElse(JointDynamics.NONE);
        Mimic mimic = j.child("mimic").map(m -> new Mimic(m.required("joint"), m.number("multiplier", 1), m.number("offset", 0))).orElse(null);
        return new Joint(name, type, parent, child, origin(j), axis.normalized(), limits, dynamics, mimic, null);
    }

    private static List<MultiDofJoint.Component> components(String typeName, Joint joint) {
        double effort = joint.limits() == null ? 0 : joint.limits().effort();
        if (typeName.equals("floating")) {
            return MultiDofJoint.floating(effort);
        }
        // URDF gives a planar joint one <limit>; it bounds both translations when it has a range
        JointLimits l = joint.limits();
        boolean ranged = l != null && l.upper() > l.lower();
        double lower = ranged ? l.lower() : -MultiDofJoint.UNLIMITED_TRAVEL;
        double upper = ranged ? l.upper() : MultiDofJoint.UNLIMITED_TRAVEL;
        return MultiDofJoint.planar(joint.axis(), lower, upper, effort);
    }

    /**
     * Replaces the multi-DOF {@code joint} by its components from parent to child, with frame-only links
     * between them; names are made unique against every link and joint of the file.
     */
    private void chain(XmlElement j, Joint joint, List<MultiDofJoint.Component> parts, List<Link> links,
                       Set<String> linkNames, List<Joint> joints, Set<String> jointNames) {
        String parent = joint.parent();
        Pose origin = joint.origin();
        jointNames.remove(joint.name());
        for (int k = 0; k < parts.size(); k++) {
            MultiDofJoint.Component c = parts.get(k);
            boolean last = k == parts.size() - 1;
            String child = last ? joint.child() : unique(joint.child() + "_" + joint.name() + "_" + c.suffix(), linkNames);
            if (!last) {
                links.add(new Link(child, List.of(), List.of(), Inertial.NONE));
            }
            String name = unique(joint.name() + "_" + c.suffix(), jointNames);
            joints.add(new Joint(name, c.type(), parent, child, origin, c.axis(), c.limits(), joint.dynamics(), null, null));
            parent = child;
            origin = Pose.IDENTITY;
        }
        LOG.debug("{}:{}: {} joint '{}' read as {} single-DOF joints", file, j.line(), j.required("type"), joint.name(), parts.size());
    }

    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }
}
