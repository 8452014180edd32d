package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.FamilyParameters;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationBuilder;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.SplittableRandom;

/**
 * A pan-tilt unit: {@code base}, a yoke ({@code pan_link}) turning about Z, and a {@code camera} tilting about
 * Y between the yoke's arms, lens looking along +X. The camera's centre of mass sits on the tilt axis, as on a
 * balanced sensor head. Default height 0.1 m to the tilt axis' top, about 1 kg, ±170° pan and ±69° tilt.
 */
public final class PanTiltBuilder implements FamilyBuilder {
    public static final double DEFAULT_HEIGHT = 0.11;

    @Override public Family family() {
        return Family.PAN_TILT;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        double height = spec.hasDimension("height")
                ? FamilyParameters.clampDimension(Family.PAN_TILT, "height", spec.dimension("height", 0))
                : DEFAULT_HEIGHT * spec.size().scale() * (1 + 0.04 * (random.nextDouble() - 0.5));
        double g = height / DEFAULT_HEIGHT;
        MaterialKind kind = spec.materialOr(MaterialKind.ALUMINIUM);
        Rgba body = spec.colorOr(RobotPalette.CARRIAGE);
        double baseHeight = 0.03 * g;
        double disc = 0.015 * g;
        double camWidth = spec.hasDimension("width")
                ? FamilyParameters.clampDimension(Family.PAN_TILT, "width", spec.dimension("width", 0))
                : 0.07 * g;
        double camDepth = 0.045 * g;
        double camHeight = 0.04 * g;
        double tiltZ = disc + 0.045 * g;
        double arm = 0.008 * g;
        double armY = camWidth / 2 + 0.004 * g + arm / 2;

        ArticulationBuilder b = new ArticulationBuilder("pan_tilt");
        b.link(new LinkBuilder("base", kind, body)
                .solid(new Geometry.Cylinder(0.04 * g, baseHeight), Pose.of(0, 0, baseHeight / 2))
                .build());
        double armHeight = tiltZ + 0.012 * g - disc;
        LinkBuilder yoke = new LinkBuilder("pan_link", kind, body)
                .solid(new Geometry.Cylinder(0.035 * g, disc), Pose.of(0, 0, disc / 2));
        for (int side = -1; side <= 1; side += 2) {
            yoke.box(0.03 * g, arm, armHeight, Vec3.of(0, side * armY, disc + armHeight / 2));
        }
        b.link(yoke.payload(0.25 * g * g * g, Vec3.of(0, 0, disc / 2), 0.02 * g).build());
        b.joint(RobotJoints.revolute("pan_joint", "base", "pan_link", Pose.of(0, 0, baseHeight), Vec3.UNIT_Z,
                -2.97, 2.97, 2.0 * g * g * g, 3.0, 0.02));
        b.link(new LinkBuilder("camera", MaterialKind.PLASTIC, RobotPalette.CAMERA)
                .box(camDepth, camWidth, camHeight, Vec3.ZERO)
                .solid(new Geometry.Cylinder(0.012 * g, 0.015 * g),
                        Pose.xyzRpy(camDepth / 2 + 0.0075 * g, 0, 0, 0, Math.PI / 2, 0), MaterialKind.PLASTIC,
                        RobotPalette.LENS)
                .payload(0.15 * g * g * g, Vec3.ZERO, 0.01 * g)
                .build());
        b.joint(RobotJoints.revolute("tilt_joint", "pan_link", "camera", Pose.of(0, 0, tiltZ), Vec3.UNIT_Y,
                -1.2, 1.2, 2.0 * g * g * g, 3.0, 0.02));
        return b.build();
    }
}
