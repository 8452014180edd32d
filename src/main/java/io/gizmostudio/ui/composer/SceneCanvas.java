package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.PlacedShape;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.PlacementIssue;
import io.gizmostudio.core.scene.Ray;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.viewport.GeometryNodes;
import io.gizmostudio.ui.viewport.GroundGrid;
import io.gizmostudio.ui.viewport.OrbitCamera;
import io.gizmostudio.ui.viewport.SharedGeometry;
import io.gizmostudio.ui.viewport.StandardView;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Rotate;

/**
 * The composer's 3D canvas: the open scene on a Z-up ground with a metre grid and an axis triad, every placement
 * drawn with its asset's geometry and joint pose (meshes shared per asset), the selection tinted, placements with
 * problems boxed in red, the drag-and-drop ghost and the move/turn handles. It only draws what the
 * {@link SceneComposerViewModel} holds; {@link CanvasInput} turns the pointer and keys into its calls.
 */
public final class SceneCanvas extends Pane {
    public static final Color BACKGROUND = Color.rgb(46, 50, 56);
    private static final PhongMaterial ISSUE = new PhongMaterial(Color.rgb(255, 70, 60, 0.35));
    private final SceneComposerViewModel vm;
    private final AssetModels models;
    private final Group world = new Group();
    private final Group grid = new Group();
    private final Group placements = new Group();
    private final Group issueMarks = new Group();
    private final Group ghostLayer = new Group();
    private final TransformHandles handles = new TransformHandles();
    private final OrbitCamera camera = new OrbitCamera();
    private final SubScene subScene;
    private final Rectangle rubberBand = new Rectangle();
    private final Label hint = new Label();
    private final Map<String, PlacementNode> nodes = new HashMap<>();
    private final SharedGeometry shared = new SharedGeometry();
    private final CanvasInput input;
    private PlacementNode ghost;
    private double gridExtent;
    private final javafx.beans.property.ReadOnlyBooleanWrapper topView = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public SceneCanvas(SceneComposerViewModel vm, AssetModels models) {
        this.vm = vm;
        this.models = models;
        setId("sceneCanvas");
        world.getTransforms().add(new Rotate(90, Rotate.X_AXIS)); // model Z up = JavaFX -Y
        ghostLayer.setMouseTransparent(true);
        issueMarks.setMouseTransparent(true);
        world.getChildren().addAll(grid, GeometryNodes.triad(0.5), placements, issueMarks, ghostLayer, handles.root());
        camera.rig().getChildren().add(new PointLight(Color.gray(0.7)));
        Group root = new Group(new AmbientLight(Color.gray(0.5)), camera.rig(), world);
        // no multisampling: under software OpenGL (Mesa llvmpipe) it costs more than half the frame rate of a large scene
        subScene = new SubScene(root, 600, 400, true, SceneAntialiasing.DISABLED);
        subScene.setId("sceneCanvasView");
        subScene.setFill(BACKGROUND);
        subScene.setCamera(camera.camera());
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        subScene.setFocusTraversable(true);
        rubberBand.setId("rubberBand");
        rubberBand.setManaged(false);
        rubberBand.setVisible(false);
        rubberBand.setMouseTransparent(true);
        rubberBand.setFill(Color.rgb(80, 160, 255, 0.15));
        rubberBand.setStroke(Color.rgb(80, 160, 255));
        hint.setId("canvasHint");
        hint.getStyleClass().add("canvas-hint");
        hint.setManaged(false);
        hint.setVisible(false);
        hint.setMouseTransparent(true);
        hint.relocate(10, 10);
        getChildren().addAll(subScene, rubberBand, hint);
        setMinSize(200, 150);
        rebuildGrid(10);
        camera.setAngles(StandardView.ISOMETRIC.yaw(), StandardView.ISOMETRIC.pitch());
        camera.frame(new Vec3(0, -0.3, 0), 2.5);

        vm.documentProperty().addListener((obs, old, now) -> sync(now));
        vm.selection().addListener((ListChangeListener<String>) c -> refreshSelection());
        vm.issues().addListener((MapChangeListener<String, List<PlacementIssue>>) c -> refreshIssues());
        models.addListener((assetId, articulation) -> modelArrived(assetId, articulation));
        sync(vm.documentProperty().get());
        input = new CanvasInput(this, vm);
    }

    // ---------------------------------------------------------------- drawing the document

