package io.gizmostudio.core.generate.family;

import static io.gizmostudio.core.generate.family.ArticulationProbe.build;
import static io.gizmostudio.core.generate.family.ArticulationProbe.joint;
import static io.gizmostudio.core.generate.family.ArticulationProbe.jointOrigin;
import static io.gizmostudio.core.generate.family.ArticulationProbe.linkBounds;
import static io.gizmostudio.core.generate.family.SpecBuilder.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Vec3;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Boxes, turntables, laptops, desk lamps, valve wheels and levers. */
class SmallMechanismFamiliesTest {

    @ParameterizedTest(name = "{0} lid={1} -> {2} joints")
    @CsvSource({"toolbox, , 1", "toolbox, false, 0", "box, , 0", "box, true, 1", "bin, , 0", "crate, true, 1"})
    void lidFollowsTheOptionWithAToolboxDefaultingToOne(String variant, String lid, int joints) {
        SpecBuilder s = spec(Family.BOX).option("variant", variant);
        if (lid != null) {
            s.option("lid", lid);
        }
        assertThat(build(new BoxFamily(), s.build()).movableJoints()).hasSize(joints);
    }

    @Test
    void lidHingesAboutYOnTheBackTopEdgeAndLiftsItsFront() {
        double depth = 0.3;
        double height = 0.25;
        Articulation a = build(new BoxFamily(), spec(Family.BOX).option("lid", "true").dim("depth", depth).dim("height", height).build());
        Joint hinge = joint(a, "lid_hinge");
        assertThat(hinge.type()).isEqualTo(JointType.REVOLUTE);
        assertThat(Math.abs(hinge.axis().y())).isEqualTo(1.0);
        Vec3 origin = jointOrigin(a, hinge);
        assertThat(origin.x()).isCloseTo(-depth / 2, within(1e-9));
        assertThat(origin.z()).isCloseTo(height, within(1e-6));
        assertThat(hinge.limits().upper()).isBetween(1.7, 2.0);
        Aabb open = linkBounds(a, "lid", Map.of("lid_hinge", Math.PI / 2));
        assertThat(open.max().z()).isCloseTo(height + depth, within(0.01));
        assertThat(ForwardKinematics.bounds(a).size().z()).isBetween(height, height + HandleShapes.barProjection() + 1e-6);
    }

    @Test
    void crateWallsAreSlatsNotPanels() {
        int box = build(new BoxFamily(), spec(Family.BOX).build()).root().collisions().size();
        int crate = build(new BoxFamily(), spec(Family.BOX).option("variant", "crate").build()).root().collisions().size();
        assertThat(box).isEqualTo(5);
        assertThat(crate).isGreaterThan(4 * 3);
    }

