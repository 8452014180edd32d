package io.gizmostudio.core.generate.family;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Simulators push apart touching bodies that are not joined to each other, so at the zero pose the collision
 * shapes of links that are not neighbours (parent and child) must keep clear of each other.
 */
class RobotFamilyGeometryTest {
    @ParameterizedTest
    @ValueSource(strings = {"a 3-DOF arm", "a 4-DOF arm", "a 5-DOF arm", "a 6-DOF arm", "a 7-DOF arm",
        "a heavy-duty 6-DOF arm", "a tiny arm with 0.25 m reach", "a 7-DOF arm with a three finger gripper",
        "a 6-DOF arm with a parallel gripper", "a 5-DOF arm with a suction cup", "a scara with a gripper",
        "a 3-axis scara", "an agv with a 6-DOF arm", "a rover with an arm and a pan tilt camera",
        "a six-wheeled rover", "a differential drive robot", "a 3-wheeled robot", "a gantry with a gripper",
        "a 2-axis gantry", "a 1-axis gantry", "a linear stage", "an xy table", "a cartesian robot",
        "a pan tilt unit", "a large rover", "a small agv"})
    void linksThatAreNotNeighboursDoNotTouchAtTheZeroPose(String prompt) {
        Articulation a = new AssetGenerator().generate(prompt, 4).articulation();
        Map<String, Pose> poses = ForwardKinematics.linkPoses(a, Map.of());
        List<Link> links = a.links();
        List<String> touching = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            for (int k = i + 1; k < links.size(); k++) {
                Link p = links.get(i);
                Link q = links.get(k);
                if (neighbours(a, p.name(), q.name())) {
                    continue;
                }
                for (Collision cp : p.collisions()) {
                    for (Collision cq : q.collisions()) {
                        if (overlap(bounds(cp, poses.get(p.name())), bounds(cq, poses.get(q.name())))) {
                            touching.add(p.name() + "/" + cp.name() + " ~ " + q.name() + "/" + cq.name());
                        }
                    }
                }
            }
        }
        assertThat(touching).as(prompt).isEmpty();
    }

    private static boolean neighbours(Articulation a, String x, String y) {
        for (Joint j : a.joints()) {
            if ((j.parent().equals(x) && j.child().equals(y)) || (j.parent().equals(y) && j.child().equals(x))) {
                return true;
            }
        }
        return false;
    }

    private static Aabb bounds(Collision c, Pose link) {
        return c.geometry().localBounds().transformed(link.compose(c.origin()));
    }

    private static boolean overlap(Aabb u, Aabb v) {
        double eps = 1e-6;
        return u.min().x() < v.max().x() - eps && v.min().x() < u.max().x() - eps
                && u.min().y() < v.max().y() - eps && v.min().y() < u.max().y() - eps
                && u.min().z() < v.max().z() - eps && v.min().z() < u.max().z() - eps;
    }
}
