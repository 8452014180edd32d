package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.ui.viewport.ArticulationNode;
import io.gizmostudio.ui.viewport.GeometryNodes;
import io.gizmostudio.ui.viewport.SharedGeometry;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.transform.Affine;

/**
 * One placement on the canvas: its articulation (shared meshes) at the placement's pose and joint pose, or a
 * small grey stand-in while the asset's model is loading. Carries its placement id for picking.
 */
final class PlacementNode {
    static final String USER_DATA_PREFIX = "placement:";
    private static final PhongMaterial LOADING = new PhongMaterial(Color.gray(0.55, 0.6));
    private final Group root = new Group();
    private final Affine pose = new Affine();
    private final String placementId;
    private final String assetId;
    private ArticulationNode drawing;
    private Map<String, Double> joints = Map.of();
    private boolean selected;

    PlacementNode(Placement p) {
        this.placementId = p.id();
        this.assetId = p.assetId();
        root.setUserData(USER_DATA_PREFIX + p.id());
        root.setId("placement-" + p.id());
        root.getTransforms().add(pose);
        Box standIn = new Box(0.1, 0.1, 0.1);
        standIn.setTranslateZ(0.05);
        standIn.setMaterial(LOADING);
        root.getChildren().add(standIn);
        update(p);
    }

    Group root() {
        return root;
    }

    String placementId() {
        return placementId;
    }

    String assetId() {
        return assetId;
    }

    boolean hasModel() {
        return drawing != null;
    }

    /** Draws the asset's model in place of the stand-in (once it has been loaded). */
    void showModel(Articulation a, SharedGeometry shared) {
        drawing = new ArticulationNode(a, shared);
        drawing.setJointPositions(joints);
        drawing.setHighlight(selected);
        root.getChildren().setAll(drawing.root());
    }

    void update(Placement p) {
        GeometryNodes.setPose(pose, p.pose());
        if (!Objects.equals(joints, p.jointPositions())) {
            joints = p.jointPositions();
            if (drawing != null) {
                drawing.setJointPositions(joints);
            }
        }
    }

    void setSelected(boolean on) {
        if (on != selected) {
            selected = on;
            if (drawing != null) {
                drawing.setHighlight(on);
            }
        }
    }

    boolean isSelected() {
        return selected;
    }

    /** The placement id a picked node belongs to, walking up from {@code node}. */
    static String placementOf(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n.getUserData() instanceof String s && s.startsWith(USER_DATA_PREFIX)) {
                return s.substring(USER_DATA_PREFIX.length());
            }
        }
        return null;
    }
}
