package io.gizmostudio.core.format;

import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationBuilder;
import io.gizmostudio.core.model.Drive;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Mimic;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;

/** Hand-built articulations shaped like what the generator families produce, for the writer tests. */
public final class TestArticulations {
    private TestArticulations() {
    }

    static final Rgba ORANGE = Rgba.hex("#e07020");
    static final Rgba GREY = Rgba.hex("#8a9099");

    /** A 0.85 m, 6-DOF arm: a few kg per link, kp 400–4000 N·m/rad, effort 28–150 N·m, a fixed flange. */
    public static Articulation arm() {
        ArticulationBuilder b = new ArticulationBuilder("arm 6dof");
        b.metadata("prompt", "a 6-DOF arm, 0.85 m reach").metadata("seed", "7");
        b.link(new LinkBuilder("base", MaterialKind.ALUMINIUM, GREY)
                .solid(new Geometry.Cylinder(0.08, 0.1), Pose.of(0, 0, 0.05)).build());
        b.link(new LinkBuilder("shoulder", MaterialKind.ALUMINIUM, ORANGE)
                .solid(new Geometry.Cylinder(0.06, 0.12), Pose.of(0, 0, 0.06)).payload(2.0, new Vec3(0, 0, 0.06), 0.05).build());
        b.link(new LinkBuilder("upper_arm", MaterialKind.ALUMINIUM, ORANGE)
                .solid(new Geometry.Capsule(0.045, 0.425), Pose.of(0, 0, 0.2125)).payload(1.5, new Vec3(0, 0, 0.05), 0.04).build());
        b.link(new LinkBuilder("forearm", MaterialKind.ALUMINIUM, ORANGE)
                .solid(new Geometry.Capsule(0.035, 0.39), Pose.of(0, 0, 0.195)).build());
        b.link(new LinkBuilder("wrist_1", MaterialKind.ALUMINIUM, GREY)
                .solid(new Geometry.Cylinder(0.04, 0.08), Pose.xyzRpy(0, 0, 0.04, 0, 0, 0)).build());
        b.link(new LinkBuilder("wrist_2", MaterialKind.ALUMINIUM, GREY)
                .solid(new Geometry.Cylinder(0.04, 0.08), Pose.xyzRpy(0, 0, 0.04, Math.PI / 2, 0, 0)).build());
        b.link(new LinkBuilder("wrist_3", MaterialKind.ALUMINIUM, GREY)
                .solid(new Geometry.Cylinder(0.035, 0.04), Pose.of(0, 0, 0.02)).build());
        b.link(new LinkBuilder("flange", MaterialKind.STEEL, GREY)
                .solid(new Geometry.Cylinder(0.03, 0.01), Pose.of(0, 0, 0.005)).build());
        b.joint(revolute("shoulder_pan", "base", "shoulder", Pose.of(0, 0, 0.1), Vec3.UNIT_Z, -Math.PI, Math.PI, 150, 4000));
        b.joint(revolute("shoulder_lift", "shoulder", "upper_arm", Pose.of(0, 0, 0.12), Vec3.UNIT_Y, -2.0, 2.0, 150, 4000));
        b.joint(revolute("elbow", "upper_arm", "forearm", Pose.of(0, 0, 0.425), Vec3.UNIT_Y, -2.6, 2.6, 150, 2500));
        b.joint(revolute("wrist_1", "forearm", "wrist_1", Pose.of(0, 0, 0.39), Vec3.UNIT_Y, -3.0, 3.0, 28, 600));
        b.joint(revolute("wrist_2", "wrist_1", "wrist_2", Pose.of(0, 0, 0.08), Vec3.UNIT_Z, -3.0, 3.0, 28, 600));
        b.joint(revolute("wrist_3", "wrist_2", "wrist_3", Pose.of(0, 0, 0.08), Vec3.UNIT_Y, -3.0, 3.0, 28, 400));
        b.joint(Joint.fixed("flange_mount", "wrist_3", "flange", Pose.of(0, 0, 0.04)));
        return b.build().validate();
    }

    static Joint revolute(String name, String parent, String child, Pose origin, Vec3 axis, double lo, double hi,
                          double effort, double kp) {
        return new Joint(name, JointType.REVOLUTE, parent, child, origin, axis, new JointLimits(lo, hi, effort, 3.0),
                new JointDynamics(0.5, 0.1), null, new Drive(kp, kp / 20, effort));
    }

