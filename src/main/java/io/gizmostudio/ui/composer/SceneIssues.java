package io.gizmostudio.ui.composer;

import io.gizmostudio.core.scene.PlacementIssue;
import io.gizmostudio.core.scene.SceneChecks;
import io.gizmostudio.core.scene.SceneDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The live checks (overlap, floating, sinking) of a document, by placement id; only changed entries are written. */
final class SceneIssues {
    private final PlacementGeometry geometry;
    private final ObservableMap<String, List<PlacementIssue>> issues = FXCollections.observableHashMap();

    SceneIssues(PlacementGeometry geometry) {
        this.geometry = geometry;
    }

    ObservableMap<String, List<PlacementIssue>> map() {
        return issues;
    }

    void refresh(SceneDocument doc) {
        Map<String, List<PlacementIssue>> next = new HashMap<>();
        for (PlacementIssue i : SceneChecks.run(geometry.shapes(doc, Set.of()))) {
            next.computeIfAbsent(i.placementId(), k -> new ArrayList<>()).add(i);
        }
        issues.keySet().retainAll(next.keySet());
        next.forEach((id, list) -> {
            if (!list.equals(issues.get(id))) {
                issues.put(id, List.copyOf(list));
            }
        });
    }
}
