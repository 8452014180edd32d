package io.gizmostudio.ui.preview;

import io.gizmostudio.core.format.RobotDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The robot descriptions the preview read most recently, by asset id, so going back to an asset shows it without
 * reading its bundle again. A ready asset never changes (regenerating makes a new one), so nothing goes stale;
 * the cache is bounded by count (least recently shown first out). UI thread only.
 */
final class ParsedModels {
    private final Map<String, RobotDescription> byAsset;

    ParsedModels(int capacity) {
        this.byAsset = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RobotDescription> eldest) {
                return size() > capacity;
            }
        };
    }

    Optional<RobotDescription> get(String assetId) {
        return Optional.ofNullable(byAsset.get(assetId));
    }

    void put(String assetId, RobotDescription description) {
        byAsset.put(assetId, description);
    }

    int size() {
        return byAsset.size();
    }
}