    @ParameterizedTest(name = "{0}: {1}-{2} kg")
    @CsvSource({"box, 1, 5", "bin, 1.5, 6", "crate, 3, 12", "toolbox, 2, 9"})
    void boxMassIsPlausible(String variant, double min, double max) {
        assertThat(build(new BoxFamily(), spec(Family.BOX).option("variant", variant).build()).totalMass()).isBetween(min, max);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"turntable, CONTINUOUS", "indexer, REVOLUTE"})
    void platterTurnsAboutZ(String variant, JointType type) {
        Articulation a = build(new TurntableFamily(), spec(Family.TURNTABLE).option("variant", variant).build());
        Joint turn = joint(a, "platter_turn");
        assertThat(turn.type()).isEqualTo(type);
        assertThat(turn.axis()).isEqualTo(Vec3.UNIT_Z);
        if (type == JointType.REVOLUTE) {
            assertThat(turn.limits().lower()).isCloseTo(-Math.PI, within(1e-12));
            assertThat(turn.limits().upper()).isCloseTo(Math.PI, within(1e-12));
        }
        assertThat(ForwardKinematics.bounds(a).size().z()).isCloseTo(0.12, within(0.002));
    }

    @Test
    void turntableTakesTheStatedDiameter() {
        Aabb b = ForwardKinematics.bounds(build(new TurntableFamily(), spec(Family.TURNTABLE).dim("diameter", 0.8).build()));
        assertThat(b.size().x()).isCloseTo(0.8, within(1e-6));
        assertThat(b.size().y()).isCloseTo(0.8, within(1e-6));
    }

    @Test
    void laptopStartsClosedWithTheLidHingedAtTheBackOpeningUpward() {
        Articulation a = build(new LaptopFamily(), spec(Family.LAPTOP).build());
        Joint hinge = joint(a, "lid_hinge");
        assertThat(hinge.type()).isEqualTo(JointType.REVOLUTE);
        assertThat(Math.abs(hinge.axis().y())).isEqualTo(1.0);
        assertThat(hinge.limits().lower()).isZero();
        assertThat(hinge.limits().upper()).isCloseTo(2.2, within(1e-9));
        Aabb base = linkBounds(a, "base", Map.of());
        assertThat(jointOrigin(a, hinge).x()).isCloseTo(base.min().x(), within(1e-9));
        assertThat(linkBounds(a, "lid", Map.of()).min().z()).as("closed: lid on the base").isGreaterThan(base.max().z());
        Aabb open = linkBounds(a, "lid", Map.of("lid_hinge", 1.9));
        assertThat(open.max().z()).isGreaterThan(0.15);
        assertThat(ArticulationProbe.overlaps(a, Map.of("lid_hinge", 2.2), 1e-6)).isEmpty();
    }

    @Test
    void laptopWeighsLikeALaptopAndHasTheStatedFootprint() {
        assertThat(build(new LaptopFamily(), spec(Family.LAPTOP).build()).totalMass()).isBetween(1.5, 2.5);
        Articulation a = build(new LaptopFamily(), spec(Family.LAPTOP).dim("width", 0.36).dim("depth", 0.25).build());
        assertThat(a.totalMass()).as("a 16-inch laptop").isBetween(2.0, 3.0);
        Aabb b = ForwardKinematics.bounds(a);
        assertThat(b.size().y()).isCloseTo(0.36, within(1e-6));
        assertThat(b.size().x()).isCloseTo(0.25, within(1e-6));
    }

    @Test
    void deskLampHasYawShoulderAndElbowAndAFixedHead() {
        Articulation a = build(new DeskLampFamily(), spec(Family.DESK_LAMP).build());
        assertThat(a.movableJoints()).extracting(Joint::name).containsExactly("base_yaw", "shoulder", "elbow");
        assertThat(a.movableJoints()).allMatch(j -> j.type() == JointType.REVOLUTE);
        assertThat(joint(a, "base_yaw").axis()).isEqualTo(Vec3.UNIT_Z);
        assertThat(joint(a, "shoulder").axis()).isEqualTo(Vec3.UNIT_Y);
        assertThat(joint(a, "elbow").axis()).isEqualTo(Vec3.UNIT_Y);
        assertThat(joint(a, "head_mount").type()).isEqualTo(JointType.FIXED);
        assertThat(a.totalMass()).isBetween(1.5, 6.0);
        assertThat(a.link("base").orElseThrow().inertial().mass()).as("the base outweighs the arm")
                .isGreaterThan(a.totalMass() - a.link("base").orElseThrow().inertial().mass());
    }

    @Test
    void lampShadePointsDownAndTheShoulderSwingsIt() {
        Articulation a = build(new DeskLampFamily(), spec(Family.DESK_LAMP).build());
        var head = ForwardKinematics.linkPoses(a, Map.of()).get("head");
        assertThat(head.rotation().rotate(Vec3.UNIT_Z).z()).isCloseTo(-1, within(1e-9));
        var swung = ForwardKinematics.linkPoses(a, Map.of("shoulder", 0.5)).get("head");
        assertThat(swung.position().x()).isGreaterThan(head.position().x() + 0.1);
        assertThat(head.position().z()).isGreaterThan(0.2);
    }

    @ParameterizedTest(name = "{0} spokes -> {1}")
    @CsvSource({"3, 3", "5, 5", "40, 12", "1, 2"})
    void handwheelTurnsAboutTheStemWithTheSpokesAskedFor(int asked, int expected) {
        Articulation a = build(new ValveWheelFamily(), spec(Family.VALVE_WHEEL).count("spokes", asked).build());
        Joint turn = joint(a, "handwheel_turn");
        assertThat(turn.type()).isEqualTo(JointType.CONTINUOUS);
        assertThat(turn.axis()).isEqualTo(Vec3.UNIT_Z);
        int hubAndRim = 1 + 16;
        assertThat(a.link("handwheel").orElseThrow().collisions()).hasSize(hubAndRim + expected);
        assertThat(turn.dynamics().friction()).as("packing friction").isGreaterThan(0.5);
    }

    @Test
    void handwheelHasTheStatedDiameter() {
        Articulation a = build(new ValveWheelFamily(), spec(Family.VALVE_WHEEL).dim("diameter", 0.4).build());
        Aabb wheel = linkBounds(a, "handwheel", Map.of());
        assertThat(wheel.size().x()).isBetween(0.38, 0.41);
        assertThat(a.totalMass()).isBetween(10.0, 150.0);
    }

    @Test
    void leverTiltsFortyFiveDegreesEachWayAboutY() {
        Articulation a = build(new LeverFamily(), spec(Family.LEVER).dim("length", 0.4).build());
        Joint pivot = joint(a, "lever_pivot");
        assertThat(pivot.type()).isEqualTo(JointType.REVOLUTE);
        assertThat(pivot.axis()).isEqualTo(Vec3.UNIT_Y);
        assertThat(pivot.limits().lower()).isCloseTo(-Math.PI / 4, within(1e-12));
        assertThat(pivot.limits().upper()).isCloseTo(Math.PI / 4, within(1e-12));
        Aabb upright = linkBounds(a, "lever", Map.of());
        assertThat(upright.max().z()).isGreaterThan(0.4);
        Aabb tilted = linkBounds(a, "lever", Map.of("lever_pivot", Math.PI / 4));
        assertThat(tilted.max().x()).isGreaterThan(0.25);
        assertThat(ArticulationProbe.overlaps(a, Map.of("lever_pivot", Math.PI / 4), 1e-6)).isEmpty();
    }
}
