package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A balanced-arm desk lamp: a heavy steel {@code base}, a {@code turret} turning about Z ({@code base_yaw}),
 * an {@code upper_arm} on a shoulder about Y ({@code shoulder}), a {@code forearm} on an elbow about Y
 * ({@code elbow}) and a {@code head} (shade and bulb) fixed to the forearm's end. At the zero pose the upper
 * arm leans back 0.3 rad and the forearm reaches forward with the shade pointing down. The upper arm carries
 * a counterweight at the shoulder, as a spring-balanced arm's mass sits low.
 */
public final class DeskLampFamily implements FamilyBuilder {
    private static final double GAP = 0.003;
    private static final double LEAN_BACK = -0.3;
    private static final double ELBOW_BEND = 2.0;
    /** How far the elbow folds up: past ~0.67 rad the head meets the turret (measured in MuJoCo by SelfCollisionSweepTest). */
    private static final double ELBOW_UP = 0.6;
    /** Height of the lamp at rest per metre of reach (0.43 m at the default 0.7 m). */
    private static final double REST_HEIGHT_PER_REACH = 0.614;
    /** A spun-aluminium shade with a bulb and socket, as one bulk density over the shade's cylinder. */
    private static final double HEAD_DENSITY = 300;
    private static final JointDynamics DYNAMICS = new JointDynamics(0.05, 0.3);

    @Override public Family family() {
        return Family.DESK_LAMP;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        MaterialKind kind = spec.materialOr(MaterialKind.ALUMINIUM);
        Rgba color = spec.colorOr(spec.material() == null ? Rgba.hex("#1f1f1f") : kind.color());
        // a stated height ("a 60 cm desk lamp") sizes the arm: at rest the lamp stands about 0.61 of its reach tall
        double reach = spec.hasDimension("reach") ? spec.dimension("reach", 0.7)
                : !spec.hasDimension("length") && spec.hasDimension("height")
                ? Sizing.clamp(spec.dimension("height", 0.43) / REST_HEIGHT_PER_REACH, 0.3, 1.2)
                : Sizing.length(spec, "length", 0.7, 0.3, 1.2);
        double arm = Sizing.clamp(reach / 2, 0.15, 0.6);
        double baseR = Sizing.clamp(0.23 * arm, 0.06, 0.14);
        double baseH = 0.015;

        LinkBuilder base = new LinkBuilder("base", MaterialKind.STEEL, color);
        base.solid(new Geometry.Cylinder(baseR, baseH), Pose.of(0, 0, baseH / 2));

        LinkBuilder turret = new LinkBuilder("turret", MaterialKind.STEEL, color);
        turret.solid(new Geometry.Cylinder(0.02, 0.05), Pose.of(0, 0, 0.025));
        double shoulderZ = 0.065;
        for (int side = -1; side <= 1; side += 2) {
            double y0 = side < 0 ? -0.019 : 0.013;
            Solids.box(turret, Solids.span(-0.012, 0.012, y0, y0 + 0.006, 0.05, shoulderZ + 0.015));
        }

        LinkBuilder upper = new LinkBuilder("upper_arm", kind, color);
        Solids.cylinder(upper, 0.01, 0.02, Vec3.ZERO, Vec3.UNIT_Y);
        Solids.cylinder(upper, 0.007, arm - 0.028, new Vec3(0, 0, 0.012 + (arm - 0.028) / 2), Vec3.UNIT_Z);
        upper.payload(0.15, new Vec3(0, 0, -0.005), 0.01);

        LinkBuilder forearm = new LinkBuilder("forearm", kind, color);
        Solids.cylinder(forearm, 0.01, 0.02, Vec3.ZERO, Vec3.UNIT_Y);
        Solids.cylinder(forearm, 0.006, arm - 0.021, new Vec3(0, 0, 0.016 + (arm - 0.021) / 2), Vec3.UNIT_Z);

        LinkBuilder head = new LinkBuilder("head", HEAD_DENSITY, new Material("lamp_shade", color));
        head.solid(new Geometry.Cylinder(0.06, 0.1), Pose.of(0, 0, 0.06));
        head.visualOnly(new Geometry.Sphere(0.025), Pose.of(0, 0, 0.09), new Material("bulb", Rgba.hex("#fff6d5")));

        double headPitch = Math.PI - (LEAN_BACK + ELBOW_BEND);
        return AttachedLink.assemble("desk_lamp", base.build(), List.of(
                new AttachedLink(turret.build(), PassiveJoints.revolute("base_yaw", "base", "turret",
                        Pose.of(0, 0, baseH + GAP), Vec3.UNIT_Z, -2.8, 2.8, 2.0, 2.0, DYNAMICS)),
                new AttachedLink(upper.build(), PassiveJoints.revolute("shoulder", "turret", "upper_arm",
                        pitched(0, shoulderZ, LEAN_BACK), Vec3.UNIT_Y, -0.7, 0.9, 3.0, 2.0, DYNAMICS)),
                new AttachedLink(forearm.build(), PassiveJoints.revolute("elbow", "upper_arm", "forearm",
                        pitched(arm, 0, ELBOW_BEND), Vec3.UNIT_Y, -1.2, ELBOW_UP, 2.0, 2.0, DYNAMICS)),
                new AttachedLink(head.build(), Joint.fixed("head_mount", "forearm", "head", pitched(arm, 0, headPitch)))));
    }

    /** A frame {@code along} metres up the parent's Z (plus {@code up} for the turret), pitched about Y. */
    private static Pose pitched(double along, double up, double pitch) {
        return new Pose(new Vec3(0, 0, along + up), Quat.fromAxisAngle(Vec3.UNIT_Y, pitch));
    }
}
