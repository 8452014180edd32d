package io.gizmostudio.ui.preview;

import io.gizmostudio.core.format.FloatingRoot;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The preview's details list: counts, total mass, size, then one line per joint (type, axis, limits). */
final class ArticulationSummary {
    private ArticulationSummary() {
    }

    static List<String> lines(Articulation a) {
        List<String> out = new ArrayList<>();
        String counts = String.format(Locale.ROOT, "%d links, %d joints (%d movable)", a.links().size(), a.joints().size(),
                a.movableJoints().size());
        if (FloatingRoot.isFreeBase(a)) {
            // MuJoCo's nv: the free joint's six are not sliders here, but they are degrees of freedom
            counts += String.format(Locale.ROOT, " on a free-floating base: %d DOF, 6 of them the free base",
                    a.degreesOfFreedom() + 6);
        }
        out.add(counts);
        out.add(String.format(Locale.ROOT, "Total mass %.2f kg", a.totalMass()));
        Aabb b = ForwardKinematics.bounds(a);
        if (!b.isEmpty()) {
            Vec3 s = b.size();
            out.add(String.format(Locale.ROOT, "Size %.3f × %.3f × %.3f m", s.x(), s.y(), s.z()));
        }
        for (Joint j : a.movableJoints()) {
            out.add(joint(j));
        }
        return out;
    }

    private static String joint(Joint j) {
        Vec3 ax = j.axis();
        String axis = String.format(Locale.ROOT, "axis (%.2f, %.2f, %.2f)", ax.x(), ax.y(), ax.z());
        String limits = "";
        if (j.type().isLimited() && j.limits() != null) {
            limits = j.type().isRotational()
                    ? String.format(Locale.ROOT, ", %.1f° … %.1f°", Math.toDegrees(j.limits().lower()), Math.toDegrees(j.limits().upper()))
                    : String.format(Locale.ROOT, ", %.1f … %.1f mm", j.limits().lower() * 1000, j.limits().upper() * 1000);
        }
        String mimic = j.mimic() == null ? "" : ", follows " + j.mimic().joint();
        return j.name() + ": " + j.type().urdfName() + ", " + axis + limits + mimic;
    }
}
