package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Alignment;
import io.gizmostudio.core.scene.Ray;
import io.gizmostudio.ui.library.AssetDragFormat;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.SubScene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;

/**
 * The canvas's pointer and keyboard: click selects (Shift adds, Ctrl toggles), dragging a placement moves it over
 * the ground and other placements, dragging a handle moves along its axis or turns about Z, dragging empty space
 * orbits (a rubber band in the top view), middle or Shift drag pans, the wheel zooms; Alt while moving turns
 * snapping off. Asset cards dropped here become placements. Everything it decides goes to the ViewModel.
 */
final class CanvasInput {
    private enum Gesture { NONE, PENDING_MOVE, MOVING, HANDLE, ORBIT, PAN, RUBBER_BAND }

    private static final double DRAG_THRESHOLD = 4;
    private final SceneCanvas canvas;
    private final SceneComposerViewModel vm;
    private Gesture gesture = Gesture.NONE;
    private String grabbed;
    private TransformHandles.Part handle;
    private Vec3 handleOrigin;
    private double handleStart;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;

    CanvasInput(SceneCanvas canvas, SceneComposerViewModel vm) {
        this.canvas = canvas;
        this.vm = vm;
        SubScene s = canvas.subScene();
        s.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        s.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        s.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        s.addEventHandler(ScrollEvent.SCROLL, e -> {
            canvas.camera().zoom(e.getDeltaY() > 0 ? 1 / 1.1 : 1.1);
            canvas.refreshHandles();
            e.consume();
        });
        s.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        s.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        s.addEventHandler(DragEvent.DRAG_EXITED, e -> {
            canvas.hideGhost();
            canvas.showHint("");
        });
        s.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    private Point2D local(double sceneX, double sceneY) {
        return canvas.sceneToLocal(sceneX, sceneY);
    }

    private Ray ray(double sceneX, double sceneY) {
        Point2D p = local(sceneX, sceneY);
        return canvas.rayAt(p.getX(), p.getY());
    }

    // ---------------------------------------------------------------- mouse

    private void pressed(MouseEvent e) {
        canvas.subScene().requestFocus();
        pressX = e.getSceneX();
        pressY = e.getSceneY();
        lastX = pressX;
        lastY = pressY;
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && e.isShiftDown() && pickedPlacement(e) == null)) {
            gesture = Gesture.PAN;
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            gesture = Gesture.ORBIT;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<TransformHandles.Part> part = canvas.handles().isShowing()
                ? TransformHandles.partOf(e.getPickResult().getIntersectedNode()) : Optional.empty();
        if (part.isPresent()) {
            startHandle(part.get(), ray(e.getSceneX(), e.getSceneY()));
            return;
        }
        String id = pickedPlacement(e);
        if (id == null) {
            gesture = canvas.isTopView() ? Gesture.RUBBER_BAND : Gesture.ORBIT;
            grabbed = null;
            return;
        }
        if (e.isShortcutDown()) {
            vm.select(id, SelectMode.TOGGLE);
            gesture = Gesture.NONE;
        } else if (e.isShiftDown()) {
            vm.select(id, SelectMode.ADD);
            gesture = Gesture.NONE;
        } else {
            if (!vm.selection().contains(id)) {
                vm.select(id, SelectMode.REPLACE);
            }
            grabbed = id;
            gesture = Gesture.PENDING_MOVE;
        }
    }

    private void dragged(MouseEvent e) {
        double dx = e.getSceneX() - lastX;
        double dy = e.getSceneY() - lastY;
        lastX = e.getSceneX();
        lastY = e.getSceneY();
        switch (gesture) {
            case PENDING_MOVE:
                if (Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) < DRAG_THRESHOLD) {
                    break;
                }
                vm.beginMove(grabbed, ray(pressX, pressY));
                gesture = Gesture.MOVING;
                vm.moveTo(ray(e.getSceneX(), e.getSceneY()), e.isAltDown());
                break;
            case MOVING:
                vm.moveTo(ray(e.getSceneX(), e.getSceneY()), e.isAltDown());
                break;
            case HANDLE:
                dragHandle(ray(e.getSceneX(), e.getSceneY()), e.isAltDown());
                break;
            case ORBIT:
                canvas.camera().orbit(dx, dy);
                canvas.refreshHandles();
                break;
            case PAN:
                canvas.camera().pan(dx, dy);
                break;
            case RUBBER_BAND:
                showBand(e);
                break;
            default:
                break;
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        switch (gesture) {
            case MOVING:
                vm.endMove();
                break;
            case HANDLE:
                vm.endHandle();
                break;
            case RUBBER_BAND:
                if (canvas.rubberBand().isVisible()) {
                    canvas.rubberBand().setVisible(false);
                    vm.selectAll(canvas.placementsWithin(local(pressX, pressY), local(e.getSceneX(), e.getSceneY())),
                            e.isShiftDown() || e.isShortcutDown() ? SelectMode.ADD : SelectMode.REPLACE);
                } else if (!e.isShiftDown() && !e.isShortcutDown()) {
                    vm.select(null, SelectMode.REPLACE);
                }
                break;
            case ORBIT:
                if (e.isStillSincePress() && e.getButton() == MouseButton.PRIMARY && !e.isShortcutDown()) {
                    vm.select(null, SelectMode.REPLACE); // a click on empty space clears the selection
                }
                break;
            default:
                break;
        }
        gesture = Gesture.NONE;
        grabbed = null;
        canvas.refreshHandles();
    }

    private String pickedPlacement(MouseEvent e) {
        return e.getPickResult() == null ? null : PlacementNode.placementOf(e.getPickResult().getIntersectedNode());
    }

