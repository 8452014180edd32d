package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.MultiDofJoint;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * One degree of freedom of an MJCF joint, as a model joint will carry it. Hinge and slide joints are one
 * each; a ball joint is three rotations and a free joint three translations and three rotations
 * ({@link MultiDofJoint}), named {@code <joint>_x} … {@code <joint>_rz}.
 *
 * @param name       the joint name before it is made unique (with the replicate suffix)
 * @param anchor     where the degree of freedom acts, in the body frame (MuJoCo's joint {@code pos},
 *                   through any {@code <frame>} around the joint)
 * @param axis       its unit axis in the body frame
 * @param frameLink  the name for the frame-only link after it, or null for the reader's default
 * @param writtenName the name as the file writes it (null for a component of a ball or free joint), so
 *                   that {@code <equality>} can find it
 */
record MjcfDof(String name, JointType type, Vec3 anchor, Vec3 axis, JointLimits limits, JointDynamics dynamics,
               String frameLink, String writtenName, String suffix, XmlElement source) {

    /**
     * The degrees of freedom of the joint in {@code item}; {@code body} is the (suffixed) body name and
     * {@code bodyRotation} the body's orientation in its parent at zero.
     */
    static List<MjcfDof> read(MjcfBodyContent.Item item, String body, Quat bodyRotation, MjcfFrame frames,
                              MjcfDefaults defaults) {
        boolean freejoint = item.element().name().equals("freejoint");
        // MuJoCo creates a <freejoint/> without defaults; a <joint> takes its class
        XmlElement j = freejoint ? item.element() : defaults.resolve(item.element(), item.childClass());
        String name = item.name(body + "_joint");
        String type = freejoint ? "free" : j.attribute("type").orElse("hinge");
        Vec3 anchor = item.frame().transformPoint(j.vector("pos", Vec3.ZERO));
        Vec3 rawAxis = j.vector("axis", Vec3.UNIT_Z);
        if (rawAxis.norm() < 1e-12) {
            throw j.error("joint axis is zero");
        }
        Vec3 axis = item.frame().rotation().rotate(rawAxis).normalized();
        double[] range = j.numbers("range", 2);
        String limited = j.attribute("limited").orElse("auto");
        boolean isLimited = limited.equals("true") || (limited.equals("auto") && range != null);
        if (isLimited && range == null && !type.equals("free")) {
            throw j.error("limited joint '" + name + "' has no range");
        }
        // MuJoCo's range and springref are qpos values, and qpos is ref at the model's pose; our positions are
        // measured from that pose, so both are taken less ref
        boolean hinge = type.equals("hinge");
        double ref = hinge ? frames.angle(j.number("ref", 0)) : j.number("ref", 0);
        double springRef = j.number("springref", 0);
        JointDynamics dynamics = new JointDynamics(j.number("damping", 0), j.number("frictionloss", 0),
                j.number("stiffness", 0), (hinge ? frames.angle(springRef) : springRef) - ref);
        double[] force = j.numbers("actuatorfrcrange", 2);
        double effort = force == null ? 0 : force[1];
        String written = j.attribute("name").map(n -> n + item.suffix()).orElse(null);
        switch (type) {
            case "hinge": {
                JointLimits limits = isLimited ? new JointLimits(frames.angle(range[0]) - ref, frames.angle(range[1]) - ref, effort, 0)
                        : JointLimits.unbounded(effort, 0);
                return List.of(new MjcfDof(name, isLimited ? JointType.REVOLUTE : JointType.CONTINUOUS, anchor, axis, limits,
                        dynamics, null, written, item.suffix(), j));
            }
            case "slide": {
                JointLimits limits = isLimited ? new JointLimits(range[0] - ref, range[1] - ref, effort, 0)
                        : new JointLimits(-MultiDofJoint.UNLIMITED_TRAVEL, MultiDofJoint.UNLIMITED_TRAVEL, effort, 0);
                return List.of(new MjcfDof(name, JointType.PRISMATIC, anchor, axis, limits, dynamics, null, written, item.suffix(), j));
            }
            case "ball": {
                if (isLimited && range[0] != 0) {
                    throw j.error("a ball joint's range is '0 max-angle', not '" + j.attribute("range").orElse("") + "'");
                }
                double maxAngle = isLimited ? frames.angle(range[1]) : Double.NaN;
                return components(MultiDofJoint.ball(maxAngle, effort), name, body, anchor, dynamics, item.suffix(), j);
            }
            case "free":
                // a free joint turns about the body origin whatever its pos, and has no limits
                return components(MultiDofJoint.free(bodyRotation), name, body, Vec3.ZERO, dynamics, item.suffix(), j);
            default:
                throw j.error("unknown joint type '" + type + "'");
        }
    }

    private static List<MjcfDof> components(List<MultiDofJoint.Component> parts, String joint, String body, Vec3 anchor,
                                            JointDynamics dynamics, String suffix, XmlElement source) {
        List<MjcfDof> out = new ArrayList<>();
        for (MultiDofJoint.Component c : parts) {
            out.add(new MjcfDof(joint + "_" + c.suffix(), c.type(), anchor, c.axis(), c.limits(), dynamics,
                    body + "_" + joint + "_" + c.suffix(), null, suffix, source));
        }
        return out;
    }
}
