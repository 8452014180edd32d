package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.ui.viewport.GeometryNodes;
import io.gizmostudio.ui.viewport.SharedGeometry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.MeshView;
import javafx.scene.transform.Affine;

/**
 * One placement on the canvas: its asset's visual geometry in the placement's joint pose, drawn as one mesh per
 * colour (shared with every placement in that pose, {@link SharedGeometry#posed}) at the placement's pose, or a
 * small grey stand-in while the asset's model is loading. Carries its placement id for picking.
 */
final class PlacementNode {
    static final String USER_DATA_PREFIX = "placement:";
    private static final PhongMaterial LOADING = new PhongMaterial(Color.gray(0.55, 0.6));
    private final Group root = new Group();
    private final Affine pose = new Affine();
    private final String placementId;
    private final String assetId;
    private Articulation model;
    private SharedGeometry shared;
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
        return model != null;
    }

    /** Draws the asset's model in place of the stand-in (once it has been loaded). */
    void showModel(Articulation a, SharedGeometry geometry) {
        model = a;
        shared = geometry;
        redraw();
    }

    void update(Placement p) {
        GeometryNodes.setPose(pose, p.pose());
        if (!Objects.equals(joints, p.jointPositions())) {
            joints = p.jointPositions();
            if (model != null) {
                redraw();
            }
        }
    }

    void setSelected(boolean on) {
        if (on != selected) {
            selected = on;
            if (model != null) {
                root.getChildren().forEach(n -> ((MeshView) n).setMaterial(shared.material((Rgba) n.getUserData(), on)));
            }
        }
    }

    /** One mesh view per colour of the asset in its joint pose, the meshes shared with every placement in that pose. */
    private void redraw() {
        List<Node> views = new ArrayList<>();
        shared.posed(model, joints).forEach((colour, mesh) -> {
            MeshView v = new MeshView(mesh);
            v.setUserData(colour);
            v.setMaterial(shared.material(colour, selected));
            views.add(v);
        });
        root.getChildren().setAll(views);
    }

    /** Triangles this placement draws (0 while loading). */
    long triangles() {
        if (model == null) {
            return 0;
        }
        return root.getChildren().stream().mapToLong(n -> ((MeshView) n).getMesh() instanceof javafx.scene.shape.TriangleMesh m
                ? m.getFaces().size() / 6 : 0).sum();
    }

    /** Mesh views (draw calls) this placement adds. */
    int meshViews() {
        return root.getChildren().size();
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
