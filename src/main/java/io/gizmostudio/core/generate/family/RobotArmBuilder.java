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
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A serial arm of 3 to 7 revolute joints (default 6) in an industrial layout, standing upright at the zero pose:
 * base, shoulder pan (Z), shoulder lift (Y), elbow (Y), then a wrist of pitch (Y), yaw (X) and flange roll (Z).
 * Seven joints make it redundant (roll-pitch alternation: pan, lift, upper-arm roll, elbow, wrist roll, wrist
 * pitch, flange roll); fewer drop wrist joints. The tool frame is the link {@code flange}, Z out of the flange.
 *
 * <p>Sizes follow the reach (shoulder-lift axis to flange face, default 0.85 m): the upper arm takes 42 %, the
 * forearm 38 %, the wrist 20 %. Links are hollow castings (a third of solid density) plus motor masses at the
 * joints, which gives about 19 kg for a 0.85 m arm, close to the UR5e's 20.6 kg; masses scale with reach cubed
 * and torques with its fourth power. Every link's shapes stay between its own joint and the next one, so links
 * that are not neighbours never touch at the zero pose.
 */
public final class RobotArmBuilder implements FamilyBuilder {
    /** Reach of the default arm, metres. */
    public static final double DEFAULT_REACH = 0.85;
    /** Hollow cast links weigh about this fraction of a solid part of the same shape. */
    private static final double SHELL_FILL = 0.35;

    /** One revolute joint and the link it moves, which spans {@code length} up to the next joint. */
    private record Station(String joint, String link, Vec3 axis, double length, double radius, double lower,
                           double upper, double effort, double velocity, double motorMass) {
    }

    @Override public Family family() {
        return Family.ROBOT_ARM;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        int dof = FamilyParameters.clampCount(Family.ROBOT_ARM, "dof", spec.count("dof", 6));
        double jitter = 1 + 0.04 * (random.nextDouble() - 0.5);
        double split = 0.42 + 0.02 * (random.nextDouble() - 0.5);
        double reach = spec.hasDimension("reach")
                ? FamilyParameters.clampDimension(Family.ROBOT_ARM, "reach", spec.dimension("reach", DEFAULT_REACH))
                : DEFAULT_REACH * spec.size().scale() * jitter;
        boolean heavy = spec.size() == SizeClass.HEAVY_DUTY;
        double s = reach / DEFAULT_REACH;
        MaterialKind kind = spec.materialOr(MaterialKind.ALUMINIUM);
        Rgba color = spec.colorOr(RobotPalette.ARM_LINK);
        ArmGeometry geometry = new ArmGeometry(s, heavy, kind, color);

        ArticulationBuilder b = new ArticulationBuilder("robot_arm");
        double baseHeight = 0.06 * s;
        b.link(new LinkBuilder("base", kind, color)
                .solid(new Geometry.Cylinder(0.075 * s * geometry.thickness, baseHeight), Pose.of(0, 0, baseHeight / 2))
                .build());
        String parent = "base";
        double parentLength = baseHeight;
        List<Station> plan = plan(dof, reach, split, s, heavy);
        for (int i = 0; i < plan.size(); i++) {
            Station st = plan.get(i);
            boolean last = i == plan.size() - 1;
            b.link(geometry.link(st.link(), st.axis(), st.radius(), st.length(), last, st.motorMass(), parentLength));
            b.joint(RobotJoints.revolute(st.joint(), parent, st.link(), Pose.of(0, 0, parentLength), st.axis(),
                    st.lower(), st.upper(), st.effort(), st.velocity(), 0.01 * st.effort()));
            parent = st.link();
            parentLength = st.length();
        }
        b.link(geometry.flange());
        b.joint(Joint.fixed("flange_joint", parent, "flange", Pose.of(0, 0, parentLength)));
        return b.build();
    }

