package io.gizmostudio.ui.viewport;

/**
 * The fixed viewpoints engineers jump between, in the model's Z-up frame with the robot facing +X: from the front
 * (+X looking back), from its right side (−Y), from above (+X right, +Y up, as on a drawing), and the default
 * three-quarter view. The angles are the
 * orbit camera's (JavaFX scene frame, where the model's +Z is up).
 */
public enum StandardView {
    FRONT(-90, 0),
    RIGHT(0, 0),
    TOP(0, -89),
    ISOMETRIC(-35, -25);

    private final double yaw;
    private final double pitch;

    StandardView(double yaw, double pitch) {
        this.yaw = yaw;
        this.pitch = pitch;
    }

    public double yaw() {
        return yaw;
    }

    public double pitch() {
        return pitch;
    }
}
