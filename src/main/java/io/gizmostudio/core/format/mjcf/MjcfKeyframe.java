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
 * compiler's angle unit, measured from the model pose plus the joint's {@code ref}. Without the key a joint starts at
 * qpos0, the model's pose; a start outside the joint's range is kept, as MuJoCo keeps it (an imported asset is
 * brought inside its limits later, by {@code ImportedAsset}).
 */
final class MjcfKeyframe {
    private record Slot(String joint, double ref, int width, XmlElement source) {
    }

    private final List<Slot> slots = new ArrayList<>();

    /** The degrees of freedom one joint element became ({@code dofs}), named {@code names} in the model. */
    void add(List<MjcfDof> dofs, List<String> names, MjcfFrame frame) {
        if (dofs.size() == 1) {
            MjcfDof d = dofs.get(0);
            double ref = d.source().number("ref", 0);
            slots.add(new Slot(names.get(0), d.type() == JointType.PRISMATIC ? ref : frame.angle(ref), 1, d.source()));
        } else {
            slots.add(new Slot(null, 0, dofs.size() + 1, null)); // 3 rotations in a quaternion, or 3 + 4 for a free joint
        }
    }

    /**
     * The start state: where MuJoCo starts each hinge and slide. That is the {@value MjcfWriter#KEYFRAME} key's qpos
     * when the model has one, else qpos0, the model's pose (our zero); either may lie outside a joint's range, which
     * MuJoCo allows (its limit then pushes the joint back once it runs), so it is kept as it is rather than clamped,
     * and {@code notes} says so. Only joints that start away from zero, or outside their range, are named.
     */
    Map<String, Double> initialPositions(XmlElement mujoco, Map<String, Joint> joints, BiConsumer<XmlElement, String> notes) {
        Map<String, Double> out = new LinkedHashMap<>();
        XmlElement key = initialKey(mujoco);
        double[] qpos = key == null ? null : key.numbers("qpos");
        if (qpos != null) {
            int size = slots.stream().mapToInt(Slot::width).sum();
            if (qpos.length != size) {
                throw key.error("key '" + MjcfWriter.KEYFRAME + "' has " + qpos.length + " qpos values; the model's joints take "
                        + size);
            }
        }
        int at = 0;
        for (Slot s : slots) {
            if (s.joint() != null) {
                Joint j = joints.get(s.joint());
                double q = qpos == null ? 0 : qpos[at] - s.ref();
                if (qpos != null) {
                    out.put(s.joint(), q);
                }
                if (outsideRange(j, q)) {
                    out.put(s.joint(), q);
                    notes.accept(qpos == null ? s.source() : key, "joint '" + j.name() + "' starts at "
                            + (qpos == null ? "qpos0 (the model's pose)" : "the value of key '" + MjcfWriter.KEYFRAME + "', "
                            + DecimalText.of(qpos[at])) + ", outside its range; MuJoCo starts it there (the limit then"
                            + " pushes it back), and so does the preview");
                }
            }
            at += s.width();
        }
        return out;
    }

    private static XmlElement initialKey(XmlElement mujoco) {
        for (XmlElement keyframe : mujoco.children("keyframe")) {
            for (XmlElement key : keyframe.children("key")) {
                if (key.attribute("name").orElse("").equals(MjcfWriter.KEYFRAME)) {
                    return key;
                }
            }
        }
        return null;
    }

    private static boolean outsideRange(Joint j, double q) {
        return j.type().isLimited() && j.limits() != null
                && (q < j.limits().lower() - 1e-12 || q > j.limits().upper() + 1e-12);
    }
}
