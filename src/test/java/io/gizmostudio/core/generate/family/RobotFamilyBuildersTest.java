package io.gizmostudio.core.generate.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.PromptParser;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotFamilyBuildersTest {
    private final AssetGenerator generator = new AssetGenerator();

    private static String signature(Articulation a) {
        return a.movableJoints().stream().map(j -> j.type().name().charAt(0) + axis(j.axis()))
                .collect(Collectors.joining(" "));
    }

    private static String axis(Vec3 v) {
        if (Math.abs(Math.abs(v.x()) - 1) < 1e-9) {
            return (v.x() > 0 ? "+" : "-") + "x";
        }
        if (Math.abs(Math.abs(v.y()) - 1) < 1e-9) {
            return (v.y() > 0 ? "+" : "-") + "y";
        }
        return (v.z() > 0 ? "+" : "-") + "z";
    }

    /** Movable joints in order as type initial (Revolute, Prismatic, Continuous) and axis. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a 3-DOF arm | R+z R+y R+y",
        "a 6-DOF arm | R+z R+y R+y R+y R+x R+z",
        "a 7-DOF arm | R+z R+y R+z R+y R+z R+y R+z",
        "a scara | R+z R+z P+z R+z",
        "a 3-axis scara | R+z R+z P+z",
        "a parallel gripper | P+y P-y",
        "a suction gripper | P-z",
        "a pan tilt unit | R+z R+y",
        "a gantry | P+x P+y P+z",
        "a linear stage | P+x",
        "an xy table | P+x P+y",
        "a rover | C+y C+y C+y C+y",
        "a differential drive robot | C+y C+y C+z C+y C+z C+y",
        "a 3-wheeled robot | C+y C+y C+z C+y",
    })
    void familyProducesTheJointTypesARoboticistExpects(String prompt, String expected) {
        assertThat(signature(generator.generate(prompt, 1).articulation())).isEqualTo(expected);
    }

    @Test
    void threeFingerGripperCurlsEveryFingerTowardThePalmAxis() {
        Articulation g = generator.generate("a three finger gripper", 1).articulation();
        Map<String, Pose> straight = ForwardKinematics.linkPoses(g, Map.of());
        Map<String, Double> curled = Map.of("finger_1_proximal_joint", 0.8, "finger_2_proximal_joint", 0.8,
                "finger_3_proximal_joint", 0.8);
        Map<String, Pose> bent = ForwardKinematics.linkPoses(g, curled);
        for (int f = 1; f <= 3; f++) {
            Vec3 before = straight.get("finger_" + f + "_distal").position();
            Vec3 after = bent.get("finger_" + f + "_distal").position();
            double r0 = Math.hypot(before.x(), before.y());
            double r1 = Math.hypot(after.x(), after.y());
            assertThat(r1).as("finger %d", f).isLessThan(r0);
        }
    }

    @Test
    void mobileBaseDeckIsOnTopAndWheelsTouchTheFloor() {
        Articulation base = generator.generate("an agv", 1).articulation();
        Map<String, Pose> poses = ForwardKinematics.linkPoses(base, Map.of());
        double deckZ = poses.get("deck").position().z();
        assertThat(deckZ).isCloseTo(ForwardKinematics.bounds(base).max().z(), within(1e-9));
        assertThat(ForwardKinematics.bounds(base).min().z()).isCloseTo(0, within(1e-9));
        assertThat(base.root().name()).isEqualTo("chassis");
    }

    @Test
    void mobileBaseGrowsToCarryAnArmWithoutTipping() {
        Articulation alone = generator.generate("a mobile base", 1).articulation();
        Articulation carrying = generator.generate("a mobile base with a 6-DOF arm", 1).articulation();
        double aloneLength = alone.link("chassis").orElseThrow().localBounds().size().x();
        double carryingLength = carrying.link("chassis").orElseThrow().localBounds().size().x();
        assertThat(carryingLength).isGreaterThan(1.4 * aloneLength);
    }

    @Test
    void scaraFlangePointsDown() {
        Articulation s = generator.generate("a scara", 1).articulation();
        Pose flange = ForwardKinematics.linkPoses(s, Map.of()).get("flange");
        assertThat(flange.rotation().rotate(Vec3.UNIT_Z).z()).isCloseTo(-1, within(1e-9));
    }

    @Test
    void gantryTravelPerAxisFollowsTheSpec() {
        AssetSpec spec = new PromptParser().parse("a gantry with 2 m travel");
        Articulation g = new GantryBuilder().build(spec, new SplittableRandom(1));
        Joint x = g.joint("x_joint").orElseThrow();
        Joint z = g.joint("z_joint").orElseThrow();
        assertThat(x.limits().upper() - x.limits().lower()).isCloseTo(2.0, within(1e-9));
        assertThat(z.limits().upper()).isZero();
        assertThat(z.limits().lower()).isCloseTo(-0.8, within(1e-9));
    }

    @Test
    void builderClampsOutOfRangeCountsItIsHandedDirectly() {
        AssetSpec spec = new AssetSpec(Family.ROBOT_ARM, Map.of("dof", 12), Map.of(), null, null, null, null,
                Map.of(), java.util.List.of());
        assertThat(new RobotArmBuilder().build(spec, new SplittableRandom(1)).movableJoints()).hasSize(7);
    }

    /** "4 suction cups" builds four cups, each on its own compensator, on a ring that keeps them apart (it built one). */
    @org.junit.jupiter.api.Test
    void fourSuctionCupsAreFourCupsOnARing() {
        Articulation a = new io.gizmostudio.core.generate.AssetGenerator().generate("a suction gripper with 4 suction cups", 1).articulation();
        java.util.List<Joint> stages = a.joints().stream().filter(j -> j.name().endsWith("_stage_joint")).toList();
        assertThat(stages).extracting(Joint::name)
                .containsExactly("cup_1_stage_joint", "cup_2_stage_joint", "cup_3_stage_joint", "cup_4_stage_joint");
        assertThat(ArticulationProbe.overlaps(a, java.util.Map.of(), 1e-6)).isEmpty();
        double r = a.link("cup_1").orElseThrow().visuals().stream()
                .mapToDouble(v -> v.geometry().localBounds().size().x() / 2).max().orElseThrow();
        for (int i = 0; i < stages.size(); i++) {
            for (int k = i + 1; k < stages.size(); k++) {
                double apart = stages.get(i).origin().position().minus(stages.get(k).origin().position()).norm();
                assertThat(apart).as("cups %d and %d", i + 1, k + 1).isGreaterThan(2 * r);
            }
        }
        assertThat(new io.gizmostudio.core.generate.AssetGenerator().generate("a suction gripper", 1).articulation()
                .joint("cup_stage_joint")).as("one cup keeps its names").isPresent();
    }
}