    private void sync(SceneDocument doc) {
        Set<String> alive = new HashSet<>();
        for (Placement p : doc.placements()) {
            alive.add(p.id());
            PlacementNode n = nodes.get(p.id());
            if (n == null || !n.assetId().equals(p.assetId())) {
                if (n != null) {
                    placements.getChildren().remove(n.root());
                }
                n = new PlacementNode(p);
                nodes.put(p.id(), n);
                placements.getChildren().add(n.root());
                PlacementNode drawn = n;
                models.get(p.assetId()).ifPresentOrElse(a -> drawn.showModel(a, shared), () -> models.request(p.assetId()));
            } else {
                n.update(p);
            }
        }
        nodes.entrySet().removeIf(e -> {
            if (!alive.contains(e.getKey())) {
                placements.getChildren().remove(e.getValue().root());
                return true;
            }
            return false;
        });
        growGridFor(doc);
        refreshSelection();
        refreshIssues();
    }

    /** A model arrived, or (null) failed to load: its placements stay undrawn and the ViewModel's issues say why. */
    private void modelArrived(String assetId, Articulation a) {
        if (a == null) {
            refreshIssues();
            return;
        }
        for (PlacementNode n : nodes.values()) {
            if (n.assetId().equals(assetId) && !n.hasModel()) {
                n.showModel(a, shared);
            }
        }
        refreshHandles();
    }

    private void refreshSelection() {
        Set<String> selected = new HashSet<>(vm.selection());
        nodes.forEach((id, n) -> n.setSelected(selected.contains(id)));
        refreshHandles();
    }

    /** Handles sit at the centre of the selection's bounds, their size a fixed share of the view. */
    void refreshHandles() {
        Vec3 at = handleOrigin();
        if (at == null) {
            handles.hide();
            return;
        }
        handles.showAt(at, handleSize());
    }

    /** Where the handles are drawn: the selection's bounds centre, a little above its bottom; null with no selection. */
    public Vec3 handleOrigin() {
        Aabb box = selectionBounds();
        if (box.isEmpty()) {
            return null;
        }
        Vec3 c = box.center();
        return new Vec3(c.x(), c.y(), box.min().z() + Math.min(box.size().z() / 2, 0.05));
    }

    /** The handles' length in metres: a fixed share of the camera distance, so they look the same at any zoom. */
    public double handleSize() {
        return Math.max(0.05, camera.distance() * 0.12);
    }

    /** How many placements are drawn with their model (not the loading stand-in). */
    public int drawnModels() {
        return (int) nodes.values().stream().filter(PlacementNode::hasModel).count();
    }

    /** Triangles and mesh views (draw calls) of every placement drawn, for the benchmark's report. */
    public long[] drawnTrianglesAndViews() {
        long tris = 0, views = 0;
        for (PlacementNode n : nodes.values()) {
            tris += n.triangles();
            views += n.meshViews();
        }
        return new long[] {tris, views};
    }

    Aabb selectionBounds() {
        Aabb box = Aabb.EMPTY;
        for (String id : vm.selection()) {
            box = box.union(vm.placedShape(id).map(PlacedShape::worldBounds).orElse(Aabb.EMPTY));
        }
        return box;
    }

    private void refreshIssues() {
        issueMarks.getChildren().clear();
        vm.issues().forEach((id, list) -> {
            if (list.isEmpty()) {
                return;
            }
            vm.placedShape(id).map(PlacedShape::worldBounds).filter(b -> !b.isEmpty()).ifPresent(b -> {
                Box mark = new Box(b.size().x() + 0.01, b.size().y() + 0.01, b.size().z() + 0.01);
                mark.setTranslateX(b.center().x());
                mark.setTranslateY(b.center().y());
                mark.setTranslateZ(b.center().z());
                mark.setMaterial(ISSUE);
                mark.setDrawMode(DrawMode.LINE);
                mark.setId("issue-" + id);
                issueMarks.getChildren().add(mark);
            });
        });
    }

    private void growGridFor(SceneDocument doc) {
        Aabb all = sceneBounds();
        double reach = all.isEmpty() ? 0 : Math.max(Math.max(Math.abs(all.min().x()), Math.abs(all.max().x())),
                Math.max(Math.abs(all.min().y()), Math.abs(all.max().y())));
        double extent = Math.max(10, 2 * Math.ceil(reach + 2));
        if (extent != gridExtent) {
            rebuildGrid(extent);
        }
    }

    private void rebuildGrid(double extent) {
        gridExtent = extent;
        grid.getChildren().setAll(GroundGrid.build(extent, extent > 40 ? 1 : 0.1, true));
    }

    Aabb sceneBounds() {
        Aabb all = Aabb.EMPTY;
        for (Placement p : vm.documentProperty().get().placements()) {
            all = all.union(vm.placedShape(p.id()).map(PlacedShape::worldBounds).orElse(Aabb.EMPTY));
        }
        return all;
    }

