package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import java.util.Optional;

/**
 * The joint whose slider moves a link: its own parent joint when that is movable, otherwise the nearest
 * movable joint above it (a link welded to a moving link moves with it); a mimic joint is moved by its leader.
 * Empty for a link that nothing moves.
 */
final class MovingJoint {
    private MovingJoint() {
    }

    static Optional<Joint> of(Articulation a, String linkName) {
        String link = linkName;
        for (int guard = 0; guard <= a.links().size(); guard++) {
            Optional<Joint> parent = a.parentJoint(link);
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            Joint j = parent.get();
            if (j.type().isMovable()) {
                return j.mimic() == null ? Optional.of(j) : a.joint(j.mimic().joint()).or(() -> Optional.of(j));
            }
            link = j.parent();
        }
        return Optional.empty();
    }
}
