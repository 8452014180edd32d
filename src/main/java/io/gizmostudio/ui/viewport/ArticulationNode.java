package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * One articulation drawn in 3D: a group per link placed by forward kinematics in the articulation's root frame.
 * The preview's viewport shows one with its overlays; the scene composer shows one per placement, sharing
 * meshes and materials between placements of the same asset and leaving the overlays out.
 */
public final class ArticulationNode {
    private final Articulation articulation;
    private final Group root = new Group();
    private final Map<String, LinkNode> links = new LinkedHashMap<>();
    private Map<String, Double> positions = Map.of();

    /** The preview's drawing: every overlay, meshes of its own. */
    ArticulationNode(Articulation articulation, double overlaySize) {
        this(articulation, overlaySize, null, true);
    }

    /** The composer's drawing: visual geometry only, meshes and materials from {@code shared}. */
    public ArticulationNode(Articulation articulation, SharedGeometry shared) {
        this(articulation, 0.05, shared, false);
    }

    private ArticulationNode(Articulation articulation, double overlaySize, SharedGeometry shared, boolean overlays) {
        this.articulation = articulation;
        for (Link l : articulation.linksInTreeOrder()) {
            LinkNode n = new LinkNode(l, articulation.parentJoint(l.name()).orElse(null), overlaySize, shared, overlays);
            links.put(l.name(), n);
            root.getChildren().add(n.root());
        }
        setJointPositions(Map.of());
    }

    public Group root() {
        return root;
    }

    public Articulation articulation() {
        return articulation;
    }

    /** Poses every link by forward kinematics; joints not named stay at zero. */
    public void setJointPositions(Map<String, Double> q) {
        positions = Map.copyOf(q);
        // the sliders keep positions in their ranges; a start outside a joint's limits (MJCF qpos0) is shown as it is
        Map<String, Pose> poses = ForwardKinematics.linkPoses(articulation, positions, false);
        poses.forEach((name, pose) -> {
            LinkNode n = links.get(name);
            if (n != null) {
                GeometryNodes.setPose(n.pose(), pose);
                articulation.parentJoint(name).ifPresent(j -> n.setJointPosition(ForwardKinematics.position(articulation, j, positions, false)));
            }
        });
    }

    public Map<String, Double> jointPositions() {
        return positions;
    }

    /** Tints every link: the composer marks a whole selected placement. */
    public void setHighlight(boolean selected) {
        links.values().forEach(n -> n.setHighlight(selected ? LinkHighlight.SELECTED : LinkHighlight.NONE));
    }

    /** The name of the link that {@code picked} (a node under the pointer) belongs to, if it is one of ours. */
    public Optional<String> linkOf(Node picked) {
        for (Node n = picked; n != null && n != root; n = n.getParent()) {
            if (n.getUserData() instanceof String name && links.containsKey(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    Collection<LinkNode> linkNodes() {
        return Collections.unmodifiableCollection(links.values());
    }

    Optional<LinkNode> link(String name) {
        return Optional.ofNullable(links.get(name));
    }
}
