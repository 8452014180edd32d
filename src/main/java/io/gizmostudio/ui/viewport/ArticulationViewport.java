package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Vec3;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Rotate;

/**
 * A reusable 3D view of one articulation: Z-up world with a ground grid and axis triad, an orbit camera
 * (left drag orbits, middle or shift drag pans, the wheel zooms), one group per link placed by forward
 * kinematics, and switchable overlays. API: {@link #show}, {@link #setJointPositions}, {@link #fitToView},
 * the overlay setters, and pick/hover callbacks that name a link.
 */
public final class ArticulationViewport extends Pane {
    static final Color BACKGROUND = Color.rgb(46, 50, 56);
    private final Group world = new Group();
    private final Group model = new Group();
    private final Group grid = new Group();
    private final OrbitCamera camera = new OrbitCamera();
    private final SubScene subScene;
    private ArticulationNode drawing;
    private double gridExtent = Double.NaN;
    private double gridCell = Double.NaN;
    private Articulation articulation;
    private Map<String, Double> positions = Map.of();
    private boolean showVisual = true;
    private boolean showCollision;
    private boolean showJointAxes;
    private boolean showLinkFrames;
    private boolean showCentresOfMass;
    private boolean wireframe;
    private String hoveredLink;
    private String selectedLink;
    private Consumer<String> onLinkPicked = name -> { };
    private Consumer<String> onLinkHovered = name -> { };
    private String lastHovered;
    private double lastX;
    private double lastY;

