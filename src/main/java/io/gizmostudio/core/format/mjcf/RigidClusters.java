package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of links welded together by fixed joints: one rigid body as far as the physics is concerned.
 * Used to exclude contacts between every link on one side of a movable joint and every link on the
 * other (a drawer's handle must not collide with the carcass the drawer slides in).
 */
final class RigidClusters {
    private final Map<String, String> representative = new HashMap<>();
    private final Map<String, List<String>> members = new LinkedHashMap<>();

    RigidClusters(Articulation a) {
        for (Link l : a.linksInTreeOrder()) {
            Joint j = a.parentJoint(l.name()).orElse(null);
            String rep = j != null && !j.type().isMovable() ? representative.get(j.parent()) : l.name();
            if (rep == null) {
                rep = l.name();
            }
            representative.put(l.name(), rep);
            members.computeIfAbsent(rep, k -> new ArrayList<>()).add(l.name());
        }
    }

    /** Every link welded to {@code link} (itself included), parents before children. */
    List<String> clusterOf(String link) {
        return members.getOrDefault(representative.get(link), List.of(link));
    }
}