    /** The joint stations for {@code dof} joints, with lengths from the reach and torques from the size. */
    private static List<Station> plan(int dof, double reach, double split, double s, boolean heavy) {
        double upper = split * reach;
        double fore = (0.80 - split) * reach;
        double wrist = 0.20 * reach;
        double r = 0.05 * s * (heavy ? 1.2 : 1.0);
        double torque = Math.pow(s, 4) * (heavy ? 1.5 : 1.0);
        double motor = Math.pow(s, 3) * (heavy ? 1.3 : 1.0);
        double fast = Math.min(2 * Math.PI, Math.max(0.3, Math.PI / Math.sqrt(s)));
        double wristFast = Math.min(2 * Math.PI, 1.25 * fast);
        List<Station> p = new ArrayList<>();
        p.add(new Station("shoulder_pan_joint", "shoulder_link", Vec3.UNIT_Z, 0.10 * s, 1.2 * r, -Math.PI, Math.PI,
                150 * torque, fast, 2.0 * motor));
        if (dof == 7) {
            p.add(new Station("shoulder_lift_joint", "upper_arm_link", Vec3.UNIT_Y, upper / 2, 1.1 * r, -2.0, 2.0,
                    150 * torque, fast, 2.0 * motor));
            p.add(new Station("upper_arm_roll_joint", "upper_arm_roll_link", Vec3.UNIT_Z, upper / 2, r, -2.9, 2.9,
                    100 * torque, fast, 1.5 * motor));
            p.add(new Station("elbow_joint", "forearm_link", Vec3.UNIT_Y, fore / 2, r, -2.7, 2.7,
                    100 * torque, fast, 1.2 * motor));
            p.add(new Station("wrist_1_joint", "wrist_1_link", Vec3.UNIT_Z, fore / 2, 0.8 * r, -2.9, 2.9,
                    28 * torque, wristFast, 0.6 * motor));
            p.add(new Station("wrist_2_joint", "wrist_2_link", Vec3.UNIT_Y, 0.6 * wrist, 0.8 * r, -2.0, 2.0,
                    28 * torque, wristFast, 0.6 * motor));
            p.add(new Station("wrist_3_joint", "wrist_3_link", Vec3.UNIT_Z, 0.4 * wrist, 0.75 * r, -Math.PI, Math.PI,
                    28 * torque, wristFast, 0.4 * motor));
            return p;
        }
        p.add(new Station("shoulder_lift_joint", "upper_arm_link", Vec3.UNIT_Y, upper, 1.1 * r, -2.0, 2.0,
                150 * torque, fast, 2.0 * motor));
        p.add(new Station("elbow_joint", "forearm_link", Vec3.UNIT_Y, dof == 3 ? fore + wrist : fore, r, -2.7, 2.7,
                150 * torque, fast, 1.2 * motor));
        switch (dof) {
            case 4 -> p.add(new Station("wrist_1_joint", "wrist_1_link", Vec3.UNIT_Y, wrist, 0.8 * r, -2.0, 2.0,
                    28 * torque, wristFast, 0.6 * motor));
            case 5 -> {
                p.add(new Station("wrist_1_joint", "wrist_1_link", Vec3.UNIT_Y, 0.6 * wrist, 0.8 * r, -2.0, 2.0,
                        28 * torque, wristFast, 0.6 * motor));
                p.add(new Station("wrist_2_joint", "wrist_2_link", Vec3.UNIT_Z, 0.4 * wrist, 0.75 * r, -Math.PI,
                        Math.PI, 28 * torque, wristFast, 0.4 * motor));
            }
            case 6 -> {
                p.add(new Station("wrist_1_joint", "wrist_1_link", Vec3.UNIT_Y, 0.38 * wrist, 0.8 * r, -2.0, 2.0,
                        28 * torque, wristFast, 0.6 * motor));
                p.add(new Station("wrist_2_joint", "wrist_2_link", Vec3.UNIT_X, 0.35 * wrist, 0.8 * r, -2.0, 2.0,
                        28 * torque, wristFast, 0.6 * motor));
                p.add(new Station("wrist_3_joint", "wrist_3_link", Vec3.UNIT_Z, 0.27 * wrist, 0.75 * r, -Math.PI,
                        Math.PI, 28 * torque, wristFast, 0.4 * motor));
            }
            default -> {
                // three joints: the forearm carries the flange directly
            }
        }
        return p;
    }

    /** Shapes of the arm's links: hollow tubes, motor housings across pitch and yaw axes, dark joint caps. */
    private static final class ArmGeometry {
        private final double s;
        private final double thickness;
        private final MaterialKind kind;
        private final Material shell;
        private final Material cap;
        private final double gap;
        private final double flangeThickness;

        ArmGeometry(double s, boolean heavy, MaterialKind kind, Rgba color) {
            this.s = s;
            this.thickness = heavy ? 1.2 : 1.0;
            this.kind = kind;
            this.shell = RobotPalette.material(kind, color);
            this.cap = RobotPalette.material(MaterialKind.PLASTIC, RobotPalette.JOINT_DARK);
            this.gap = 0.003 * s;
            this.flangeThickness = 0.008 * s;
        }

        Link link(String name, Vec3 axis, double radius, double length, boolean last, double motorMass,
                  double parentLength) {
            LinkBuilder lb = new LinkBuilder(name, kind.density() * SHELL_FILL, shell);
            boolean across = !axis.equals(Vec3.UNIT_Z);
            double top = length - gap - (last ? flangeThickness : 0);
            if (across) {
                if (parentLength < radius + gap) {
                    throw new IllegalStateException("housing of " + name + " would reach past its parent");
                }
                Pose along = axis.equals(Vec3.UNIT_Y) ? Pose.xyzRpy(0, 0, 0, Math.PI / 2, 0, 0)
                        : Pose.xyzRpy(0, 0, 0, 0, Math.PI / 2, 0);
                double housingLength = 2.2 * radius;
                lb.solid(new Geometry.Cylinder(radius, housingLength), along);
                for (int side = -1; side <= 1; side += 2) {
                    Vec3 at = axis.times(side * (housingLength / 2 + 0.002 * s));
                    lb.visualOnly(new Geometry.Cylinder(0.8 * radius, 0.004 * s), new Pose(at, along.rotation()), cap);
                }
            } else {
                double ring = Math.min(0.012 * s, top / 4);
                lb.visualOnly(new Geometry.Cylinder(radius * 1.05, ring), Pose.of(0, 0, ring / 2), cap);
            }
            double tube = across ? 0.85 * radius : radius;
            if (top > 2.2 * tube) {
                lb.solid(new Geometry.Capsule(tube, top - 2 * tube), Pose.of(0, 0, top / 2));
            } else {
                lb.solid(new Geometry.Cylinder(tube, top), Pose.of(0, 0, top / 2));
            }
            lb.payload(motorMass, Vec3.ZERO, 0.6 * radius);
            return lb.build();
        }

        Link flange() {
            return new LinkBuilder("flange", kind, RobotPalette.JOINT_DARK)
                    .solid(new Geometry.Cylinder(0.032 * s, flangeThickness), Pose.of(0, 0, -flangeThickness / 2))
                    .build();
        }
    }
}
