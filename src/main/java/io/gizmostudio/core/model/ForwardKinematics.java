package io.gizmostudio.core.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** Joint positions → the pose of every link in the articulation's root frame. */
public final class ForwardKinematics {
    private ForwardKinematics() {
    }

    /**
     * Poses of every link reachable from the root. Joints missing from {@code positions} sit at zero;
     * mimic joints follow their leaders; limited joints are clamped to their range.
     */
    public static Map<String, Pose> linkPoses(Articulation a, Map<String, Double> positions) {
        return linkPoses(a, positions, true);
    }

    /**
     * As {@link #linkPoses(Articulation, Map)}; without {@code clampToLimits} a position outside a joint's limits is
     * posed where it is (a viewer showing a start state MuJoCo allows outside the range: an MJCF qpos0).
     */
    public static Map<String, Pose> linkPoses(Articulation a, Map<String, Double> positions, boolean clampToLimits) {
        Map<String, Pose> poses = new LinkedHashMap<>();
        String root = a.root().name();
        poses.put(root, Pose.IDENTITY);
        walk(a, root, Pose.IDENTITY, positions, clampToLimits, poses);
        return poses;
    }

    private static void walk(Articulation a, String link, Pose pose, Map<String, Double> q, boolean clamp, Map<String, Pose> out) {
        for (Joint j : a.childJoints(link)) {
            if (out.containsKey(j.child())) {
                continue; // a cycle in a broken model: never loop
            }
            Pose child = pose.compose(j.childPose(position(a, j, q, clamp)));
            out.put(j.child(), child);
            walk(a, j.child(), child, q, clamp, out);
        }
    }

    /** The effective position of {@code j}, following mimic and clamping to limits. */
    public static double position(Articulation a, Joint j, Map<String, Double> q) {
        return position(a, j, q, true);
    }

    /** The effective position of {@code j}, following mimic, clamped to its limits if {@code clampToLimits}. */
    public static double position(Articulation a, Joint j, Map<String, Double> q, boolean clampToLimits) {
        double v;
        if (j.mimic() != null) {
            Joint leader = a.joint(j.mimic().joint()).orElse(null);
            double lq = leader == null || leader.mimic() != null ? 0 : q.getOrDefault(leader.name(), 0.0);
            v = j.mimic().multiplier() * lq + j.mimic().offset();
        } else {
            v = q.getOrDefault(j.name(), 0.0);
        }
        if (clampToLimits && j.type().isLimited() && j.limits() != null) {
            v = j.limits().clamp(v);
        }
        return j.type().isMovable() ? v : 0;
    }

    /** World bounds of all visual geometry at the given joint positions. */
    public static Aabb bounds(Articulation a, Map<String, Double> positions) {
        Map<String, Pose> poses = linkPoses(a, positions);
        Aabb box = Aabb.EMPTY;
        for (Link l : a.links()) {
            Pose p = poses.get(l.name());
            if (p != null) {
                box = box.union(l.localBounds().transformed(p));
            }
        }
        return box;
    }

    public static Aabb bounds(Articulation a) {
        return bounds(a, Map.of());
    }
}
