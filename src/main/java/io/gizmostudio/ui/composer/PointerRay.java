package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Ray;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.transform.Transform;

/**
 * The ray from the eye through a pixel of the canvas, in the model's Z-up scene frame: what the pointer points
 * at. JavaFX picks nodes, but the composer needs the ray itself to stand things on surfaces and to drag handles.
 * A perspective camera with the eye at its origin looks along its +Z with +Y down and a vertical field of view.
 */
final class PointerRay {
    private PointerRay() {
    }

    /** {@code x}, {@code y}: the pixel in the sub-scene's own coordinates; {@code width}, {@code height}: its size. */
    static Ray through(PerspectiveCamera camera, Node world, double x, double y, double width, double height) {
        double t = Math.tan(Math.toRadians(camera.getFieldOfView() / 2));
        double aspect = width / Math.max(1, height);
        Point3D local = new Point3D((2 * x / width - 1) * t * aspect, (2 * y / height - 1) * t, 1);
        Transform cameraToScene = camera.getLocalToSceneTransform();
        Transform worldToScene = world.getLocalToSceneTransform();
        try {
            Point3D eye = worldToScene.inverseTransform(cameraToScene.transform(Point3D.ZERO));
            Point3D dir = worldToScene.inverseDeltaTransform(cameraToScene.deltaTransform(local));
            return new Ray(new Vec3(eye.getX(), eye.getY(), eye.getZ()), new Vec3(dir.getX(), dir.getY(), dir.getZ()));
        } catch (javafx.scene.transform.NonInvertibleTransformException e) {
            throw new IllegalStateException("the scene frame cannot be inverted", e);
        }
    }
}
