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
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.SplittableRandom;

/**
 * A three-finger centric gripper: a round palm (root {@code base}, fingers along +Z) with three fingers at 120°, each
 * a proximal and a distal phalanx on revolute joints about the finger's tangent. The proximal joint is actuated;
 * the distal one follows it geared −1, the way the parallel linkage of a centric gripper's finger keeps the
 * fingertip upright: the rubber pads on the distal phalanges stay parallel to the palm axis as the fingers swing in.
 * Positive angles close the fingers toward the palm's axis; they stand straight at zero.
 *
 * <p>Fully closed, the three pads stop {@value #CLOSED_PAD} × the finger width from the axis (they would touch each
 * other's edges at 0.29 ×) and grip a rod of 18 mm at the default size; fully open, they are 80–90 mm apart. Through
 * the whole range, and with all three closing together, no phalanx reaches into the palm or another finger: the
 * distal phalanx never tips toward the palm, and the closed angle is what brings the pads to that stop.
 */
public final class ThreeFingerGripperBuilder implements FamilyBuilder {
    /** Palm diameter at the default size, metres. */
    public static final double DEFAULT_DIAMETER = 0.09;
    /** How far each closed pad stays from the palm axis, in finger widths. */
    static final double CLOSED_PAD = 0.45;
    private static final double OPEN = -0.4;
    private static final double PAD = 0.003;

    @Override public Family family() {
        return Family.THREE_FINGER_GRIPPER;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        double g = spec.size().scale();
        double diameter = spec.hasDimension("diameter")
                ? FamilyParameters.clampDimension(Family.THREE_FINGER_GRIPPER, "diameter", spec.dimension("diameter", 0))
                : DEFAULT_DIAMETER * g * (1 + 0.04 * (random.nextDouble() - 0.5));
        double k = diameter / DEFAULT_DIAMETER;
        double fingerLength = spec.hasDimension("length")
                ? FamilyParameters.clampDimension(Family.THREE_FINGER_GRIPPER, "length", spec.dimension("length", 0))
                : 0.08 * k;
        double proximal = 0.55 * fingerLength;
        double distal = 0.45 * fingerLength;
        double torque = (spec.size() == SizeClass.HEAVY_DUTY ? 1.5 : 1.0) * 4.0 * k * k * k;
        MaterialKind kind = spec.materialOr(MaterialKind.ALUMINIUM);
        Rgba body = spec.colorOr(RobotPalette.GRIPPER_BODY);

        double disc = 0.01 * k;
        double palmHeight = 0.05 * k;
        double top = disc + palmHeight;
        ArticulationBuilder b = new ArticulationBuilder("three_finger_gripper");
        b.link(new LinkBuilder("base", kind.density() * 0.5, RobotPalette.material(kind, body))
                .solid(new Geometry.Cylinder(0.032 * k, disc), Pose.of(0, 0, disc / 2))
                .solid(new Geometry.Cylinder(diameter / 2, palmHeight), Pose.of(0, 0, disc + palmHeight / 2))
                .build());
        double width = 0.02 * k;
        double depth = 0.018 * k;
        double gap = 0.001;
        double rootRadius = 0.42 * diameter;
        double closed = closedAngle(rootRadius, proximal, depth, width);
        Vec3 curl = Vec3.of(0, -1, 0); // about the tangent, so +q tips the finger toward the palm axis
        for (int f = 0; f < 3; f++) {
            double azimuth = f * 2 * Math.PI / 3;
            String finger = "finger_" + (f + 1);
            Pose root = new Pose(Vec3.of(rootRadius * Math.cos(azimuth), rootRadius * Math.sin(azimuth), top + gap),
                    Quat.fromAxisAngle(Vec3.UNIT_Z, azimuth));
            b.link(phalanx(finger + "_proximal", depth, width, proximal - gap, kind, false));
            b.link(phalanx(finger + "_distal", depth, width, distal, kind, true));
            b.joint(RobotJoints.revolute(finger + "_proximal_joint", "base", finger + "_proximal", root, curl,
                    OPEN, closed, torque, 2.0, 0.02));
            Joint tip = RobotJoints.revolute(finger + "_distal_joint", finger + "_proximal", finger + "_distal",
                    Pose.of(0, 0, proximal), curl, -closed, -OPEN, 0.6 * torque, 2.0, 0.01);
            b.joint(RobotJoints.following(tip, finger + "_proximal_joint", -1.0));
        }
        return b.build();
    }

    /**
     * The proximal angle at which an upright distal phalanx's pad, {@code depth} / 2 + {@value #PAD} m inside the
     * finger's centre line, stands {@value #CLOSED_PAD} finger widths from the palm axis.
     */
    static double closedAngle(double rootRadius, double proximal, double depth, double width) {
        double swing = (rootRadius - depth / 2 - PAD - CLOSED_PAD * width) / proximal;
        if (swing <= 0.05) {
            throw new IllegalStateException("fingers on a ring of " + rootRadius + " m cannot close: they start closed");
        }
        return Math.asin(Math.min(1, swing));
    }

    private static Link phalanx(String name, double depth, double width, double length, MaterialKind kind,
                                boolean tip) {
        LinkBuilder lb = new LinkBuilder(name, kind, RobotPalette.FINGER)
                .box(depth, width, length, Vec3.of(0, 0, length / 2));
        if (tip) {
            // a rubber pad on the inner (-X) face, where the finger meets the object
            lb.solid(Geometry.Box.of(PAD, width, length / 2), Pose.of(-depth / 2 - PAD / 2, 0, 0.6 * length),
                    MaterialKind.RUBBER, RobotPalette.RUBBER);
        }
        return lb.build();
    }
}
