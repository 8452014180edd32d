package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * Array duplication: N × M copies on a grid in the scene's x/y (not the source's own axes, so a turned crate
 * still fills an aisle), the source at grid cell (0, 0).
 */
public final class ArrayLayout {
    public static final int MAX_PER_SIDE = 100;

    private ArrayLayout() {
    }

    /**
     * The poses of the new copies only (rows × cols − 1 of them), row-major: cell (row r, column c) sits at the
     * source position + (c · spacingX, r · spacingY, 0), with the source's rotation. rows and cols in 1..100,
     * spacings finite (negative spacing grows the grid the other way), else {@link IllegalArgumentException}.
     */
    public static List<Pose> grid(Pose source, int rows, int cols, double spacingX, double spacingY) {
        if (rows < 1 || rows > MAX_PER_SIDE || cols < 1 || cols > MAX_PER_SIDE) {
            throw new IllegalArgumentException("an array needs 1 to " + MAX_PER_SIDE + " rows and columns, got "
                    + rows + " × " + cols);
        }
        if (!Double.isFinite(spacingX) || !Double.isFinite(spacingY)) {
            throw new IllegalArgumentException("array spacing must be finite, got " + spacingX + ", " + spacingY);
        }
        List<Pose> out = new ArrayList<>(rows * cols - 1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (r == 0 && c == 0) {
                    continue;
                }
                out.add(new Pose(source.position().plus(new Vec3(c * spacingX, r * spacingY, 0)), source.rotation()));
            }
        }
        return List.copyOf(out);
    }
}