    /** A parallel-jaw gripper: two light prismatic fingers, the second mimicking the first. */
    public static Articulation gripper() {
        ArticulationBuilder b = new ArticulationBuilder("gripper");
        b.link(new LinkBuilder("base", MaterialKind.ALUMINIUM, GREY).box(0.12, 0.04, 0.04, new Vec3(0, 0, 0.02)).build());
        b.link(new LinkBuilder("finger_left", MaterialKind.ALUMINIUM, GREY).box(0.01, 0.02, 0.05, new Vec3(0, 0, 0.025)).build());
        b.link(new LinkBuilder("finger_right", MaterialKind.ALUMINIUM, GREY).box(0.01, 0.02, 0.05, new Vec3(0, 0, 0.025)).build());
        b.joint(new Joint("finger_left_joint", JointType.PRISMATIC, "base", "finger_left", Pose.of(-0.02, 0, 0.04),
                new Vec3(-1, 0, 0), new JointLimits(0, 0.04, 40, 0.2), new JointDynamics(2, 0), null, new Drive(2000, 50, 40)));
        b.joint(new Joint("finger_right_joint", JointType.PRISMATIC, "base", "finger_right", Pose.of(0.02, 0, 0.04),
                Vec3.UNIT_X, new JointLimits(0, 0.04, 40, 0.2), new JointDynamics(2, 0),
                new Mimic("finger_left_joint", 1, 0), new Drive(2000, 50, 40)));
        return b.build().validate();
    }

    /** A cabinet with a drawer (prismatic along +X, fixed handle) and a door (revolute about Z). */
    public static Articulation drawerCabinet() {
        ArticulationBuilder b = new ArticulationBuilder("cabinet");
        LinkBuilder carcass = new LinkBuilder("carcass", MaterialKind.WOOD, Rgba.hex("#a0703c"));
        carcass.box(0.5, 0.02, 0.8, new Vec3(0, -0.29, 0.4)).box(0.5, 0.02, 0.8, new Vec3(0, 0.29, 0.4))
                .box(0.5, 0.6, 0.02, new Vec3(0, 0, 0.01)).box(0.5, 0.6, 0.02, new Vec3(0, 0, 0.79))
                .box(0.02, 0.6, 0.8, new Vec3(-0.24, 0, 0.4));
        b.link(carcass.build());
        b.link(new LinkBuilder("drawer", MaterialKind.WOOD, Rgba.hex("#b08050"))
                .box(0.45, 0.5, 0.02, new Vec3(0, 0, -0.1)).box(0.02, 0.5, 0.2, new Vec3(0.215, 0, 0)).build());
        b.link(new LinkBuilder("drawer_handle", MaterialKind.STEEL, GREY)
                .solid(new Geometry.Cylinder(0.008, 0.12), Pose.xyzRpy(0, 0, 0, Math.PI / 2, 0, 0)).build());
        b.link(new LinkBuilder("door", MaterialKind.WOOD, Rgba.hex("#a0703c")).box(0.02, 0.56, 0.3, new Vec3(0, 0.28, 0)).build());
        b.joint(new Joint("drawer_slide", JointType.PRISMATIC, "carcass", "drawer", Pose.of(0.0, 0, 0.6), Vec3.UNIT_X,
                new JointLimits(0, 0.4, 100, 0.5), new JointDynamics(5, 1), null, null));
        b.joint(Joint.fixed("handle_mount", "drawer", "drawer_handle", Pose.of(0.24, 0, 0)));
        b.joint(new Joint("door_hinge", JointType.REVOLUTE, "carcass", "door", Pose.of(0.26, -0.28, 0.25), Vec3.UNIT_Z,
                new JointLimits(0, 2.0, 20, 1.5), new JointDynamics(0.5, 0.2), null, null));
        return b.build().validate();
    }

    /** A small closed triangular prism (outward faces), 4 cm across. */
    public static TriangleMesh prism() {
        double[] v = {
            0, 0, 0, 0.04, 0, 0, 0, 0.04, 0,
            0, 0, 0.03, 0.04, 0, 0.03, 0, 0.04, 0.03};
        int[] t = {
            0, 2, 1, 3, 4, 5,
            0, 1, 4, 0, 4, 3,
            1, 2, 5, 1, 5, 4,
            2, 0, 3, 2, 3, 5};
        return new TriangleMesh("bracket prism", v, t);
    }

