package io.gizmostudio.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.core.scene.SceneExtent;

/**
 * Reads placement poses: a position {@code {x,y,z}} in metres, each component within ±10 km
 * ({@link SceneExtent}), and a rotation quaternion {@code {x,y,z,w}} with every component a finite number. Rotations are normalised; a zero (or too small to normalise) quaternion is
 * refused, since it names no orientation at all.
 */
public final class Poses {
    private static final double MIN_NORM = 1e-9;

    private Poses() {
    }

    public static Position position(JsonNode n) {
        return new Position(coordinate(n, "x"), coordinate(n, "y"), coordinate(n, "z"));
    }

    private static double coordinate(JsonNode n, String axis) {
        double v = JsonFields.component(n, "position", axis);
        if (!SceneExtent.contains(v)) {
            throw ApiException.invalidField("position." + axis, SceneExtent.problem(v, "m"));
        }
        return v;
    }

    public static Rotation rotation(JsonNode n) {
        double x = JsonFields.component(n, "rotation", "x");
        double y = JsonFields.component(n, "rotation", "y");
        double z = JsonFields.component(n, "rotation", "z");
        double w = JsonFields.component(n, "rotation", "w");
        return normalised(x, y, z, w);
    }

    /** The unit quaternion along (x, y, z, w); scaled first so huge components do not overflow the norm. */
    static Rotation normalised(double x, double y, double z, double w) {
        double scale = Math.max(Math.max(Math.abs(x), Math.abs(y)), Math.max(Math.abs(z), Math.abs(w)));
        if (!(scale > 0)) {
            throw ApiException.invalidField("rotation", "must not be the zero quaternion");
        }
        double sx = x / scale;
        double sy = y / scale;
        double sz = z / scale;
        double sw = w / scale;
        double norm = Math.sqrt(sx * sx + sy * sy + sz * sz + sw * sw);
        if (!(norm * scale > MIN_NORM)) {
            throw ApiException.invalidField("rotation", "is too close to the zero quaternion to name an orientation");
        }
        return new Rotation(sx / norm, sy / norm, sz / norm, sw / norm);
    }
}
