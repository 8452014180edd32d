package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Vec3;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Transform;
import javafx.scene.transform.Translate;

/**
 * A perspective camera orbiting a target point: yaw about the world's up axis, pitch about the camera's
 * right axis, distance along its view direction. Works in JavaFX scene coordinates (Y down); the viewport
 * converts from the model's Z-up frame.
 */
public final class OrbitCamera {
    private static final double FIELD_OF_VIEW = 35;
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Group rig = new Group(camera);
    private final Translate target = new Translate();
    private final Rotate yaw = new Rotate(-35, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(-25, Rotate.X_AXIS);
    private final Translate distance = new Translate(0, 0, -3);

    public OrbitCamera() {
        camera.setFieldOfView(FIELD_OF_VIEW);
        rig.getTransforms().addAll(target, yaw, pitch);
        camera.getTransforms().add(distance);
        clip(3);
    }

    public PerspectiveCamera camera() {
        return camera;
    }

    public Group rig() {
        return rig;
    }

    public void orbit(double dxPixels, double dyPixels) {
        yaw.setAngle(yaw.getAngle() + dxPixels * 0.4);
        pitch.setAngle(Math.max(-89, Math.min(89, pitch.getAngle() - dyPixels * 0.4)));
    }

    /** Slides the target in the view plane; the step scales with the distance so panning feels the same at any zoom. */
    public void pan(double dxPixels, double dyPixels) {
        double scale = -distance.getZ() * 0.0015;
        Transform t = yaw.createConcatenation(pitch);
        Point3D right = t.deltaTransform(1, 0, 0);
        Point3D down = t.deltaTransform(0, 1, 0);
        target.setX(target.getX() - (right.getX() * dxPixels + down.getX() * dyPixels) * scale);
        target.setY(target.getY() - (right.getY() * dxPixels + down.getY() * dyPixels) * scale);
        target.setZ(target.getZ() - (right.getZ() * dxPixels + down.getZ() * dyPixels) * scale);
    }

    /** Multiplies the distance to the target; a wheel notch is a factor of about 1.1. */
    public void zoom(double factor) {
        double d = Math.max(0.01, Math.min(1000, -distance.getZ() * factor));
        distance.setZ(-d);
        clip(d);
    }

    /** Aims at {@code centre} (scene coordinates) from far enough that a sphere of {@code radius} fills the view. */
    public void frame(Vec3 centre, double radius) {
        target.setX(centre.x());
        target.setY(centre.y());
        target.setZ(centre.z());
        double r = Math.max(radius, 0.05);
        double d = r / Math.sin(Math.toRadians(FIELD_OF_VIEW / 2)) * 1.1;
        distance.setZ(-d);
        clip(d);
    }

    /** Turns the camera to {@code yawDegrees} about the up axis and {@code pitchDegrees} (negative looks down). */
    public void setAngles(double yawDegrees, double pitchDegrees) {
        yaw.setAngle(yawDegrees);
        pitch.setAngle(Math.max(-89, Math.min(89, pitchDegrees)));
    }

    public double yaw() {
        return yaw.getAngle();
    }

    public double pitch() {
        return pitch.getAngle();
    }

    public double distance() {
        return -distance.getZ();
    }

    private void clip(double d) {
        // a near/far ratio of about 1e4 keeps depth precision on 24-bit buffers
        camera.setNearClip(d * 0.005);
        camera.setFarClip(d * 50);
    }
}
