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
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.SplittableRandom;

/**
 * A SCARA robot: a column ({@code base}), two arms turning in the horizontal plane (revolute about Z), a
 * vertical ball-screw quill (prismatic, q from -travel up to 0 at the top) and a tool roll (revolute about the
 * quill). Three DOF drops the roll. The {@code flange} sits under the quill with Z pointing down, the way a
 * SCARA holds its tool. Sizes follow the reach (default 0.6 m, split 54/46 between the arms, like a 600 mm
 * class SCARA of about 17 kg); the second arm rides above the first so the two never touch.
 */
public final class ScaraBuilder implements FamilyBuilder {
    public static final double DEFAULT_REACH = 0.6;
    public static final double DEFAULT_TRAVEL = 0.2;
    private static final double SHELL_FILL = 0.35;

    @Override public Family family() {
        return Family.SCARA;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        int dof = FamilyParameters.clampCount(Family.SCARA, "dof", spec.count("dof", 4));
        double reach = spec.hasDimension("reach")
                ? FamilyParameters.clampDimension(Family.SCARA, "reach", spec.dimension("reach", 0))
                : DEFAULT_REACH * spec.size().scale() * (1 + 0.04 * (random.nextDouble() - 0.5));
        double s = reach / DEFAULT_REACH;
        double travel = spec.hasDimension("travel")
                ? FamilyParameters.clampDimension(Family.SCARA, "travel", spec.dimension("travel", 0))
                : DEFAULT_TRAVEL * s;
        double torque = Math.pow(s, 4) * (spec.size() == SizeClass.HEAVY_DUTY ? 1.5 : 1.0);
        MaterialKind kind = spec.materialOr(MaterialKind.ALUMINIUM);
        Rgba color = spec.colorOr(RobotPalette.SCARA_BODY);
        // Cast housings keep their wall thickness from size to size, so a housing's mass follows its surface (s²), not
        // its volume: real 400, 600 and 800 mm SCARAs weigh about 14, 17 and 45 kg, where a volume scaling would give
        // a 400 mm one of 6 kg. The motors inside follow the same way.
        double shell = kind.density() * Math.min(1.0, SHELL_FILL / s);
        double motorScale = s * s;
        var look = RobotPalette.material(kind, color);

        double a1 = 0.54 * reach;
        double a2 = 0.46 * reach;
        double column = Math.max(0.35 * s, travel + 0.15 * s);
        double arm1Height = 0.08 * s;
        double arm2Height = 0.06 * s;
        double gap = 0.002 * s;
        ArticulationBuilder b = new ArticulationBuilder("scara");
        b.link(new LinkBuilder("base", shell, look)
                .solid(Geometry.Box.of(0.22 * s, 0.22 * s, 0.02 * s), Pose.of(0, 0, 0.01 * s))
                .solid(new Geometry.Cylinder(0.08 * s, column - 0.02 * s), Pose.of(0, 0, 0.02 * s + (column - 0.02 * s) / 2))
                .build());
        b.link(new LinkBuilder("link_1", shell, look)
                .solid(new Geometry.Cylinder(0.075 * s, arm1Height), Pose.of(0, 0, arm1Height / 2))
                .box(a1, 0.1 * s, arm1Height, Vec3.of(a1 / 2, 0, arm1Height / 2))
                .solid(new Geometry.Cylinder(0.05 * s, arm1Height), Pose.of(a1, 0, arm1Height / 2))
                .payload(2.5 * motorScale, Vec3.ZERO, 0.04 * s)
                .build());
        b.joint(RobotJoints.revolute("shoulder_joint", "base", "link_1", Pose.of(0, 0, column), Vec3.UNIT_Z,
                -2.5, 2.5, 80 * torque, 6.0, 0.5 * torque));
        double housing = 0.12 * s;
        b.link(new LinkBuilder("link_2", shell, look)
                .solid(new Geometry.Cylinder(0.05 * s, arm2Height), Pose.of(0, 0, arm2Height / 2))
                .box(a2, 0.08 * s, arm2Height, Vec3.of(a2 / 2, 0, arm2Height / 2))
                .solid(new Geometry.Cylinder(0.045 * s, housing), Pose.of(a2, 0, housing / 2))
                .payload(1.5 * motorScale, Vec3.of(a2, 0, housing / 2), 0.03 * s)
                .build());
        b.joint(RobotJoints.revolute("elbow_joint", "link_1", "link_2", Pose.of(a1, 0, arm1Height + gap), Vec3.UNIT_Z,
                -2.5, 2.5, 40 * torque, 8.0, 0.25 * torque));
        // the spline shaft reaches from under the arm up through the housing and sticks out above it by the stroke
        double below = 0.05 * s;
        double above = housing + 0.03 * s + travel;
        b.link(new LinkBuilder("quill", MaterialKind.STEEL, RobotPalette.HUB)
                .solid(new Geometry.Cylinder(0.012 * s, below + above), Pose.of(0, 0, (above - below) / 2))
                .build());
        b.joint(RobotJoints.prismatic("quill_joint", "link_2", "quill", Pose.of(a2, 0, -gap), Vec3.UNIT_Z,
                -travel, 0, 200 * s * s, 1.0, 5.0));
        Pose down = new Pose(Vec3.of(0, 0, -below), Quat.fromAxisAngle(Vec3.UNIT_X, Math.PI));
        String last = "quill";
        Pose flangeAt = down;
        if (dof == 4) {
            double roll = 0.02 * s;
            b.link(new LinkBuilder("tool_roll_link", kind, RobotPalette.JOINT_DARK)
                    .solid(new Geometry.Cylinder(0.02 * s, roll), Pose.of(0, 0, roll / 2))
                    .build());
            b.joint(RobotJoints.revolute("tool_roll_joint", "quill", "tool_roll_link", down, Vec3.UNIT_Z,
                    -2 * Math.PI, 2 * Math.PI, 3 * torque, 15.0, 0.01));
            last = "tool_roll_link";
            flangeAt = Pose.of(0, 0, roll + 0.008 * s);
        }
        double plate = 0.008 * s;
        b.link(new LinkBuilder("flange", kind, RobotPalette.JOINT_DARK)
                .solid(new Geometry.Cylinder(0.025 * s, plate), Pose.of(0, 0, -plate / 2))
                .build());
        if (dof == 3) {
            flangeAt = down.compose(Pose.of(0, 0, plate));
        }
        b.joint(Joint.fixed("flange_joint", last, "flange", flangeAt));
        return b.build();
    }
}
