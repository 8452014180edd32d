package io.gizmostudio.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.generate.family.RobotArmBuilder;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationValidator;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Pose;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssetGeneratorTest {
    private final AssetGenerator generator = new AssetGenerator();

    @ParameterizedTest
    @ValueSource(strings = {"a 6-DOF arm with a parallel-jaw gripper", "AGV with a UR-style arm and a suction gripper",
        "a rover with an arm and a pan tilt camera", "a gantry"})
    void samePromptAndSeedGiveEqualArticulations(String prompt) {
        GeneratedAsset first = generator.generate(prompt, 1234);
        GeneratedAsset second = new AssetGenerator().generate(prompt, 1234);
        assertThat(second.articulation()).isEqualTo(first.articulation());
        assertThat(second.spec()).isEqualTo(first.spec());
    }

    @Test
    void differentSeedsVaryTheDefaults() {
        Articulation a = generator.generate("a robot arm", 1).articulation();
        Articulation b = generator.generate("a robot arm", 2).articulation();
        assertThat(b).isNotEqualTo(a);
        assertThat(b.joints().size()).isEqualTo(a.joints().size());
    }

    @Test
    void promptsThatNormaliseAlikeGiveTheSameAsset() {
        assertThat(PromptSeed.of("A 6-DOF  Arm", 9)).isEqualTo(PromptSeed.of("a 6-dof arm", 9));
        assertThat(PromptSeed.of("a 6-dof arm", 9)).isNotEqualTo(PromptSeed.of("a 6-dof arm", 10));
        assertThat(generator.generate("A 6-DOF  Arm", 9).articulation().links())
                .isEqualTo(generator.generate("a 6-dof arm", 9).articulation().links());
    }

    @Test
    void unrecognisedPromptFailsWithCodeAndTheListOfFamilies() {
        assertThatThrownBy(() -> generator.generate("a cup of tea", 1))
                .isInstanceOfSatisfying(GenerationException.class, e -> {
                    assertThat(e.code()).isEqualTo("unrecognized_prompt");
                    assertThat(e.getMessage()).contains("serial robot arm (3-7 DOF)", "dishwasher", "mobile base");
                });
    }

    @Test
    void familyWithoutABuilderFailsAsUnavailable() {
        AssetGenerator armsOnly = new AssetGenerator(new FamilyRegistry(List.of(new RobotArmBuilder())));
        assertThatThrownBy(() -> armsOnly.generate("a scara", 1))
                .isInstanceOfSatisfying(GenerationException.class, e -> {
                    assertThat(e.code()).isEqualTo(GenerationException.FAMILY_UNAVAILABLE);
                    assertThat(e.getMessage()).contains("SCARA robot", "serial robot arm");
                });
    }

    @Test
    void registryRefusesTwoBuildersForOneFamily() {
        assertThatThrownBy(() -> FamilyRegistry.standard().with(List.of(new RobotArmBuilder())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ROBOT_ARM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a robot arm", "a scara", "a parallel gripper", "a three finger gripper",
        "a suction gripper", "an agv", "a rover", "a six-wheeled rover", "a differential drive robot",
        "a 3-wheeled robot", "a pan-tilt unit", "a gantry", "a 1-axis gantry", "a linear stage", "an xy table",
        "a cartesian robot", "a 3-axis scara", "a red steel arm", "a wooden gripper", "a large rubber rover"})
    void everyRobotFamilyValidatesAndRecordsProvenance(String prompt) {
        GeneratedAsset asset = generator.generate(prompt, 5);
        Articulation a = asset.articulation();
        assertThat(ArticulationValidator.problems(a)).isEmpty();
        assertThat(a.metadata()).containsEntry("prompt", prompt).containsEntry("seed", "5")
                .containsEntry("generator_version", AssetGenerator.GENERATOR_VERSION)
                .containsEntry("family", asset.spec().family().wireName());
        assertThat(a.name()).matches("[a-z][a-z0-9_]{0,47}");
        assertThat(a.totalMass()).isPositive();
        assertThat(a.movableJoints()).isNotEmpty();
        // standing on the floor: nothing below z = 0 at the zero pose
        assertThat(ForwardKinematics.bounds(a).min().z()).isGreaterThanOrEqualTo(-1e-9);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6, 7})
    void armHasExactlyItsDofInRevoluteJointsAndAFlange(int dof) {
        Articulation a = generator.generate("a " + dof + "-DOF robot arm", 3).articulation();
        assertThat(a.joints().stream().filter(j -> j.type() == JointType.REVOLUTE)).hasSize(dof);
        assertThat(a.movableJoints()).hasSize(dof);
        assertThat(a.link("flange")).isPresent();
        assertThat(a.root().name()).isEqualTo("base");
    }

    @Test
    void armFlangeSitsAtTheReachAboveTheShoulderWithZOutward() {
        Articulation a = generator.generate("a 6-DOF arm with 1.2 m reach", 3).articulation();
        Map<String, Pose> poses = ForwardKinematics.linkPoses(a, Map.of());
        Pose shoulder = poses.get("upper_arm_link");
        Pose flange = poses.get("flange");
        assertThat(flange.position().z() - shoulder.position().z()).isCloseTo(1.2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(flange.rotation().rotate(io.gizmostudio.core.model.Vec3.UNIT_Z).z()).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void armOfDefaultReachWeighsLikeAnIndustrialCobot() {
        double mass = generator.generate("a 6-DOF robot arm", 11).articulation().totalMass();
        assertThat(mass).isBetween(15.0, 25.0);
    }

    @Test
    void parallelGripperFingersCloseSymmetrically() {
        Articulation g = generator.generate("a parallel gripper", 1).articulation();
        Joint left = g.joint("finger_left_joint").orElseThrow();
        Joint right = g.joint("finger_right_joint").orElseThrow();
        assertThat(left.type()).isEqualTo(JointType.PRISMATIC);
        assertThat(right.mimic().joint()).isEqualTo("finger_left_joint");
        assertThat(right.drive()).isNull();
        assertThat(left.drive()).isNotNull();
        double q = 0.02;
        Map<String, Pose> open = ForwardKinematics.linkPoses(g, Map.of("finger_left_joint", q));
        double leftY = open.get("finger_left").position().y();
        double rightY = open.get("finger_right").position().y();
        assertThat(leftY).isCloseTo(-rightY, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(leftY - ForwardKinematics.linkPoses(g, Map.of()).get("finger_left").position().y())
                .isCloseTo(q, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void threeFingerGripperHasActuatedProximalAndMimickingDistalPhalanges() {
        Articulation g = generator.generate("a three-finger gripper", 1).articulation();
        for (int f = 1; f <= 3; f++) {
            Joint proximal = g.joint("finger_" + f + "_proximal_joint").orElseThrow();
            Joint distal = g.joint("finger_" + f + "_distal_joint").orElseThrow();
            assertThat(proximal.isActuated()).isTrue();
            assertThat(distal.mimic().joint()).isEqualTo(proximal.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a 6-DOF arm with a parallel-jaw gripper | 8 | 1",
        "a 7-DOF arm with a three-finger gripper | 13 | 3",
        "a 5-DOF arm with a suction cup | 6 | 0",
        "a mobile base with a 6-DOF arm | 12 | 0",
        "a rover with 6 wheels and a 5-DOF arm | 11 | 0",
        "AGV with a UR-style arm and a suction gripper | 13 | 0",
        "an AGV with a 6-DOF arm and a parallel gripper | 14 | 1",
        "a rover with an arm and a pan tilt camera | 12 | 0",
        "a scara with a parallel gripper | 6 | 1",
        "a gantry with a suction gripper | 4 | 0",
    })
    void compositionsHaveTheExpectedJointCounts(String prompt, int movable, int mimics) {
        Articulation a = generator.generate(prompt, 2).articulation();
        assertThat(a.movableJoints()).hasSize(movable);
        assertThat(a.movableJoints().stream().filter(j -> j.mimic() != null)).hasSize(mimics);
        assertThat(ArticulationValidator.problems(a)).isEmpty();
    }

    @Test
    void gripperMountsOnTheFlangeAndArmOnTheDeck() {
        Articulation a = generator.generate("an AGV with a 6-DOF arm and a parallel gripper", 2).articulation();
        Joint armMount = a.joint("arm_mount").orElseThrow();
        Joint gripperMount = a.joint("arm_gripper_mount").orElseThrow();
        assertThat(armMount.parent()).isEqualTo("deck");
        assertThat(armMount.child()).isEqualTo("arm_base");
        assertThat(gripperMount.parent()).isEqualTo("arm_flange");
        assertThat(gripperMount.child()).isEqualTo("arm_gripper_base");
        assertThat(gripperMount.origin().isIdentity(1e-12)).isTrue();
    }

    @Test
    void castersArePassiveAndWheelsVelocityDriven() {
        Articulation a = generator.generate("a differential drive robot with an arm", 2).articulation();
        assertThat(a.metadata().get(DriveTuning.PASSIVE_JOINTS)).contains("caster_front_swivel_joint");
        for (Joint j : a.joints()) {
            if (j.name().startsWith("caster")) {
                assertThat(j.drive()).as(j.name()).isNull();
            }
            if (j.name().startsWith("wheel_")) {
                assertThat(j.type()).isEqualTo(JointType.CONTINUOUS);
                assertThat(j.axis()).isEqualTo(io.gizmostudio.core.model.Vec3.UNIT_Y);
                assertThat(j.drive().stiffness()).isZero();
            }
        }
    }

    @Test
    void suctionGripperHasOneSpringLoadedStage() {
        Articulation a = generator.generate("a suction gripper", 2).articulation();
        assertThat(a.movableJoints()).singleElement().satisfies(j -> {
            assertThat(j.type()).isEqualTo(JointType.PRISMATIC);
            assertThat(j.drive().stiffness()).isEqualTo(io.gizmostudio.core.generate.family.SuctionGripperBuilder.SPRING_RATE);
        });
    }

    @Test
    void nameComesFromThePromptAndStartsWithALetter() {
        assertThat(AssetNames.fromPrompt("A steel cabinet with 3 drawers", Family.CABINET)).isEqualTo("steel_cabinet_3_drawers");
        assertThat(AssetNames.fromPrompt("6-DOF arm", Family.ROBOT_ARM)).isEqualTo("robot_arm_6_dof_arm");
        assertThat(AssetNames.fromPrompt("!!!", Family.ROBOT_ARM)).isEqualTo("robot_arm");
        assertThat(AssetNames.fromPrompt("a " + "very ".repeat(30) + "big arm", Family.ROBOT_ARM)).hasSizeLessThanOrEqualTo(48);
    }
}
