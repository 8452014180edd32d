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
 * forearm 38 %, the wrist 20 %. Like a UR arm, the 3- to 6-joint arms set their links beside each other along the
 * pitch axes, so each one turns past its neighbours instead of into them: the upper arm sits 0.1385 m (UR5e's
 * shoulder offset, scaled with the reach) out along the shoulder-lift axis, the forearm 0.131 m back, the wrist
 * 0.127 m further along the wrist-pitch axis, on the far side of the forearm from the upper arm, so a wrist turning
 * its whole turn passes beside the forearm and clear of the elbow; the yaw axis carries the flange 0.0997 m (UR5e's
 * d5) ahead of the wrist, so the tool turning about it passes in front of the wrist and forearm. The wrists turn
 * ±2π like a UR's. Offsetting a joint along its own axis leaves the kinematics a plain serial chain.
 *
 * <p>Links are hollow aluminium tubes and castings ({@value #WALL} m walls) with an actuator mass at each joint:
 * about 20 kg at 0.85 m, the UR5e's 20.6 kg. Walls of constant thickness weigh as reach², actuators (motor,
 * strain-wave gear, brake, drive electronics) as the square root of their torque, and the torque follows the
 * gravity load of an arm of that mass, reach^2.15; together the arm's mass follows reach^1.15 as real arms do
 * (UR3e 11.2 kg at 0.5 m, UR5e 20.6 kg at 0.85 m, UR10e 33.5 kg at 1.3 m). Apart from the stubs that carry a
 * neighbour's offset joint, a link's shapes stay between its own joint and the next one, so links that are not
 * neighbours never touch at the zero pose.
 */
public final class RobotArmBuilder implements FamilyBuilder {
    /** Reach of the default arm, metres. */
    public static final double DEFAULT_REACH = 0.85;
    /** Wall thickness of the link tubes and castings, metres. */
    static final double WALL = 0.004;
    /** Mass of a default 6-joint arm of {@link #DEFAULT_REACH}, kg (measured on the built arm). */
    private static final double DEFAULT_MASS = 20.0;
    /** How the arm's mass follows its reach. */
    private static final double MASS_EXPONENT = 1.15;
    /** How joint torque follows the reach: the arm's mass (reach^1.15) times its lever (reach). */
    private static final double TORQUE_EXPONENT = 2.15;
    /** How an actuator's mass follows its torque's square root: reach^(2.15 / 2). */
    private static final double ACTUATOR_EXPONENT = TORQUE_EXPONENT / 2;
    /** UR5e's lateral offsets at its 0.85 m reach, metres: shoulder, elbow (back), wrist, and d5 to the flange axis. */
    private static final double SHOULDER_OFFSET = 0.1385;
    private static final double ELBOW_OFFSET = 0.131;
    private static final double WRIST_OFFSET = 0.127;
    private static final double D5 = 0.0997;
    private static final double TURN = 2 * Math.PI;
    private static final double LIFT_LIMIT = 2.0;
    private static final double ELBOW_LIMIT = 2.7;
    /** Length of the tool a carrier allows for on the flange, per unit of scale, metres. */
    private static final double TOOL_ALLOWANCE = 0.15;

    /**
     * One revolute joint and the link it moves, which spans {@code length} up to the next joint; {@code shift} moves
     * the joint (and with it the link) along its own axis, beside its parent.
     */
    private record Station(String joint, String link, Vec3 axis, double length, double radius, double lower,
                           double upper, double effort, double velocity, double motorMass, double shift) {
    }

    @Override public Family family() {
        return Family.ROBOT_ARM;
    }

    /** The mass of an arm of {@code reach} (without tool), kg: what a carrier must balance. */
    static double nominalMass(double reach) {
        return DEFAULT_MASS * Math.pow(reach / DEFAULT_REACH, MASS_EXPONENT);
    }

    /** Radius of the base of an arm of {@code reach}, metres: what a pedestal under it spans. */
    static double baseRadius(double reach) {
        return 0.075 * reach / DEFAULT_REACH;
    }

    /**
     * How high a pedestal must lift an arm of {@code reach} (with a tool of up to {@value #TOOL_ALLOWANCE} × the
     * scale on its flange) above a flat deck reaching {@code within} metres out from its pan axis, so that the arm
     * moved one joint at a time stays clear of the deck: the shoulder lift through its range with the elbow straight or
     * folded, the elbow through its range with the upper arm upright. Zero when its own base stands it high enough.
     */
    static double mountClearance(double reach, double within) {
        double s = reach / DEFAULT_REACH;
        double upper = 0.42 * reach;
        double fore = 0.38 * reach;
        double wrist = 0.20 * reach + TOOL_ALLOWANCE * s;
        double drop = 0;
        for (int i = 0; i <= 40; i++) {
            double lift = -LIFT_LIMIT + 2 * LIFT_LIMIT * i / 40;
            for (double elbow : new double[] {0, ELBOW_LIMIT, -ELBOW_LIMIT}) {
                drop = Math.max(drop, drop(lift, elbow, upper, fore, wrist, within));
                drop = Math.max(drop, drop(0, elbow * i / 40, upper, fore, wrist, within));
            }
        }
        double liftHeight = 0.16 * s;
        return Math.max(0, drop + 0.07 * s - liftHeight);
    }

    /** The lowest point, below the lift axis, of the arm's centre line within {@code within} of the pan axis. */
    private static double drop(double lift, double elbow, double upper, double fore, double wrist, double within) {
        double deepest = 0;
        for (int k = 0; k <= 60; k++) {
            double t = (upper + fore + wrist) * k / 60;
            double x;
            double z;
            if (t <= upper) {
                x = t * Math.sin(lift);
                z = t * Math.cos(lift);
            } else {
                x = upper * Math.sin(lift) + (t - upper) * Math.sin(lift + elbow);
                z = upper * Math.cos(lift) + (t - upper) * Math.cos(lift + elbow);
            }
            if (Math.abs(x) <= within) {
                deepest = Math.max(deepest, -z);
            }
        }
        return deepest;
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
        double baseRadius = baseRadius(reach) * geometry.thickness;
        b.link(new LinkBuilder("base", kind.density() * ArmGeometry.fill(baseRadius), geometry.shell)
                .solid(new Geometry.Cylinder(baseRadius, baseHeight), Pose.of(0, 0, baseHeight / 2))
                .build());
        String parent = "base";
        double parentLength = baseHeight;
        List<Station> plan = plan(dof, reach, split, s, heavy);
        for (int i = 0; i < plan.size(); i++) {
            Station st = plan.get(i);
            Station next = i + 1 < plan.size() ? plan.get(i + 1) : null;
            boolean last = next == null;
            b.link(geometry.link(st, next, parentLength));
            b.joint(RobotJoints.revolute(st.joint(), parent, st.link(),
                    Pose.of(st.axis().times(st.shift()).plus(Vec3.of(0, 0, parentLength))),
                    st.axis(), st.lower(), st.upper(), st.effort(), st.velocity(), 0.01 * st.effort()));
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
        double girth = heavy ? 1.2 : 1.0;
        double r = 0.05 * s * girth;
        double torque = Math.pow(s, TORQUE_EXPONENT) * (heavy ? 1.5 : 1.0);
        double motor = Math.pow(s, ACTUATOR_EXPONENT) * (heavy ? 1.3 : 1.0);
        double fast = Math.min(2 * Math.PI, Math.max(0.3, Math.PI / Math.sqrt(s)));
        double wristFast = Math.min(2 * Math.PI, 1.25 * fast);
        double offset = s * girth;
        List<Station> p = new ArrayList<>();
        p.add(new Station("shoulder_pan_joint", "shoulder_link", Vec3.UNIT_Z, 0.10 * s, 1.2 * r, -Math.PI, Math.PI,
                150 * torque, fast, 4.0 * motor, 0));
        if (dof == 7) {
            p.add(new Station("shoulder_lift_joint", "upper_arm_link", Vec3.UNIT_Y, upper / 2, 1.1 * r, -2.0, 2.0,
                    150 * torque, fast, 4.0 * motor, 0));
            p.add(new Station("upper_arm_roll_joint", "upper_arm_roll_link", Vec3.UNIT_Z, upper / 2, r, -2.9, 2.9,
                    100 * torque, fast, 2.9 * motor, 0));
            p.add(new Station("elbow_joint", "forearm_link", Vec3.UNIT_Y, fore / 2, r, -2.7, 2.7,
                    100 * torque, fast, 2.7 * motor, 0));
            p.add(new Station("wrist_1_joint", "wrist_1_link", Vec3.UNIT_Z, fore / 2, 0.8 * r, -2.9, 2.9,
                    28 * torque, wristFast, 1.5 * motor, 0));
            p.add(new Station("wrist_2_joint", "wrist_2_link", Vec3.UNIT_Y, 0.6 * wrist, 0.8 * r, -2.0, 2.0,
                    28 * torque, wristFast, 1.5 * motor, 0));
            p.add(new Station("wrist_3_joint", "wrist_3_link", Vec3.UNIT_Z, 0.4 * wrist, 0.75 * r, -Math.PI, Math.PI,
                    28 * torque, wristFast, 1.1 * motor, 0));
            return p;
        }
        p.add(new Station("shoulder_lift_joint", "upper_arm_link", Vec3.UNIT_Y, upper, 1.1 * r, -LIFT_LIMIT, LIFT_LIMIT,
                150 * torque, fast, 4.0 * motor, SHOULDER_OFFSET * offset));
        p.add(new Station("elbow_joint", "forearm_link", Vec3.UNIT_Y, dof == 3 ? fore + wrist : fore, r, -ELBOW_LIMIT, ELBOW_LIMIT,
                150 * torque, fast, 3.2 * motor, -ELBOW_OFFSET * offset));
        Station pitch = new Station("wrist_1_joint", "wrist_1_link", Vec3.UNIT_Y, wrist, 0.8 * r, -2.0, 2.0,
                28 * torque, wristFast, 1.5 * motor, -WRIST_OFFSET * offset);
        switch (dof) {
            case 4 -> p.add(pitch);
            case 5 -> {
                p.add(new Station(pitch.joint(), pitch.link(), pitch.axis(), 0.6 * wrist, pitch.radius(), -2.0, 2.0,
                        pitch.effort(), wristFast, pitch.motorMass(), pitch.shift()));
                p.add(new Station("wrist_2_joint", "wrist_2_link", Vec3.UNIT_Z, 0.4 * wrist, 0.75 * r, -Math.PI,
                        Math.PI, 28 * torque, wristFast, 1.1 * motor, 0));
            }
            case 6 -> {
                p.add(new Station(pitch.joint(), pitch.link(), pitch.axis(), 0.38 * wrist, pitch.radius(), -TURN, TURN,
                        pitch.effort(), wristFast, pitch.motorMass(), pitch.shift()));
                p.add(new Station("wrist_2_joint", "wrist_2_link", Vec3.UNIT_X, 0.35 * wrist, 0.8 * r, -TURN, TURN,
                        28 * torque, wristFast, 1.5 * motor, D5 * offset));
                p.add(new Station("wrist_3_joint", "wrist_3_link", Vec3.UNIT_Z, 0.27 * wrist, 0.75 * r, -TURN,
                        TURN, 28 * torque, wristFast, 1.1 * motor, 0));
            }
            default -> {
                // three joints: the forearm carries the flange directly
            }
        }
        return p;
    }

    /**
     * Shapes of the arm's links: hollow tubes, motor housings across pitch and yaw axes, dark joint caps, and the stub
     * that carries a joint set out along its axis.
     */
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

        /** The share of a solid of {@code radius} that a tube of {@link #WALL} walls fills: its bulk density factor. */
        static double fill(double radius) {
            double bore = Math.max(0, 1 - WALL / radius);
            return 1 - bore * bore;
        }

        Link link(Station st, Station next, double parentLength) {
            double radius = st.radius();
            double length = st.length();
            boolean last = next == null;
            LinkBuilder lb = new LinkBuilder(st.link(), kind.density() * fill(radius), shell);
            boolean across = !st.axis().equals(Vec3.UNIT_Z);
            double top = length - gap - (last ? flangeThickness : 0);
            if (across) {
                if (parentLength < radius + gap) {
                    throw new IllegalStateException("housing of " + st.link() + " would reach past its parent");
                }
                Pose along = alongAxis(st.axis());
                double housingLength = 2.2 * radius;
                lb.solid(new Geometry.Cylinder(radius, housingLength), along);
                for (int side = -1; side <= 1; side += 2) {
                    Vec3 at = st.axis().times(side * (housingLength / 2 + 0.002 * s));
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
            if (next != null && next.shift() != 0) {
                stub(lb, next, length, Math.min(tube, next.radius()));
            }
            lb.payload(st.motorMass(), Vec3.ZERO, 0.6 * radius);
            return lb.build();
        }

        /**
         * The part of a link that carries {@code next}'s joint out along that joint's axis: a tube on the axis from
         * this link's centre line to just short of {@code next}'s housing.
         */
        private void stub(LinkBuilder lb, Station next, double height, double radius) {
            double reach = Math.abs(next.shift()) - 1.1 * next.radius() - gap;
            if (reach <= 0) {
                throw new IllegalStateException("offset of " + next.joint() + " is inside its own housing");
            }
            Vec3 centre = next.axis().times(Math.signum(next.shift()) * reach / 2).plus(Vec3.of(0, 0, height));
            lb.solid(new Geometry.Cylinder(radius, reach), new Pose(centre, alongAxis(next.axis()).rotation()));
        }

        private static Pose alongAxis(Vec3 axis) {
            return axis.equals(Vec3.UNIT_Y) ? Pose.xyzRpy(0, 0, 0, Math.PI / 2, 0, 0)
                    : Pose.xyzRpy(0, 0, 0, 0, Math.PI / 2, 0);
        }

        Link flange() {
            return new LinkBuilder("flange", kind, RobotPalette.JOINT_DARK)
                    .solid(new Geometry.Cylinder(0.032 * s, flangeThickness), Pose.of(0, 0, -flangeThickness / 2))
                    .build();
        }
    }
}
