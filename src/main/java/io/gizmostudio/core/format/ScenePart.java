package io.gizmostudio.core.format;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.SceneExtent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One articulation placed in a scene at {@code pose} (its root frame in the Z-up scene frame). A
 * {@link Mobility#FIXED} part is welded to the world there; a {@link Mobility#FREE} one is a dynamic body that
 * starts there. {@code jointPositions} are the initial positions of its movable joints by name (rad or m; absent
 * joints start at zero; a joint that mimics another follows its leader and is not named here).
 */
public record ScenePart(String name, Articulation articulation, Pose pose, Mobility mobility,
                        Map<String, Double> jointPositions) {
    public ScenePart {
        if (name == null || name.isBlank() || articulation == null || pose == null || mobility == null) {
            throw new IllegalArgumentException("a scene part needs a name, an articulation, a pose and a mobility");
        }
        // The exporters' guard: out of range, MJCF diverges at the first step and USD's float32 overflows.
        checkCoordinate(name, "position.x", pose.position().x(), "m");
        checkCoordinate(name, "position.y", pose.position().y(), "m");
        checkCoordinate(name, "position.z", pose.position().z(), "m");
        Quat r = pose.rotation();
        if (!(Double.isFinite(r.x()) && Double.isFinite(r.y()) && Double.isFinite(r.z()) && Double.isFinite(r.w()))) {
            throw new IllegalArgumentException("scene part " + name + ": rotation must be finite");
        }
        jointPositions = Collections.unmodifiableMap(new LinkedHashMap<>(jointPositions == null ? Map.of() : jointPositions));
        for (Map.Entry<String, Double> e : jointPositions.entrySet()) {
            Joint j = articulation.joint(e.getKey()).filter(x -> x.type().isMovable() && x.mimic() == null).orElseThrow(() ->
                    new IllegalArgumentException("'" + e.getKey() + "' is not a movable, unmimicked joint of " + articulation.name()));
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("joint " + j.name() + " needs a finite initial position");
            }
            checkCoordinate(name, "joint " + j.name(), e.getValue(), "m or rad");
        }
    }

    private static void checkCoordinate(String part, String what, double v, String unit) {
        if (!SceneExtent.contains(v)) {
            throw new IllegalArgumentException("scene part " + part + ": " + what + " " + SceneExtent.problem(v, unit));
        }
    }

    /** A part welded to the world with every joint at zero, as scenes were before placements had mobility. */
    public ScenePart(String name, Articulation articulation, Pose pose) {
        this(name, articulation, pose, Mobility.FIXED, Map.of());
    }

    public boolean isFree() {
        return mobility == Mobility.FREE;
    }

    /** Whether any joint starts away from zero (mimic followers with an offset aside). */
    public boolean hasJointPositions() {
        return jointPositions.values().stream().anyMatch(q -> q != 0);
    }

    /** The initial position of {@code j}: as given, clamped to its limits, mimic joints following their leader. */
    public double initialPosition(Joint j) {
        return ForwardKinematics.position(articulation, j, jointPositions);
    }
}