    // ---------------------------------------------------------------- ghost while dragging from the library

    /** Shows the asset's ghost at {@code pose}, tinted; null pose hides it. */
    void showGhost(String assetId, Pose pose) {
        if (pose == null) {
            hideGhost();
            return;
        }
        Optional<Articulation> a = models.get(assetId);
        if (ghost == null || !ghost.assetId().equals(assetId) || (!ghost.hasModel() && a.isPresent())) {
            ghost = new PlacementNode(new Placement("ghost", assetId, "ghost", pose, Map.of(), null));
            a.ifPresent(m -> ghost.showModel(m, shared));
            ghost.setSelected(true);
            ghost.root().setId("dropGhost");
            ghostLayer.getChildren().setAll(ghost.root());
        }
        ghost.update(new Placement("ghost", assetId, "ghost", pose, Map.of(), null));
        ghostLayer.setVisible(true);
    }

    /** A line over the canvas while dragging: why the asset under the pointer cannot be placed ("" hides it). */
    void showHint(String text) {
        hint.setText(text);
        hint.setVisible(!text.isEmpty());
        hint.autosize();
    }

    void hideGhost() {
        ghostLayer.setVisible(false);
    }

    boolean ghostShowing() {
        return ghostLayer.isVisible() && !ghostLayer.getChildren().isEmpty();
    }

    // ---------------------------------------------------------------- camera and views

    /** Looks at the whole scene (or a 3 m square around the origin when empty). */
    public void fitToScene() {
        Aabb b = sceneBounds();
        if (b.isEmpty()) {
            camera.frame(new Vec3(0, 0, 0), 1.5);
        } else {
            Vec3 c = b.center();
            camera.frame(new Vec3(c.x(), -c.z(), c.y()), Math.max(0.5, b.size().norm() / 2));
        }
        refreshHandles();
    }

    /** The top view for layout (looking straight down, +X right, +Y up) or the perspective three-quarter view. */
    public void setTopView(boolean top) {
        topView.set(top);
        StandardView v = top ? StandardView.TOP : StandardView.ISOMETRIC;
        camera.setAngles(v.yaw(), v.pitch());
        fitToScene();
    }

    public boolean isTopView() {
        return topView.get();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty topViewProperty() {
        return topView.getReadOnlyProperty();
    }

    OrbitCamera camera() {
        return camera;
    }

    public SubScene subScene() {
        return subScene;
    }

    Rectangle rubberBand() {
        return rubberBand;
    }

    TransformHandles handles() {
        return handles;
    }

    CanvasInput input() {
        return input;
    }

    /** The distinct meshes and triangles drawn, for the benchmark's report. */
    public SharedGeometry sharedGeometry() {
        return shared;
    }

    /** The pointer ray through a point given in this pane's coordinates. */
    public Ray rayAt(double x, double y) {
        return PointerRay.through(camera.camera(), world, x, y, subScene.getWidth(), subScene.getHeight());
    }

    /** Where a scene point appears in this pane's coordinates (through the camera's projection). */
    public Point2D project(Vec3 p) {
        Point3D s = world.localToScene(new Point3D(p.x(), p.y(), p.z()), true);
        return sceneToLocal(s.getX(), s.getY());
    }

    /** Placements whose bounds centre lies in the pane rectangle spanned by two points (rubber band). */
    List<String> placementsWithin(Point2D a, Point2D b) {
        double x0 = Math.min(a.getX(), b.getX()), x1 = Math.max(a.getX(), b.getX());
        double y0 = Math.min(a.getY(), b.getY()), y1 = Math.max(a.getY(), b.getY());
        return vm.documentProperty().get().placements().stream().map(Placement::id).filter(id -> {
            Optional<Aabb> box = vm.placedShape(id).map(PlacedShape::worldBounds).filter(bb -> !bb.isEmpty());
            Vec3 c = box.map(Aabb::center).orElseGet(() -> vm.documentProperty().get().find(id).orElseThrow().pose().position());
            Point2D s = project(c);
            return s.getX() >= x0 && s.getX() <= x1 && s.getY() >= y0 && s.getY() <= y1;
        }).toList();
    }

    /** The drawing of a placement, for tests. */
    Optional<javafx.scene.Node> placementNode(String placementId) {
        return Optional.ofNullable(nodes.get(placementId)).map(PlacementNode::root);
    }

    boolean isSelectedDrawn(String placementId) {
        return Optional.ofNullable(nodes.get(placementId)).map(PlacementNode::isSelected).orElse(false);
    }

    int issueMarkCount() {
        return issueMarks.getChildren().size();
    }
}
