package io.gizmostudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gizmostudio.api.ApiJson;
import io.gizmostudio.core.format.FloatingRoot;
import io.gizmostudio.core.format.ImportedAsset;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.RobotDescriptionReader;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Vec3;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inspect FILE}: this app's {@code check_urdf}. Reads a URDF or MJCF as the app's viewer does and prints its
 * links, joints (type, limits, effort, velocity), degrees of freedom, mass, zero-pose bounds and every note the reader
 * made, so a pipeline can check a description before using it. {@code --json} prints one JSON object instead;
 * {@code --strict} makes reader notes fail the run.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Describe a robot description (URDF, xacro or MJCF): links, joints and limits, DOF, mass, bounds, warnings.")
public final class InspectCommand implements Callable<Integer> {
    /** The file could not be read as a robot description; the message names file and line. */
    static final int UNREADABLE = 1;
    /** {@code --strict} and the reader made notes. */
    static final int HAS_WARNINGS = 4;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A .urdf or MJCF .xml file.")
    Path file;

    @Parameters(index = "1..*", paramLabel = "NAME:=VALUE", description = "xacro arguments, as for the xacro tool.")
    List<String> xacroArgs = List.of();

    @Option(names = "--json", description = "Print one JSON object (for scripts) instead of text.")
    boolean json;

