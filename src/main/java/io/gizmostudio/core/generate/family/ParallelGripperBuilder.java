package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.FamilyParameters;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.generate.SizeClass;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationBuilder;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.SplittableRandom;

/**
 * A parallel-jaw gripper: root {@code base} (mounting disc and palm, mounting face at its origin, fingers along
 * +Z) and two prismatic fingers along ±Y. The right finger mimics the left (multiplier 1 on a mirrored axis), so
 * they open and close symmetrically; q is the opening of one finger, 0 (closed, 2 mm apart) to half the stroke.
 * Defaults follow an 85 mm-stroke adaptive gripper: about 0.9 kg, 100 N per finger, 0.15 m/s.
 */
public final class ParallelGripperBuilder implements FamilyBuilder {
    /** Full opening between the fingers at the default size, metres. */
    public static final double DEFAULT_STROKE = 0.085;

    @Override public Family family() {
        return Family.PARALLEL_GRIPPER;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        double g = spec.size().scale();
        double stroke = spec.hasDimension("travel")
                ? FamilyParameters.clampDimension(Family.PARALLEL_GRIPPER, "travel", spec.dimension("travel", 0))
                : DEFAULT_STROKE * g * (1 + 0.04 * (random.nextDouble() - 0.5));
        double fingerLength = spec.hasDimension("length")
                ? FamilyParameters.clampDimension(Family.PARALLEL_GRIPPER, "length", spec.dimension("length", 0))
                : 0.05 * g;
        double force = (spec.size() == SizeClass.HEAVY_DUTY ? 1.5 : 1.0) * 100 * g * g;
        MaterialKind kind = spec.materialOr(MaterialKind.ALUMINIUM);
        Rgba body = spec.colorOr(RobotPalette.GRIPPER_BODY);

        double disc = 0.01 * g;
        double palmHeight = 0.06 * g;
        double fingerThickness = 0.012 * g;
        double palmWidth = stroke + 2 * fingerThickness + 0.02 * g;
        double palmDepth = 0.055 * g;
        double top = disc + palmHeight;
        ArticulationBuilder b = new ArticulationBuilder("parallel_gripper");
        // the palm houses a motor and linkage: about half as heavy as a solid block of its size
        b.link(new LinkBuilder("base", kind.density() * 0.5, RobotPalette.material(kind, body))
                .solid(new Geometry.Cylinder(0.032 * g, disc), Pose.of(0, 0, disc / 2))
                .box(palmDepth, palmWidth, palmHeight, Vec3.of(0, 0, disc + palmHeight / 2))
                .build());
        double closedGap = 0.001;
        for (int side = 1; side >= -1; side -= 2) {
            String name = side > 0 ? "finger_left" : "finger_right";
            b.link(finger(name, side, fingerThickness, 0.022 * g, fingerLength, kind, body));
            Joint j = RobotJoints.prismatic(name + "_joint", "base", name, Pose.of(0, side * closedGap, top + 0.001),
                    Vec3.of(0, side, 0), 0, stroke / 2, force, 0.15, 2.0);
            b.joint(side > 0 ? j : RobotJoints.following(j, "finger_left_joint"));
        }
        return b.build();
    }

    /** A finger on side {@code side} (+1 left, -1 right): an aluminium jaw with a rubber pad on its inner face. */
    private static io.gizmostudio.core.model.Link finger(String name, int side, double thickness, double width,
                                                         double length, MaterialKind kind, Rgba body) {
        double pad = 0.002;
        return new LinkBuilder(name, kind, RobotPalette.FINGER)
                .box(width, thickness - pad, length, Vec3.of(0, side * (pad + (thickness - pad) / 2), length / 2))
                .solid(Geometry.Box.of(width, pad, length / 2), Pose.of(0, side * pad / 2, 0.75 * length),
                        MaterialKind.RUBBER, RobotPalette.RUBBER)
                .build();
    }
}
