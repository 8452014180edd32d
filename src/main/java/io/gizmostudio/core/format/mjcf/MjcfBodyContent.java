package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What one MJCF body (or the worldbody) holds that becomes part of the model — joints, geoms, inertials
 * and child bodies — with MuJoCo 3.1's {@code <frame>} and {@code <replicate>} unfolded, in document order
 * (the order MuJoCo adds them in).
 *
 * <p>A {@code <frame>} places everything inside it (bodies, geoms, joints, inertials, nested frames and
 * replicates) by its pose, and its {@code childclass} is the default class of its contents. A
 * {@code <replicate count="n" offset="…" euler="…" sep="…">} repeats its contents n times, exactly as
 * MuJoCo's reader does: copy i sits at rotation {@code euler(i·euler)} and position
 * {@code Σ_{k<i} euler(k·euler)·offset}, and every name inside copy i gets the suffix
 * {@code sep + i}, i zero-padded to the number of digits of n ({@code count="10"} gives 00 … 09). Nested
 * replicates append the inner suffix first. Joints cannot sit in a replicate at body level (MuJoCo would
 * copy them into the parent body) and the world body has no joints or inertial: both are errors.
 */
final class MjcfBodyContent {
    /**
     * One element with the pose of the frame it sits in relative to the enclosing body, the default class
     * in force, and the name suffix of the replicate copies it is part of ("" outside any replicate).
     */
    record Item(XmlElement element, Pose frame, String childClass, String suffix) {
        /** The element's name with the replicate suffix, or {@code fallback} when it has no name. */
        String name(String fallback) {
            return element.attribute("name").map(n -> n + suffix).orElse(fallback);
        }
    }

    private final MjcfFrame frames;
    private final MjcfDefaults defaults;
    private final boolean world;
    private final List<Item> joints = new ArrayList<>();
    private final List<Item> geoms = new ArrayList<>();
    private final List<Item> inertials = new ArrayList<>();
    private final List<Item> bodies = new ArrayList<>();
    private final List<XmlElement> unsupported = new ArrayList<>();

    private MjcfBodyContent(MjcfFrame frames, MjcfDefaults defaults, boolean world) {
        this.frames = frames;
        this.defaults = defaults;
        this.world = world;
    }

    /**
     * The contents of {@code body}; {@code childClass} is the class in force inside it and {@code suffix}
     * the replicate suffix the body itself carries (its contents inherit it).
     */
    static MjcfBodyContent of(XmlElement body, String childClass, String suffix, MjcfFrame frames, MjcfDefaults defaults) {
        MjcfBodyContent c = new MjcfBodyContent(frames, defaults, body.name().equals("worldbody"));
        c.walk(body, Pose.IDENTITY, childClass, suffix, false);
        return c;
    }

    List<Item> joints() {
        return Collections.unmodifiableList(joints);
    }

    List<Item> geoms() {
        return Collections.unmodifiableList(geoms);
    }

    List<Item> inertials() {
        return Collections.unmodifiableList(inertials);
    }

    List<Item> bodies() {
        return Collections.unmodifiableList(bodies);
    }

    /** Elements that make bodies or geometry in MuJoCo but that this reader does not expand (composite, flexcomp, attach). */
    List<XmlElement> unsupported() {
        return Collections.unmodifiableList(unsupported);
    }

    private void walk(XmlElement container, Pose at, String cls, String suffix, boolean inReplicate) {
        for (XmlElement c : container.children()) {
            switch (c.name()) {
                case "joint":
                case "freejoint":
                    if (world) {
                        throw c.error("the world body cannot have joints");
                    }
                    if (inReplicate) {
                        throw c.error("a joint cannot be a direct child of <replicate> (put it inside a <body>)");
                    }
                    joints.add(new Item(c, at, cls, suffix));
                    break;
                case "geom":
                    geoms.add(new Item(c, at, cls, suffix));
                    break;
                case "inertial":
                    if (world) {
                        throw c.error("the world body cannot have an inertial");
                    }
                    inertials.add(new Item(c, at, cls, suffix));
                    break;
                case "body":
                    bodies.add(new Item(c, at, cls, suffix));
                    break;
                case "frame":
                    walk(c, at.compose(frames.pose(c)), childClass(c, cls), suffix, inReplicate);
                    break;
                case "replicate":
                    replicate(c, at, cls, suffix);
                    break;
                case "composite":
                case "flexcomp":
                case "attach":
                    unsupported.add(c);
                    break;
                default:
                    break; // sites, cameras, lights, plugins: nothing the model shows
            }
        }
    }

    private void replicate(XmlElement r, Pose at, String cls, String suffix) {
        int count = count(r);
        Vec3 offset = r.vector("offset", Vec3.ZERO);
        double[] euler = r.numbers("euler", 3);
        double[] e = euler == null ? new double[3] : euler;
        String sep = r.attribute("sep").orElse("");
        String inner = childClass(r, cls);
        int digits = Integer.toString(count).length();
        Vec3 position = Vec3.ZERO;
        for (int i = 0; i < count; i++) {
            // MuJoCo resolves i·euler afresh for each copy (for precision) and accumulates only the position
            Quat rotation = frames.eulerRotation(i * e[0], i * e[1], i * e[2]);
            String index = String.format(Locale.ROOT, "%0" + digits + "d", i);
            walk(r, at.compose(new Pose(position, rotation)), inner, sep + index + suffix, true);
            position = position.plus(rotation.rotate(offset));
        }
    }

    private static int count(XmlElement r) {
        String text = r.required("count").trim();
        try {
            int count = Integer.parseInt(text);
            if (count < 0) {
                throw r.error("attribute 'count' must not be negative: " + text);
            }
            return count;
        } catch (NumberFormatException ex) {
            throw r.error("attribute 'count' is not a whole number: '" + text + "'");
        }
    }

    private String childClass(XmlElement e, String inherited) {
        String cls = e.attribute("childclass").orElse(inherited);
        defaults.checkClass(e, cls);
        return cls;
    }
}
