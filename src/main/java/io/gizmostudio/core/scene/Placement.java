package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Pose;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One asset placed in a scene: its root frame at {@code pose} (scene frame), its joints at
 * {@code jointPositions} (radians / metres, by joint name; joints not named sit at zero). The same asset may be
 * placed many times, so {@code id} (unique within a scene) and not {@code assetId} identifies a placement.
 * A null {@code jointPositions} is read as none, a null {@code mobility} as {@link Mobility#FIXED}.
 */
public record Placement(String id, String assetId, String name, Pose pose, Map<String, Double> jointPositions,
                        Mobility mobility) {
    /** The prefix of ids given to placements no server has seen yet; a save replaces them with the server's. */
    public static final String LOCAL_ID_PREFIX = "local-";

    public Placement {
        requireNonBlank(id, "id");
        requireNonBlank(assetId, "assetId");
        requireNonBlank(name, "name");
        if (pose == null || !pose.isFinite()) {
            throw new IllegalArgumentException("placement " + id + " needs a finite pose, got " + pose);
        }
        if (jointPositions == null) {
            jointPositions = Map.of();
        }
        for (Map.Entry<String, Double> e : jointPositions.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("placement " + id + " has a joint position that is not a finite number: "
                        + e.getKey() + "=" + e.getValue());
            }
        }
        jointPositions = Map.copyOf(jointPositions);
        if (mobility == null) {
            mobility = Mobility.FIXED;
        }
    }

    private static void requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("placement needs a non-blank " + what);
        }
    }

    public Placement withPose(Pose p) {
        return new Placement(id, assetId, name, p, jointPositions, mobility);
    }

    public Placement withName(String n) {
        return new Placement(id, assetId, n, pose, jointPositions, mobility);
    }

    public Placement withJointPositions(Map<String, Double> q) {
        return new Placement(id, assetId, name, pose, q, mobility);
    }

    /** This placement with one joint set, the others kept. */
    public Placement withJointPosition(String joint, double position) {
        Map<String, Double> q = new LinkedHashMap<>(jointPositions);
        q.put(joint, position);
        return withJointPositions(q);
    }

    public Placement withMobility(Mobility m) {
        return new Placement(id, assetId, name, pose, jointPositions, m);
    }

    /** True while no server has given this placement its own id. */
    public boolean hasLocalId() {
        return id.startsWith(LOCAL_ID_PREFIX);
    }

    public Placement withId(String newId) {
        return new Placement(newId, assetId, name, pose, jointPositions, mobility);
    }
}
