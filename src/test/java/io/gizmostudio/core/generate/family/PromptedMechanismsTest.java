package io.gizmostudio.core.generate.family;

import static io.gizmostudio.core.generate.family.ArticulationProbe.joint;
import static io.gizmostudio.core.generate.family.ArticulationProbe.jointOrigin;
import static io.gizmostudio.core.generate.family.ArticulationProbe.joints;
import static io.gizmostudio.core.generate.family.ArticulationProbe.jointsNamed;
import static io.gizmostudio.core.generate.family.ArticulationProbe.linkBounds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.generate.DriveTuning;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Vec3;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Prompts whose words the table reads into parameters, generated end to end: the built asset has what they say
 * (a double oven's two cavities, freezer drawers, drawers and a hinged door in one cabinet, three driven wheels a
 * side, a crate's length and width, a stated diameter).
 */
class PromptedMechanismsTest {
    private final AssetGenerator generator = new AssetGenerator();

    private Articulation generate(String prompt) {
        return generator.generate(prompt, 3).articulation();
    }

    @Test
    void aDoubleOvenHasTwoStackedCavitiesEachBehindItsOwnBottomHingedDoor() {
        Articulation a = generate("a double oven");
        List<Joint> hinges = joints(a, JointType.REVOLUTE);
        assertThat(hinges).extracting(Joint::name).containsExactly("upper_door_hinge", "lower_door_hinge");
        hinges.forEach(h -> assertThat(h.axis()).isEqualTo(Vec3.UNIT_Y));
        Aabb upper = linkBounds(a, "upper_door", Map.of());
        Aabb lower = linkBounds(a, "lower_door", Map.of());
        assertThat(upper.min().z()).as("upper door above the lower one").isGreaterThan(lower.max().z());
        assertThat(jointOrigin(a, joint(a, "upper_door_hinge")).z()).isCloseTo(upper.min().z(), within(1e-9));
        assertThat(ForwardKinematics.bounds(a).size().z()).as("a built-in double oven's height").isBetween(0.85, 0.95);
        // a rack in each cavity: rack_1 above the upper door's hinge, the others below it
        double split = jointOrigin(a, joint(a, "upper_door_hinge")).z();
        assertThat(jointOrigin(a, joint(a, "rack_1_slide")).z()).isGreaterThan(split);
        assertThat(jointsNamed(a, "rack_")).hasSizeGreaterThanOrEqualTo(2).filteredOn(j -> !j.name().equals("rack_1_slide"))
                .allSatisfy(j -> assertThat(jointOrigin(a, j).z()).isLessThan(split));
        // both doors down and every rack out: the racks clear the body and each other
        Map<String, Double> open = new HashMap<>();
        jointsNamed(a, "rack_").forEach(j -> open.put(j.name(), j.limits().upper()));
        Articulation withoutDoors = new Articulation(a.name(), a.links().stream().filter(l -> !l.name().endsWith("door")).toList(),
                a.joints().stream().filter(j -> !j.child().endsWith("door")).toList());
        assertThat(ArticulationProbe.overlaps(withoutDoors, open, 1e-6)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"a fridge with 2 freezer drawers | 2", "a bottom-freezer fridge with a freezer drawer | 1",
            "a fridge freezer with three freezer drawers | 3"})
    void freezerDrawersSlideOutBelowTheFridgeDoorInsteadOfAFreezerDoor(String prompt, int drawers) {
        Articulation a = generate(prompt);
        assertThat(joints(a, JointType.REVOLUTE)).extracting(Joint::name).containsExactly("fridge_door_hinge");
        List<Joint> slides = jointsNamed(a, "freezer_drawer_");
        assertThat(slides).hasSize(drawers).allSatisfy(j -> {
            assertThat(j.type()).isEqualTo(JointType.PRISMATIC);
            assertThat(j.axis()).isEqualTo(Vec3.UNIT_X);
            assertThat(j.limits().upper()).as("pulls out most of the cavity's depth").isBetween(0.3, 0.55);
            assertThat(j.dynamics()).isEqualTo(DrawerBuilder.DYNAMICS);
            double mass = a.link(j.child()).orElseThrow().inertial().mass();
            assertThat(mass).as("an insulated front on a plastic bin").isBetween(2.0, 16.0);
        });
        Aabb door = linkBounds(a, "fridge_door", Map.of());
        for (Joint j : slides) {
            assertThat(linkBounds(a, j.child(), Map.of()).max().z()).isLessThan(door.min().z());
        }
        Map<String, Double> out = new HashMap<>();
        slides.forEach(j -> out.put(j.name(), j.limits().upper()));
        assertThat(ArticulationProbe.overlaps(a, out, 1e-6)).as("all drawers out").isEmpty();
        Aabb top = linkBounds(a, "freezer_drawer_1", out);
        Aabb body = linkBounds(a, "body", Map.of());
        assertThat(top.min().x()).as("the bin's back is still in the freezer at full travel").isLessThan(body.max().x());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"a kitchen cabinet with 3 drawers and a left-hinged door | -1",
            "a cabinet with three drawers and a right-hinged door | 1"})
    void aCabinetWithDrawersAndOneDoorHingesTheDoorOnTheStatedSide(String prompt, int side) {
        Articulation a = generate(prompt);
        assertThat(jointsNamed(a, "drawer_")).hasSize(3);
        Joint door = joint(a, "door_hinge");
        assertThat(door.axis()).isEqualTo(new Vec3(0, 0, side));
        Aabb slab = linkBounds(a, "door", Map.of());
        assertThat(jointOrigin(a, door).y()).isCloseTo(side < 0 ? slab.min().y() : slab.max().y(), within(0.002));
        for (Joint d : jointsNamed(a, "drawer_")) {
            assertThat(linkBounds(a, d.child(), Map.of()).max().z()).as("drawers under the door").isLessThan(slab.min().z());
        }
    }

    @Test
    void aSixWheeledRoverDrivesThreeWheelsASideAndHasNoCasters() {
        Articulation a = generate("a 6-wheeled rover");
        List<Joint> wheels = joints(a, JointType.CONTINUOUS);
        assertThat(wheels).hasSize(6).allSatisfy(j -> {
            assertThat(j.isActuated()).as(j.name() + " driven").isTrue();
            assertThat(j.axis()).isEqualTo(Vec3.UNIT_Y);
        });
        assertThat(wheels.stream().filter(j -> jointOrigin(a, j).y() > 0)).hasSize(3);
        assertThat(wheels.stream().map(j -> jointOrigin(a, j).x()).distinct()).hasSize(3);
        assertThat(a.metadata()).doesNotContainKey(DriveTuning.PASSIVE_JOINTS);
    }

    @Test
    void aDifferentialDriveRobotHasTwoDrivenWheelsAndPassiveCasters() {
        Articulation a = generate("a differential drive robot");
        assertThat(joints(a, JointType.CONTINUOUS).stream().filter(Joint::isActuated)).extracting(Joint::name)
                .containsExactlyInAnyOrder("wheel_left_joint", "wheel_right_joint");
        assertThat(a.metadata().get(DriveTuning.PASSIVE_JOINTS)).contains("caster");
    }

    @Test
    void aCrateTakesItsLengthAcrossTheFrontAndItsWidthAsDepth() {
        Aabb b = ForwardKinematics.bounds(generate("a crate 1.2 m long and 80 cm wide"));
        assertThat(b.size().y()).isCloseTo(1.2, within(1e-6));
        assertThat(b.size().x()).isCloseTo(0.8, within(1e-6));
    }

    @Test
    void aRotaryIndexerAndAValveWheelTakeTheStatedDiameter() {
        Articulation indexer = generate("a rotary indexer 30 cm in diameter");
        assertThat(linkBounds(indexer, "platter", Map.of()).size().x()).isCloseTo(0.3, within(1e-6));
        Articulation valve = generate("a valve wheel 40 cm in diameter");
        // the rim's outer edge: the stated diameter is the rim's centre line, plus the rim's own thickness
        assertThat(linkBounds(valve, "handwheel", Map.of()).size().x()).isBetween(0.4, 0.42);
    }
}
