package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Rgba;
import java.util.Locale;

/**
 * Default colours of the robot families (used when the prompt names neither a colour nor a material) and the
 * material naming every builder shares, so equal looks give one material in the exports.
 */
final class RobotPalette {
    static final Rgba ARM_LINK = Rgba.hex("#e4e6e8");
    static final Rgba JOINT_DARK = Rgba.hex("#2f3338");
    static final Rgba GRIPPER_BODY = Rgba.hex("#3a3d42");
    static final Rgba FINGER = Rgba.hex("#b8bec4");
    static final Rgba RUBBER = Rgba.hex("#1b1b1b");
    static final Rgba HUB = Rgba.hex("#8a9099");
    static final Rgba AGV_BODY = Rgba.hex("#d8dadc");
    static final Rgba ROVER_BODY = Rgba.hex("#b08d3c");
    static final Rgba BASE_BODY = Rgba.hex("#3a3d42");
    static final Rgba DECK = Rgba.hex("#55595e");
    static final Rgba CAMERA = Rgba.hex("#1f2226");
    static final Rgba LENS = Rgba.hex("#2b4f7a");
    static final Rgba EXTRUSION = Rgba.hex("#c4c9cf");
    static final Rgba CARRIAGE = Rgba.hex("#2f3338");
    static final Rgba SCARA_BODY = Rgba.hex("#f0f0ee");

    private RobotPalette() {
    }

    /** The material a link of {@code kind} in {@code color} uses: named like LinkBuilder names it. */
    static Material material(MaterialKind kind, Rgba color) {
        return new Material(kind.wireName() + "_" + String.format(Locale.ROOT, "%02x%02x%02x",
                Math.round(color.r() * 255), Math.round(color.g() * 255), Math.round(color.b() * 255)), color);
    }
}
