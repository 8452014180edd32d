package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.DecimalText;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The model's qpos layout as the reader meets its joints (MuJoCo's order: bodies depth first as written, each
 * body's joints in order; a hinge or slide is one value, a ball four, a free joint seven) and the keyframe
 * {@value MjcfWriter#KEYFRAME} read onto it: the position each hinge and slide starts at, which becomes the
 * articulation's initial positions. A ball's or free joint's values are not joint positions of the model (a free
 * body's pose is where it is placed), so they are skipped. Key values are MuJoCo's qpos, in radians whatever the
 * compiler's angle unit, measured from the model pose plus the joint's {@code ref}.
 */
final class MjcfKeyframe {
    private record Slot(String joint, double ref, int width) {
    }

    private final List<Slot> slots = new ArrayList<>();

    /** The degrees of freedom one joint element became ({@code dofs}), named {@code names} in the model. */
    void add(List<MjcfDof> dofs, List<String> names, MjcfFrame frame) {
        if (dofs.size() == 1) {
            MjcfDof d = dofs.get(0);
            double ref = d.source().number("ref", 0);
            slots.add(new Slot(names.get(0), d.type() == JointType.PRISMATIC ? ref : frame.angle(ref), 1));
        } else {
            slots.add(new Slot(null, 0, dofs.size() + 1)); // 3 rotations in a quaternion, or 3 + 4 for a free joint
        }
    }

    /**
     * The initial positions the {@value MjcfWriter#KEYFRAME} key gives {@code joints} (empty without that key or its
     * qpos); a value outside a joint's limits is clamped into them and {@code notes} says so.
     */
    Map<String, Double> initialPositions(XmlElement mujoco, Map<String, Joint> joints, BiConsumer<XmlElement, String> notes) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (XmlElement keyframe : mujoco.children("keyframe")) {
            for (XmlElement key : keyframe.children("key")) {
                if (!key.attribute("name").orElse("").equals(MjcfWriter.KEYFRAME)) {
                    continue;
                }
                double[] qpos = key.numbers("qpos");
                if (qpos == null) {
                    return out;
                }
                int size = slots.stream().mapToInt(Slot::width).sum();
                if (qpos.length != size) {
                    throw key.error("key '" + MjcfWriter.KEYFRAME + "' has " + qpos.length + " qpos values; the model's joints take "
                            + size);
                }
                int at = 0;
                for (Slot s : slots) {
                    if (s.joint() != null) {
                        out.put(s.joint(), inRange(joints.get(s.joint()), qpos[at] - s.ref(), key, notes));
                    }
                    at += s.width();
                }
                return out;
            }
        }
        return out;
    }

    private static double inRange(Joint j, double q, XmlElement key, BiConsumer<XmlElement, String> notes) {
        if (!j.type().isLimited() || j.limits() == null) {
            return q;
        }
        double clamped = j.limits().clamp(q);
        if (Math.abs(clamped - q) > 1e-9) {
            notes.accept(key, "key '" + MjcfWriter.KEYFRAME + "' starts joint '" + j.name() + "' at " + DecimalText.of(q)
                    + ", outside its range; it starts at " + DecimalText.of(clamped));
        }
        return clamped;
    }
}