    private void showBand(MouseEvent e) {
        Point2D a = local(pressX, pressY);
        Point2D b = local(e.getSceneX(), e.getSceneY());
        var band = canvas.rubberBand();
        band.setX(Math.min(a.getX(), b.getX()));
        band.setY(Math.min(a.getY(), b.getY()));
        band.setWidth(Math.abs(a.getX() - b.getX()));
        band.setHeight(Math.abs(a.getY() - b.getY()));
        band.setVisible(band.getWidth() > 2 || band.getHeight() > 2);
    }

    // ---------------------------------------------------------------- handles

    private void startHandle(TransformHandles.Part part, Ray ray) {
        handleOrigin = canvas.handleOrigin();
        if (handleOrigin == null) {
            return;
        }
        handle = part;
        handleStart = handleParameter(ray);
        if (Double.isNaN(handleStart)) {
            return;
        }
        vm.beginHandle();
        gesture = Gesture.HANDLE;
    }

    private void dragHandle(Ray ray, boolean free) {
        double now = handleParameter(ray);
        if (Double.isNaN(now)) {
            return;
        }
        if (handle == TransformHandles.Part.RING) {
            double delta = now - handleStart;
            delta = Math.atan2(Math.sin(delta), Math.cos(delta));
            vm.rotateHandleZ(delta, free);
        } else {
            vm.translateHandle(axisOf(handle), now - handleStart, free);
        }
    }

    /**
     * Along an arrow: where on the axis line the pointer ray passes closest (metres from the origin). On the ring:
     * the angle about Z of the point where the ray meets the ring's plane. NaN when the ray runs parallel.
     */
    private double handleParameter(Ray ray) {
        if (handle == TransformHandles.Part.RING) {
            double dz = ray.direction().z();
            if (Math.abs(dz) < 1e-6) {
                return Double.NaN;
            }
            double t = (handleOrigin.z() - ray.origin().z()) / dz;
            Vec3 p = ray.at(t).minus(handleOrigin);
            return Math.atan2(p.y(), p.x());
        }
        Vec3 u = axisVector(handle);
        Vec3 d = ray.direction();
        Vec3 w0 = handleOrigin.minus(ray.origin());
        double b = u.dot(d);
        double denom = 1 - b * b;
        if (denom < 1e-6) {
            return Double.NaN;
        }
        // closest points between the axis line (origin + s u) and the ray (o + t d)
        return (b * w0.dot(d) - w0.dot(u)) / denom;
    }

    private static Alignment.Axis axisOf(TransformHandles.Part p) {
        return p == TransformHandles.Part.X ? Alignment.Axis.X : p == TransformHandles.Part.Y ? Alignment.Axis.Y : Alignment.Axis.Z;
    }

    private static Vec3 axisVector(TransformHandles.Part p) {
        return p == TransformHandles.Part.X ? Vec3.UNIT_X : p == TransformHandles.Part.Y ? Vec3.UNIT_Y : Vec3.UNIT_Z;
    }

    // ---------------------------------------------------------------- keyboard

    private void keyPressed(KeyEvent e) {
        double step = vm.gridProperty().get().step() * (e.isShiftDown() ? 10 : 1);
        if (e.isAltDown()) {
            step = 0.001;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case LEFT -> vm.nudge(-step, 0, 0);
            case RIGHT -> vm.nudge(step, 0, 0);
            case UP -> vm.nudge(0, step, 0);
            case DOWN -> vm.nudge(0, -step, 0);
            case PAGE_UP -> vm.nudge(0, 0, step);
            case PAGE_DOWN -> vm.nudge(0, 0, -step);
            case DELETE, BACK_SPACE -> vm.deleteCommand().execute();
            case ESCAPE -> {
                if (gesture == Gesture.MOVING || gesture == Gesture.HANDLE) {
                    vm.cancelGesture();
                    gesture = Gesture.NONE;
                } else {
                    vm.clearSelectionCommand().execute();
                }
            }
            case F -> canvas.fitToScene();
            case T -> canvas.setTopView(!canvas.isTopView());
            case DIGIT7, NUMPAD7 -> canvas.setTopView(true);
            case DIGIT0, NUMPAD0 -> canvas.setTopView(false);
            case PLUS, ADD, EQUALS -> canvas.camera().zoom(1 / 1.1);
            case MINUS, SUBTRACT -> canvas.camera().zoom(1.1);
            default -> handled = false;
        }
        if (handled) {
            canvas.refreshHandles();
            e.consume();
        }
    }

    // ---------------------------------------------------------------- drag and drop of asset cards

    private void dragOver(DragEvent e) {
        String assetId = draggedAsset(e);
        if (assetId == null) {
            return;
        }
        DropPreview preview = vm.dragOver(assetId, ray(e.getSceneX(), e.getSceneY()), false);
        // A refused asset is still accepted, so that dropping it says why it cannot be placed.
        e.acceptTransferModes(TransferMode.COPY);
        if (preview.pose().isPresent()) {
            canvas.showGhost(assetId, preview.pose().get());
            canvas.showHint("");
        } else {
            canvas.hideGhost();
            canvas.showHint(preview.refusal());
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        String assetId = draggedAsset(e);
        canvas.hideGhost();
        canvas.showHint("");
        boolean done = assetId != null && vm.drop(assetId, ray(e.getSceneX(), e.getSceneY()), false);
        e.setDropCompleted(done);
        e.consume();
        if (done) {
            canvas.subScene().requestFocus();
        }
    }

    private static String draggedAsset(DragEvent e) {
        Object id = e.getDragboard().getContent(AssetDragFormat.ASSET_ID);
        return id instanceof String s && !s.isBlank() ? s : null;
    }
}
