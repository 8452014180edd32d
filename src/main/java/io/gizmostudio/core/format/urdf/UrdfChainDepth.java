package io.gizmostudio.core.format.urdf;

import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.Joint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a URDF whose links chain deeper than a limit, or loop, before anything walks the tree recursively
 * (forward kinematics, writers): a clear error instead of a {@link StackOverflowError} or an endless walk.
 * Depths are counted without recursion, each link's once.
 */
final class UrdfChainDepth {
    private UrdfChainDepth() {
    }

    static void check(XmlElement robot, List<Joint> joints, int maxDepth) {
        Map<String, String> parentOf = new HashMap<>();
        for (Joint j : joints) {
            parentOf.put(j.child(), j.parent());
        }
        Map<String, Integer> depth = new HashMap<>();
        for (String start : parentOf.keySet()) {
            // walk up to a link whose depth is known (or the root), then fill in the depths on the way back
            java.util.ArrayList<String> path = new java.util.ArrayList<>();
            java.util.HashSet<String> onPath = new java.util.HashSet<>();
            String at = start;
            while (at != null && !depth.containsKey(at)) {
                if (!onPath.add(at)) {
                    throw robot.error("the joints form a loop through link '" + at + "'");
                }
                path.add(at);
                at = parentOf.get(at);
            }
            int d = at == null ? -1 : depth.get(at);
            for (int i = path.size() - 1; i >= 0; i--) {
                d++;
                if (d > maxDepth) {
                    throw robot.error("link '" + path.get(i) + "' is more than " + maxDepth
                            + " joints from the root link, over the chain depth limit (ReadOptions.maxChainDepth)");
                }
                depth.put(path.get(i), d);
            }
        }
    }
}
