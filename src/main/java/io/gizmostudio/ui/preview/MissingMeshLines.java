package io.gizmostudio.ui.preview;

import io.gizmostudio.core.format.DescriptionWarning;
import io.gizmostudio.core.format.RobotDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The preview's "missing meshes" list: each link shown without one or more of its meshes, with the mesh paths as
 * the file writes them, so the user sees at a glance which parts of the robot are not drawn.
 */
final class MissingMeshLines {
    static final String HEADER = "Missing meshes";

    private MissingMeshLines() {
    }

    /** No lines when every mesh is shown; else a header with the count, then one line per link. */
    static List<String> of(RobotDescription d) {
        Map<String, List<String>> byLink = new LinkedHashMap<>();
        for (DescriptionWarning w : d.missingMeshes()) {
            List<String> meshes = byLink.computeIfAbsent(w.link() == null ? "?" : w.link(), k -> new ArrayList<>());
            if (!meshes.contains(w.missingMesh())) {
                meshes.add(w.missingMesh());
            }
        }
        if (byLink.isEmpty()) {
            return List.of();
        }
        int count = byLink.values().stream().mapToInt(List::size).sum();
        List<String> lines = new ArrayList<>();
        lines.add(HEADER + " (" + count + ", " + byLink.size() + (byLink.size() == 1 ? " link" : " links") + "):");
        byLink.forEach((link, meshes) -> lines.add("  " + link + ": " + String.join(", ", meshes)));
        return lines;
    }
}
