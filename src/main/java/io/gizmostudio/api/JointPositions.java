package io.gizmostudio.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copies of {@code joint_positions} maps: order kept (the server sends the asset's joint order), unmodifiable. */
final class JointPositions {
    private JointPositions() {
    }

    static Map<String, Double> copy(Map<String, Double> positions) {
        return positions == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }
}
