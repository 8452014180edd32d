package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.Drive;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointLimits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An MJCF file's {@code <actuator>} section as drives on the joints they move, so that a converted or imported model
 * is driven like the source: {@code <position kp kv>} and the affine {@code <general>} servo (kp·ctrl − kp·q − kv·q̇,
 * what this app writes) become a position drive, {@code <velocity kv>} a velocity drive, each with its force range
 * (or the joint's effort limit) as the largest force. What has no drive in the app's model (torque motors, integrated
 * velocity, dampers, cylinders, muscles, adhesion, tendon or site transmissions, a gear other than 1) is left out with
 * a note naming the file and line, never silently.
 */
final class MjcfActuators {
    /** Used when neither the actuator nor the joint states a force: what the importer assumes for a missing effort. */
    static final double UNSTATED_FORCE = 1000;

    private MjcfActuators() {
    }

    /**
     * The joints with the drives of {@code mujoco}'s actuators; {@code jointNames} maps MJCF joint names to the
     * articulation's. A joint driven twice keeps its first actuator (noted).
     */
    static void apply(XmlElement mujoco, MjcfDefaults defaults, Map<String, String> jointNames, List<Joint> joints,
                      BiConsumer<XmlElement, String> note) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < joints.size(); i++) {
            index.put(joints.get(i).name(), i);
        }
        for (XmlElement section : mujoco.children("actuator")) {
            for (XmlElement raw : section.children()) {
                XmlElement a = defaults.resolve(raw, null);
                String target = a.attribute("joint").or(() -> a.attribute("jointinparent")).orElse(null);
                if (target == null) {
                    note.accept(a, "<" + a.name() + "> drives a tendon, site or body, which the app's joints do not carry: left out");
                    continue;
                }
                String name = jointNames.get(target);
                Integer at = name == null ? null : index.get(name);
                if (at == null) {
                    note.accept(a, "<" + a.name() + "> names joint '" + target + "', which is not read: left out");
                    continue;
                }
                Joint j = joints.get(at);
                if (j.drive() != null) {
                    note.accept(a, "joint '" + target + "' has a second actuator <" + a.name() + ">: the first one is kept");
                    continue;
                }
                double[] gear = a.numbers("gear");
                if (gear != null && gear.length > 0 && gear[0] != 1) {
                    note.accept(a, "<" + a.name() + "> on '" + target + "' has gear " + gear[0] + ": left out (drives act on the joint directly)");
                    continue;
                }
                Drive d = drive(a, j);
                if (d == null) {
                    note.accept(a, "<" + a.name() + "> on '" + target + "' is not a position or velocity servo (the app has no "
                            + "torque motors): left out, the joint is passive");
                    continue;
                }
                joints.set(at, j.withDrive(d));
            }
        }
    }

    /** The drive an actuator amounts to, or null when it is none the app models. */
    private static Drive drive(XmlElement a, Joint j) {
        return switch (a.name()) {
            case "position" -> new Drive(a.number("kp", 1), a.number("kv", 0), force(a, j));
            case "velocity" -> new Drive(0, a.number("kv", 1), force(a, j));
            case "general" -> general(a, j);
            default -> null;
        };
    }

    /** An affine {@code <general>} with gain kp and bias (0, −kp, −kv) is a position servo; anything else is not. */
    private static Drive general(XmlElement a, Joint j) {
        if (!a.attribute("biastype").orElse("none").equals("affine") || !a.attribute("gaintype").orElse("fixed").equals("fixed")) {
            return null;
        }
        double[] gain = a.numbers("gainprm");
        double[] bias = a.numbers("biasprm");
        double kp = gain == null || gain.length == 0 ? 1 : gain[0];
        if (bias == null || bias.length < 2 || bias[0] != 0 || Math.abs(bias[1] + kp) > 1e-9 * Math.max(1, Math.abs(kp))) {
            return null;
        }
        double kv = bias.length > 2 ? -bias[2] : 0;
        return kp > 0 && kv >= 0 ? new Drive(kp, kv, force(a, j)) : null;
    }

    private static double force(XmlElement a, Joint j) {
        double[] range = a.numbers("forcerange", 2);
        boolean limited = !a.attribute("forcelimited").orElse(range == null ? "false" : "auto").equals("false");
        if (limited && range != null) {
            double f = Math.max(Math.abs(range[0]), Math.abs(range[1]));
            if (f > 0) {
                return f;
            }
        }
        JointLimits l = j.limits();
        return l != null && l.effort() > 0 && Double.isFinite(l.effort()) ? l.effort() : UNSTATED_FORCE;
    }
}