    /**
     * Everything at once: fixed, revolute, continuous and prismatic joints, a mimic, a mesh, a capsule, a
     * tilted (non-principal) axis, a negated axis, a translucent material, and names that need sanitising
     * (spaces, quotes, '&lt;', and two that sanitise to the same identifier).
     */
    public static Articulation kitchenSink() {
        Material red = new Material("red \"paint\"", new Rgba(0.8, 0.1, 0.1, 1));
        Material glass = new Material("glass<clear>", new Rgba(0.7, 0.8, 0.9, 0.4));
        ArticulationBuilder b = new ArticulationBuilder("kitchen <sink> & \"co\"");
        b.metadata("prompt", "a \"weird\" <thing> -- with & everything");
        b.link(new LinkBuilder("base link", 2700, red).box(0.3, 0.3, 0.05, new Vec3(0, 0, 0.025)).build());
        b.link(new LinkBuilder("turret", 2700, red).solid(new Geometry.Capsule(0.03, 0.1), Pose.of(0, 0, 0.08)).build());
        b.link(new LinkBuilder("tilted", 2700, glass).solid(new Geometry.Sphere(0.03), Pose.IDENTITY).build());
        b.link(new LinkBuilder("link a", 2700, red).solid(prism(), Pose.IDENTITY).build());
        b.link(new LinkBuilder("link_a", 2700, red).box(0.02, 0.02, 0.02, Vec3.ZERO).build());
        b.link(new LinkBuilder("slider", 2700, red).box(0.02, 0.04, 0.02, Vec3.ZERO).build());
        b.link(new LinkBuilder("follower", 2700, red).box(0.02, 0.04, 0.02, Vec3.ZERO).build());
        b.link(new LinkBuilder("wheel", 1100, red).solid(new Geometry.Cylinder(0.04, 0.02), Pose.xyzRpy(0, 0, 0, Math.PI / 2, 0, 0)).build());
        b.joint(new Joint("turret yaw", JointType.CONTINUOUS, "base link", "turret", Pose.of(0, 0, 0.05), Vec3.UNIT_Z,
                JointLimits.unbounded(20, 2), new JointDynamics(0.2, 0), null, new Drive(200, 5, 20)));
        Vec3 tilt = new Vec3(1, 1, 1).normalized();
        b.joint(new Joint("tilt 'joint'", JointType.REVOLUTE, "turret", "tilted", Pose.of(0, 0, 0.16), tilt,
                new JointLimits(-1, 1, 10, 2), new JointDynamics(0.1, 0), null, new Drive(100, 2, 10)));
        b.joint(Joint.fixed("mesh<mount>", "base link", "link a", Pose.xyzRpy(0.1, 0.1, 0.05, 0, 0, 0.3)));
        b.joint(new Joint("flip", JointType.REVOLUTE, "base link", "link_a", Pose.of(-0.1, 0.1, 0.06), new Vec3(0, -1, 0),
                new JointLimits(-0.5, 1.5, 5, 2), new JointDynamics(0.05, 0), null, null));
        b.joint(new Joint("slide", JointType.PRISMATIC, "base link", "slider", Pose.of(-0.1, -0.1, 0.06), new Vec3(0, 0.6, 0.8),
                new JointLimits(-0.02, 0.05, 30, 0.3), new JointDynamics(1, 0.5), null, new Drive(800, 20, 30)));
        b.joint(new Joint("slide follower", JointType.PRISMATIC, "base link", "follower", Pose.of(0.1, -0.1, 0.06), new Vec3(0, 0, 1),
                new JointLimits(-0.05, 0.02, 30, 0.3), new JointDynamics(1, 0), new Mimic("slide", -1, 0.0), null)
                .withOrigin(Pose.of(0.1, -0.1, 0.08)));
        b.joint(new Joint("wheel spin", JointType.CONTINUOUS, "base link", "wheel", Pose.of(0.12, -0.12, 0.1), Vec3.UNIT_Y,
                JointLimits.unbounded(5, 20), new JointDynamics(0.01, 0), null, null));
        return b.build().validate();
    }
}
