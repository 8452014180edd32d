package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Test-side questions about a built articulation: joints by kind, world poses, overlapping collisions. */
final class ArticulationProbe {
    private ArticulationProbe() {
    }

    static Articulation build(FamilyBuilder family, AssetSpec spec) {
        return family.build(spec, new SplittableRandom(42));
    }

    static List<Joint> joints(Articulation a, JointType type) {
        return a.joints().stream().filter(j -> j.type() == type).toList();
    }

    static List<Joint> jointsNamed(Articulation a, String prefix) {
        return a.joints().stream().filter(j -> j.name().startsWith(prefix)).toList();
    }

    static Joint joint(Articulation a, String name) {
        return a.joint(name).orElseThrow(() -> new AssertionError("no joint " + name + " in " + a.joints()));
    }

    /** World position of a joint's origin at the zero pose. */
    static Vec3 jointOrigin(Articulation a, Joint j) {
        Pose parent = ForwardKinematics.linkPoses(a, Map.of()).get(j.parent());
        return parent.compose(j.origin()).position();
    }

    /** World bounds of one link's visuals at the given joint positions. */
    static Aabb linkBounds(Articulation a, String link, Map<String, Double> q) {
        Pose p = ForwardKinematics.linkPoses(a, q).get(link);
        return a.link(link).orElseThrow().localBounds().transformed(p);
    }

    static Aabb collisionBounds(Link l, Pose pose) {
        Aabb box = Aabb.EMPTY;
        for (Collision c : l.collisions()) {
            box = box.union(c.geometry().localBounds().transformed(c.origin()).transformed(pose));
        }
        return box;
    }

    /**
     * Pairs of collision shapes on different links whose world boxes overlap by more than {@code tolerance} on
     * every axis at the given pose. Boxes of rotated shapes are conservative, so callers use it where shapes
     * are axis-aligned.
     */
    static List<String> overlaps(Articulation a, Map<String, Double> q, double tolerance) {
        return overlaps(a, q, tolerance, true);
    }

    /** As {@link #overlaps(Articulation, Map, double)}; {@code jointedPairs=false} skips links joined to each other. */
    static List<String> overlaps(Articulation a, Map<String, Double> q, double tolerance, boolean jointedPairs) {
        Map<String, Pose> poses = ForwardKinematics.linkPoses(a, q);
        List<String> out = new ArrayList<>();
        List<Link> links = a.links();
        for (int i = 0; i < links.size(); i++) {
            for (int k = i + 1; k < links.size(); k++) {
                Link l1 = links.get(i);
                Link l2 = links.get(k);
                if (!jointedPairs && jointed(a, l1.name(), l2.name())) {
                    continue;
                }
                for (Collision c1 : l1.collisions()) {
                    Aabb b1 = c1.geometry().localBounds().transformed(c1.origin()).transformed(poses.get(l1.name()));
                    for (Collision c2 : l2.collisions()) {
                        Aabb b2 = c2.geometry().localBounds().transformed(c2.origin()).transformed(poses.get(l2.name()));
                        if (overlap(b1, b2, tolerance)) {
                            out.add(c1.name() + " x " + c2.name());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean jointed(Articulation a, String l1, String l2) {
        return a.joints().stream().anyMatch(j -> j.parent().equals(l1) && j.child().equals(l2)
                || j.parent().equals(l2) && j.child().equals(l1));
    }

    private static boolean overlap(Aabb a, Aabb b, double tol) {
        return a.min().x() + tol < b.max().x() && b.min().x() + tol < a.max().x()
                && a.min().y() + tol < b.max().y() && b.min().y() + tol < a.max().y()
                && a.min().z() + tol < b.max().z() && b.min().z() + tol < a.max().z();
    }
}
