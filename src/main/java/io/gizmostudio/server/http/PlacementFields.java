package io.gizmostudio.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.api.PlacementMobility;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.SceneExtent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The local-engine fields of a placement body: {@code name}, {@code mobility} ({@code "fixed"} | {@code "free"})
 * and {@code joint_positions} (the asset's movable joint names → numbers within the joint's limits and ±10,000; a
 * joint that mimics another is set through its leader). Bad values are 400 {@code invalid_field}.
 */
final class PlacementFields {
    /** Rounding in a client's degree-to-radian conversion must not push a value at a limit out of range. */
    private static final double LIMIT_SLACK = 1e-9;
    private static final int MAX_LISTED = 20;

    private PlacementFields() {
    }

    static Optional<String> name(JsonFields f) {
        if (!f.has("name")) {
            return Optional.empty();
        }
        String raw = f.string("name").orElseThrow(() -> ApiException.invalidField("name", "must not be null"));
        return Optional.of(FieldRules.name("name", raw));
    }

    /** The named mobility; empty when absent or null (the asset's default). */
    static Optional<Mobility> mobility(JsonFields f) {
        return f.string("mobility").map(raw -> PlacementMobility.canonical(raw)
                .map(v -> Mobility.valueOf(v.toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> ApiException.invalidField("mobility", "must be \"" + PlacementMobility.FIXED + "\" or \""
                        + PlacementMobility.FREE + "\", not \"" + Paging.abbreviate(raw) + "\"")));
    }

    /**
     * The raw {@code joint_positions} object with every value checked to be a finite number within ±10,000 (m or rad,
     * {@link SceneExtent}); empty when absent or null.
     */
    static Optional<JsonNode> jointPositions(JsonFields f) {
        Optional<JsonNode> node = f.object("joint_positions");
        node.ifPresent(n -> n.fields().forEachRemaining(e -> {
            double q = JsonFields.component(n, "joint_positions", e.getKey());
            if (!SceneExtent.contains(q)) {
                throw ApiException.invalidField("joint_positions." + Paging.abbreviate(e.getKey()), SceneExtent.problem(q, "m or rad"));
            }
        }));
        return node;
    }

    /** Checks {@code positions} against the asset's joints: the values by joint name in the asset's joint order. */
    static Map<String, Double> resolve(JsonNode positions, Articulation articulation) {
        Map<String, Double> given = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = positions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = "joint_positions." + Paging.abbreviate(e.getKey());
            Joint joint = articulation.joint(e.getKey()).filter(j -> j.type().isMovable())
                    .orElseThrow(() -> ApiException.invalidField(field, "names no movable joint of this asset; its joints are "
                            + jointList(articulation)));
            if (joint.mimic() != null) {
                throw ApiException.invalidField(field, "follows '" + joint.mimic().joint() + "'; set that joint instead");
            }
            double q = e.getValue().doubleValue();
            if (joint.type().isLimited() && joint.limits() != null
                    && (q < joint.limits().lower() - LIMIT_SLACK || q > joint.limits().upper() + LIMIT_SLACK)) {
                throw ApiException.invalidField(field, "must lie within the joint's limits [" + joint.limits().lower() + ", "
                        + joint.limits().upper() + "] (" + (joint.type().isRotational() ? "rad" : "m") + "), not " + q);
            }
            given.put(joint.name(), joint.type().isLimited() && joint.limits() != null ? joint.limits().clamp(q) : q);
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Joint j : articulation.movableJoints()) {
            if (given.containsKey(j.name())) {
                ordered.put(j.name(), given.get(j.name()));
            }
        }
        return ordered;
    }

    private static String jointList(Articulation a) {
        List<String> names = new ArrayList<>();
        for (Joint j : a.movableJoints()) {
            if (j.mimic() == null) {
                names.add(j.name());
            }
        }
        if (names.isEmpty()) {
            return "none (it has no movable joints)";
        }
        return names.size() <= MAX_LISTED ? String.join(", ", names)
                : String.join(", ", names.subList(0, MAX_LISTED)) + " and " + (names.size() - MAX_LISTED) + " more";
    }
}