    public ArticulationViewport() {
        setId("articulationViewport");
        // model Z up = JavaFX -Y: a quarter turn about X maps (x, y, z) to (x, -z, y)
        world.getTransforms().add(new Rotate(90, Rotate.X_AXIS));
        world.getChildren().addAll(grid, GeometryNodes.triad(0.25), model);
        PointLight key = new PointLight(Color.gray(0.75));
        camera.rig().getChildren().add(key);
        Group root = new Group(new AmbientLight(Color.gray(0.45)), camera.rig(), world);
        subScene = new SubScene(root, 400, 300, true, SceneAntialiasing.BALANCED);
        subScene.setFill(BACKGROUND);
        subScene.setCamera(camera.camera());
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        getChildren().add(subScene);
        setMinSize(100, 100);
        buildGrid(2, 0.1);
        subScene.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            subScene.requestFocus();
        });
        subScene.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getSceneX() - lastX;
            double dy = e.getSceneY() - lastY;
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && e.isShiftDown())) {
                camera.pan(dx, dy);
            } else if (e.getButton() == MouseButton.PRIMARY) {
                camera.orbit(dx, dy);
            }
        });
        subScene.setOnScroll(e -> camera.zoom(e.getDeltaY() > 0 ? 1 / 1.1 : 1.1));
        subScene.setFocusTraversable(true);
        subScene.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        subScene.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress()) {
                onLinkPicked.accept(linkAt(e.getPickResult()).orElse(null));
            }
        });
        subScene.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            String over = linkAt(e.getPickResult()).orElse(null);
            if (!java.util.Objects.equals(over, lastHovered)) {
                lastHovered = over;
                onLinkHovered.accept(over);
            }
        });
        subScene.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (lastHovered != null) {
                lastHovered = null;
                onLinkHovered.accept(null);
            }
        });
    }

    /** Shows {@code a} in its zero pose and frames it; null empties the view. */
    public void show(Articulation a) {
        this.articulation = a;
        this.positions = Map.of();
        this.hoveredLink = null;
        this.selectedLink = null;
        this.lastHovered = null;
        drawing = null;
        model.getChildren().clear();
        if (a == null) {
            return;
        }
        Aabb bounds = ForwardKinematics.bounds(a);
        double size = bounds.isEmpty() ? 0.5 : Math.max(0.05, bounds.size().norm());
        drawing = new ArticulationNode(a, Math.max(0.03, size * 0.12));
        model.getChildren().add(drawing.root());
        applyOverlays();
        setJointPositions(Map.of());
        double cell = size > 4 ? 1 : size > 0.8 ? 0.1 : 0.05;
        buildGrid(Math.max(1, Math.ceil(size * 1.5 / cell / 2) * cell * 2), cell);
        fitToView();
    }

    public Optional<Articulation> articulation() {
        return Optional.ofNullable(articulation);
    }

    /** Poses every link by forward kinematics; joints not named stay at zero. */
    public void setJointPositions(Map<String, Double> q) {
        positions = Map.copyOf(q);
        if (drawing != null) {
            drawing.setJointPositions(positions);
        }
    }

    /** Marks the link under the pointer (null for none); a selected link keeps its stronger mark. */
    public void setHoveredLink(String linkName) {
        hoveredLink = linkName;
        applyHighlights();
    }

    /** Marks the selected link (null for none). */
    public void setSelectedLink(String linkName) {
        selectedLink = linkName;
        applyHighlights();
    }

    /** How a link is currently marked, for tests: "none", "hovered" or "selected". */
    public String highlightOf(String linkName) {
        return link(linkName).map(n -> n.highlight().name().toLowerCase(java.util.Locale.ROOT)).orElse("none");
    }

    private void applyHighlights() {
        for (LinkNode n : linkNodes()) {
            String name = n.linkName();
            n.setHighlight(name.equals(selectedLink) ? LinkHighlight.SELECTED
                    : name.equals(hoveredLink) ? LinkHighlight.HOVERED : LinkHighlight.NONE);
        }
    }

    /** Aims the camera so that the whole articulation in its current pose is in view. */
    public void fitToView() {
        if (articulation == null) {
            camera.frame(Vec3.ZERO, 0.5);
            return;
        }
        Aabb b = ForwardKinematics.bounds(articulation, positions);
        if (b.isEmpty()) {
            camera.frame(Vec3.ZERO, 0.5);
            return;
        }
        Vec3 c = b.center();
        camera.frame(new Vec3(c.x(), -c.z(), c.y()), b.size().norm() / 2);
    }

    /** Looks at the model from {@code view}, framing it. */
    public void showView(StandardView view) {
        camera.setAngles(view.yaw(), view.pitch());
        fitToView();
    }

    /** The camera's yaw and pitch in degrees, for tests. */
    double[] viewAngles() {
        return new double[] {camera.yaw(), camera.pitch()};
    }

    /**
     * Keyboard control while the view has focus: arrows orbit (with Shift they pan), + and − zoom, F fits,
     * 1 / 3 / 7 / 0 show the front, right, top and three-quarter views (the numeric-keypad habit of 3D tools),
     * Escape clears the selection.
     */
    private void keyPressed(KeyEvent e) {
        double step = 12;
        boolean handled = true;
        switch (e.getCode()) {
            case LEFT:
                move(e, -step, 0);
                break;
            case RIGHT:
                move(e, step, 0);
                break;
            case UP:
                move(e, 0, -step);
                break;
            case DOWN:
                move(e, 0, step);
                break;
            case PLUS:
            case ADD:
            case EQUALS:
                camera.zoom(1 / 1.1);
                break;
            case MINUS:
            case SUBTRACT:
                camera.zoom(1.1);
                break;
            case F:
                fitToView();
                break;
            case DIGIT1:
            case NUMPAD1:
                showView(StandardView.FRONT);
                break;
            case DIGIT3:
            case NUMPAD3:
                showView(StandardView.RIGHT);
                break;
            case DIGIT7:
            case NUMPAD7:
                showView(StandardView.TOP);
                break;
            case DIGIT0:
            case NUMPAD0:
                showView(StandardView.ISOMETRIC);
                break;
            case ESCAPE:
                onLinkPicked.accept(null);
                break;
            default:
                handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void move(KeyEvent e, double dx, double dy) {
        if (e.isShiftDown()) {
            camera.pan(dx, dy);
        } else {
            camera.orbit(dx, dy);
        }
    }

    /** The scene-graph node of a link, for tests and for the scene composer's highlighting. */
    public Optional<Node> linkNode(String linkName) {
        return link(linkName).map(LinkNode::root);
    }

    /** Turns the view as a left drag of {@code dx}, {@code dy} pixels would (keyboard control, benchmarks). */
    public void orbit(double dx, double dy) {
        camera.orbit(dx, dy);
    }

    public SubScene subScene() {
        return subScene;
    }

    public void setOnLinkPicked(Consumer<String> handler) {
        onLinkPicked = handler == null ? name -> { } : handler;
    }

    public void setOnLinkHovered(Consumer<String> handler) {
        onLinkHovered = handler == null ? name -> { } : handler;
    }

    public void setShowVisual(boolean on) {
        showVisual = on;
        applyOverlays();
    }

    public void setShowCollision(boolean on) {
        showCollision = on;
        applyOverlays();
    }

    public void setShowJointAxes(boolean on) {
        showJointAxes = on;
        applyOverlays();
    }

    public void setShowLinkFrames(boolean on) {
        showLinkFrames = on;
        applyOverlays();
    }

    public void setShowCentresOfMass(boolean on) {
        showCentresOfMass = on;
        applyOverlays();
    }

    public void setWireframe(boolean on) {
        wireframe = on;
        applyOverlays();
    }

    private void applyOverlays() {
        for (LinkNode n : linkNodes()) {
            n.visuals().setVisible(showVisual);
            n.collisions().setVisible(showCollision);
            n.jointAxis().setVisible(showJointAxes);
            n.frame().setVisible(showLinkFrames);
            n.centreOfMass().setVisible(showCentresOfMass);
            n.setWireframe(wireframe);
        }
    }

    private Optional<String> linkAt(PickResult pick) {
        return drawing == null || pick == null ? Optional.empty() : drawing.linkOf(pick.getIntersectedNode());
    }

    private Optional<LinkNode> link(String name) {
        return drawing == null ? Optional.empty() : drawing.link(name);
    }

    private java.util.Collection<LinkNode> linkNodes() {
        return drawing == null ? java.util.List.of() : drawing.linkNodes();
    }

    /** The ground grid for the model's size; the same size as the last one keeps it (labels are costly to build). */
    private void buildGrid(double extent, double cell) {
        if (extent == gridExtent && cell == gridCell && !grid.getChildren().isEmpty()) {
            return;
        }
        gridExtent = extent;
        gridCell = cell;
        grid.getChildren().setAll(GroundGrid.build(extent, cell, false));
    }
}
