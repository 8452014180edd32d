package io.gizmostudio.server.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.api.ApiJson;
import io.gizmostudio.core.format.TestArticulations;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationValidator;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The start state and joint springs on the model: {@link Articulation#initialPositions()} checked by the validator,
 * {@link JointDynamics} springs, both carried through every copy of an articulation and the stored JSON.
 */
class InitialPositionsTest {
    private static final ArticulationCodec CODEC = new ArticulationCodec(ApiJson.newMapper());

    private static Articulation cabinet(Map<String, Double> positions) {
        return TestArticulations.drawerCabinet().withInitialPositions(positions);
    }

    @Test
    void jointsNotNamedStartAtZeroOrTheNearestEndOfTheirRange() {
        Articulation a = cabinet(Map.of("drawer_slide", 0.25));
        Joint drawer = a.joint("drawer_slide").orElseThrow();
        Joint door = a.joint("door_hinge").orElseThrow();
        assertThat(a.initialPosition(drawer)).isEqualTo(0.25);
        assertThat(a.initialPosition(door)).isZero();
        Joint raised = new Joint("door_hinge", door.type(), door.parent(), door.child(), door.origin(), door.axis(),
                new io.gizmostudio.core.model.JointLimits(0.3, 1.2, 20, 1.5), door.dynamics(), null, null);
        Articulation b = a.withJoints(a.joints().stream().map(j -> j.name().equals("door_hinge") ? raised : j).toList());
        assertThat(b.initialPosition(raised)).isEqualTo(0.3);
        assertThat(b.initialPositions()).isEqualTo(Map.of("drawer_slide", 0.25));
    }

    @Test
    void validatorAcceptsPositionsInsideTheLimitsAndAtThem() {
        assertThat(ArticulationValidator.problems(cabinet(Map.of("drawer_slide", 0.4, "door_hinge", 1.1)))).isEmpty();
    }

    @Test
    void validatorNamesEveryBadPosition() {
        Map<String, Double> bad = new LinkedHashMap<>();
        bad.put("drawer_slide", 0.5);
        bad.put("door_hinge", Double.NaN);
        bad.put("handle_mount", 0.1);
        bad.put("no_such_joint", 0.0);
        List<String> problems = ArticulationValidator.problems(cabinet(bad));
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).contains("drawer_slide").contains("0.5").contains("outside its limits [0.0, 0.4]");
        assertThat(problems.get(1)).contains("door_hinge").contains("NaN");
        assertThat(problems.get(2)).contains("handle_mount").contains("no movable joint");
        assertThat(problems.get(3)).contains("no_such_joint");
    }

    @Test
    void aMimicFollowerHasNoPositionOfItsOwn() {
        Articulation g = TestArticulations.gripper().withInitialPositions(Map.of("finger_right_joint", 0.02));
        assertThat(ArticulationValidator.problems(g)).singleElement().asString().contains("mimics 'finger_left_joint'");
        Articulation led = TestArticulations.gripper().withInitialPositions(Map.of("finger_left_joint", 0.03));
        assertThat(led.initialPosition(led.joint("finger_right_joint").orElseThrow())).isCloseTo(0.03, within(1e-12));
    }

    @Test
    void aSpringPullsTowardItsReferenceAndDefaultsToNone() {
        JointDynamics plain = new JointDynamics(3, 1);
        assertThat(plain.hasSpring()).isFalse();
        assertThat(plain.stiffness()).isZero();
        assertThat(plain.springReference()).isZero();
        JointDynamics spring = plain.withSpring(20, -0.1);
        assertThat(spring.damping()).isEqualTo(3);
        assertThat(spring.friction()).isEqualTo(1);
        assertThat(spring.springForce(0.0)).isCloseTo(-2.0, within(1e-12));
        assertThat(spring.springForce(-0.1)).isZero();
    }

    @Test
    void validatorRefusesANegativeOrNonFiniteSpring() {
        Articulation a = TestArticulations.drawerCabinet();
        Articulation bad = a.withJoints(a.joints().stream().map(j -> !j.name().equals("door_hinge") ? j
                : new Joint(j.name(), j.type(), j.parent(), j.child(), j.origin(), j.axis(), j.limits(),
                        j.dynamics().withSpring(-5, 0), null, null)).toList());
        assertThat(ArticulationValidator.problems(bad)).singleElement().asString().contains("door_hinge").contains("spring");
    }

    @Test
    void copiesOfAnArticulationKeepItsStartState() {
        Articulation a = cabinet(Map.of("drawer_slide", 0.2));
        assertThat(a.renamed("other").initialPositions()).isEqualTo(a.initialPositions());
        assertThat(a.withMetadata(Map.of("k", "v")).initialPositions()).isEqualTo(a.initialPositions());
        assertThat(a.withJoints(a.joints()).initialPositions()).isEqualTo(a.initialPositions());
        assertThat(a).isNotEqualTo(TestArticulations.drawerCabinet());
    }

    @Test
    void storedJsonCarriesSpringsAndInitialPositionsExactly() {
        Articulation a = TestArticulations.drawerCabinet();
        Articulation sprung = a.withJoints(a.joints().stream().map(j -> !j.name().equals("door_hinge") ? j
                : new Joint(j.name(), j.type(), j.parent(), j.child(), j.origin(), j.axis(), j.limits(),
                        j.dynamics().withSpring(22.25, -0.1875), null, null)).toList())
                .withInitialPositions(Map.of("door_hinge", 1.5, "drawer_slide", 0.1 + 0.2));
        String json = CODEC.encode(sprung);
        assertThat(json).contains("\"spring\":[22.25,-0.1875]").contains("\"initial_positions\":{");
        Articulation back = CODEC.decode(json);
        assertThat(back).isEqualTo(sprung);
        assertThat(back.joint("door_hinge").orElseThrow().dynamics().springReference()).isEqualTo(-0.1875);
        assertThat(back.initialPositions().get("drawer_slide")).isEqualTo(0.1 + 0.2);
    }

    @Test
    void documentsWithoutTheNewFieldsReadAsBefore() {
        Articulation plain = TestArticulations.drawerCabinet();
        String json = CODEC.encode(plain);
        assertThat(json).doesNotContain("\"spring\"").doesNotContain("initial_positions");
        Articulation back = CODEC.decode(json);
        assertThat(back.initialPositions()).isEmpty();
        assertThat(back.joints()).allSatisfy(j -> assertThat(j.dynamics().hasSpring()).isFalse());
    }
}