    @Option(names = "--strict", description = "Exit with status 4 when the reader made any warning or note.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("error: no such file: " + file);
            return UNREADABLE;
        }
        RobotDescription description;
        try {
            description = RobotDescriptionReader.describe(file, XacroArgs.parse(xacroArgs));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return spec.exitCodeOnInvalidInput();
        } catch (RobotDescriptionException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return UNREADABLE;
        }
        Summary s = Summary.of(description);
        if (json) {
            out.println(toJson(s));
        } else {
            printText(out, s);
        }
        return strict && !s.notes().isEmpty() ? HAS_WARNINGS : 0;
    }

    /** What inspect reports, computed once for both outputs. */
    record Summary(Articulation articulation, boolean free, Map<JointType, Long> jointsByType, Aabb bounds,
                   List<String> notes, List<String> environment) {
        static Summary of(RobotDescription d) {
            List<String> environment = new ArrayList<>();
            Articulation read = ImportedAsset.withoutWorldGeometry(d.articulation(), environment);
            Articulation body = FloatingRoot.withoutFreeJoint(read);
            Map<JointType, Long> byType = new EnumMap<>(JointType.class);
            byType.putAll(body.joints().stream().collect(Collectors.groupingBy(Joint::type, Collectors.counting())));
            List<String> notes = new ArrayList<>(d.notes());
            d.warnings().forEach(w -> notes.add(w.text()));
            return new Summary(body, body != read, byType, ForwardKinematics.bounds(body), notes, environment);
        }

        int dof() {
            return articulation.degreesOfFreedom() + (free ? 6 : 0);
        }
    }

    private void printText(PrintWriter out, Summary s) {
        Articulation a = s.articulation();
        out.printf(Locale.ROOT, "robot name is: %s%n", a.name());
        out.printf(Locale.ROOT, "file:    %s%n", file);
        out.printf(Locale.ROOT, "links:   %d%n", a.links().size());
        out.printf(Locale.ROOT, "joints:  %d%s%n", a.joints().size(), s.jointsByType().isEmpty() ? "" : " ("
                + s.jointsByType().entrySet().stream().map(e -> e.getValue() + " " + e.getKey().urdfName())
                        .collect(Collectors.joining(", ")) + ")");
        out.printf(Locale.ROOT, "DOF:     %d%s%n", s.dof(), s.free() ? " (6 of them the free base)" : "");
        out.printf(Locale.ROOT, "base:    %s%n", s.free()
                ? "free-floating (a free joint on '" + a.root().name() + "')" : "'" + a.root().name() + "', fixed to the world");
        out.printf(Locale.ROOT, "mass:    %.3f kg%n", a.totalMass());
        if (!s.bounds().isEmpty()) {
            Vec3 size = s.bounds().size();
            out.printf(Locale.ROOT, "bounds:  %.3f × %.3f × %.3f m at the zero pose (min %s, max %s)%n",
                    size.x(), size.y(), size.z(), triple(s.bounds().min()), triple(s.bounds().max()));
        }
        s.environment().forEach(e -> out.println("world:   " + e));
        if (!a.joints().isEmpty()) {
            out.println();
            out.println("joints:");
            for (Joint j : a.joints()) {
                out.printf(Locale.ROOT, "  %-28s %-10s %s -> %s%s%n", j.name(), j.type().urdfName(), j.parent(), j.child(), limits(j));
            }
        }
        out.println();
        if (s.notes().isEmpty()) {
            out.println("warnings: none");
        } else {
            out.printf(Locale.ROOT, "warnings: %d%n", s.notes().size());
            s.notes().forEach(n -> out.println("  " + n));
        }
    }

    private static String limits(Joint j) {
        JointLimits l = j.limits();
        if (!j.type().isMovable() || l == null) {
            return "";
        }
        String unit = j.type().isRotational() ? "rad" : "m";
        String range = j.type().isLimited() && Double.isFinite(l.lower()) && Double.isFinite(l.upper())
                ? String.format(Locale.ROOT, "[%.4g, %.4g] %s", l.lower(), l.upper(), unit) : "unlimited";
        return String.format(Locale.ROOT, "  %s  effort %.4g %s  velocity %.4g %s/s", range, l.effort(),
                j.type().isRotational() ? "N·m" : "N", l.velocity(), unit);
    }

    private static String triple(Vec3 v) {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f", v.x(), v.y(), v.z());
    }

    private String toJson(Summary s) {
        ObjectMapper mapper = ApiJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Articulation a = s.articulation();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", file.toString());
        root.put("name", a.name());
        root.put("link_count", a.links().size());
        root.put("joint_count", a.joints().size());
        ObjectNode types = root.putObject("joints_by_type");
        s.jointsByType().forEach((t, n) -> types.put(t.urdfName(), n));
        root.put("dof", s.dof());
        root.put("base", s.free() ? "free" : "fixed");
        root.put("root_link", a.root().name());
        root.put("mass_kg", a.totalMass());
        if (!s.bounds().isEmpty()) {
            ObjectNode b = root.putObject("bounds_m");
            vector(b.putArray("min"), s.bounds().min());
            vector(b.putArray("max"), s.bounds().max());
            vector(b.putArray("size"), s.bounds().size());
        }
        ArrayNode links = root.putArray("links");
        for (Link l : a.links()) {
            links.addObject().put("name", l.name()).put("mass_kg", l.inertial().mass())
                    .put("visuals", l.visuals().size()).put("collisions", l.collisions().size());
        }
        ArrayNode joints = root.putArray("joints");
        for (Joint j : a.joints()) {
            ObjectNode n = joints.addObject().put("name", j.name()).put("type", j.type().urdfName())
                    .put("parent", j.parent()).put("child", j.child());
            JointLimits l = j.limits();
            if (j.type().isMovable() && l != null) {
                if (j.type().isLimited() && Double.isFinite(l.lower()) && Double.isFinite(l.upper())) {
                    n.put("lower", l.lower()).put("upper", l.upper());
                }
                n.put("effort", l.effort()).put("velocity", l.velocity());
            }
            if (j.mimic() != null) {
                n.put("mimics", j.mimic().joint());
            }
        }
        ArrayNode environment = root.putArray("environment");
        s.environment().forEach(environment::add);
        ArrayNode notes = root.putArray("warnings");
        s.notes().forEach(notes::add);
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the summary as JSON", e);
        }
    }

    private static void vector(ArrayNode array, Vec3 v) {
        array.add(v.x()).add(v.y()).add(v.z());
    }
}
