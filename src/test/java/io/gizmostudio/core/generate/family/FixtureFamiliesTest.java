package io.gizmostudio.core.generate.family;

import static io.gizmostudio.core.generate.family.ArticulationProbe.build;
import static io.gizmostudio.core.generate.family.ArticulationProbe.joint;
import static io.gizmostudio.core.generate.family.ArticulationProbe.jointOrigin;
import static io.gizmostudio.core.generate.family.ArticulationProbe.joints;
import static io.gizmostudio.core.generate.family.ArticulationProbe.linkBounds;
import static io.gizmostudio.core.generate.family.SpecBuilder.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Vec3;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.gizmostudio.core.model.Link;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tables, shelving racks, conveyors and doors. */
class FixtureFamiliesTest {

    @Test
    void plainTableIsOneFixedLinkWithoutJoints() {
        Articulation a = build(new TableFamily(), spec(Family.TABLE).build());
        assertThat(a.links()).hasSize(1);
        assertThat(a.joints()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} x {2} x {3}")
    @CsvSource({"table, 1.6, 0.9, 0.72", "workbench, 2.0, 0.8, 0.95", "desk, 1.2, 0.6, 0.74"})
    void tableTakesTheStatedWidthDepthAndHeight(String variant, double w, double d, double h) {
        Articulation a = build(new TableFamily(), spec(Family.TABLE).option("variant", variant)
                .dim("width", w).dim("depth", d).dim("height", h).build());
        Aabb b = ForwardKinematics.bounds(a);
        assertThat(b.size().y()).isCloseTo(w, within(1e-6));
        assertThat(b.size().z()).isCloseTo(h, within(1e-6));
        assertThat(b.size().x()).isBetween(d, d + HandleShapes.barProjection());
    }

    @Test
    void deskDrawersSlideOutAlongDepthFromAPedestal() {
        Articulation a = build(new TableFamily(), spec(Family.TABLE).option("variant", "desk").count("drawers", 3).build());
        assertThat(joints(a, JointType.PRISMATIC)).hasSize(3).allSatisfy(j -> {
            assertThat(j.axis()).isEqualTo(Vec3.UNIT_X);
            assertThat(jointOrigin(a, j).y()).as("under the right-hand side").isPositive();
        });
    }

    @Test
    void workbenchHasALowerShelfAndMoreLegsAddLegs() {
        int table = build(new TableFamily(), spec(Family.TABLE).build()).root().collisions().size();
        int bench = build(new TableFamily(), spec(Family.TABLE).option("variant", "workbench").material(MaterialKind.WOOD).build())
                .root().collisions().size();
        int sixLegs = build(new TableFamily(), spec(Family.TABLE).count("legs", 6).build()).root().collisions().size();
        assertThat(bench).isEqualTo(table + 1);
        assertThat(sixLegs).isEqualTo(table + 2);
    }

    @ParameterizedTest(name = "{0} {1}: {2}-{3} kg")
    @CsvSource({"table, WOOD, 15, 40", "workbench, STEEL, 30, 100", "desk, WOOD, 30, 70"})
    void tableMassIsPlausible(String variant, MaterialKind kind, double min, double max) {
        Articulation a = build(new TableFamily(), spec(Family.TABLE).option("variant", variant).material(kind).build());
        assertThat(a.totalMass()).isBetween(min, max);
    }

    @ParameterizedTest(name = "{0} shelves")
    @CsvSource({"2, 2", "5, 5", "40, 12"})
    void rackHasTheShelvesAskedForUpToWhatFitsAndNoJoints(int asked, int expected) {
        Articulation one = build(new ShelvingRackFamily(), spec(Family.SHELVING_RACK).count("shelves", 1).build());
        Articulation a = build(new ShelvingRackFamily(), spec(Family.SHELVING_RACK).count("shelves", asked).build());
        int perShelf = 3; // sheet shelf with front and back lips
        assertThat(a.root().collisions().size() - one.root().collisions().size()).isEqualTo(perShelf * (expected - 1));
        assertThat(a.joints()).isEmpty();
        assertThat(a.totalMass()).isBetween(10.0 + expected, 40.0 + 4 * expected);
    }

    @Test
    void rackTakesTheStatedSize() {
        Aabb b = ForwardKinematics.bounds(build(new ShelvingRackFamily(),
                spec(Family.SHELVING_RACK).dim("width", 1.2).dim("depth", 0.5).dim("height", 2.0).build()));
        assertThat(b.size()).satisfies(s -> {
            assertThat(s.x()).isCloseTo(0.5, within(1e-6));
            assertThat(s.y()).isCloseTo(1.2, within(1e-6));
            assertThat(s.z()).isCloseTo(2.0, within(1e-6));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"belt", "roller"})
    void conveyorRollersAreContinuousJointsAcrossTheBelt(String variant) {
        Articulation a = build(new ConveyorFamily(), spec(Family.CONVEYOR).option("variant", variant).count("rollers", 12).build());
        assertThat(a.movableJoints()).hasSize(12).allSatisfy(j -> {
            assertThat(j.type()).isEqualTo(JointType.CONTINUOUS);
            assertThat(j.axis()).isEqualTo(Vec3.UNIT_Y);
            assertThat(j.parent()).isEqualTo("frame");
        });
    }

    @Test
    void rollerCountFollowsLengthWhenNotStatedAndIsClampedToWhatFits() {
        int twoMetres = build(new ConveyorFamily(), spec(Family.CONVEYOR).option("variant", "roller").dim("length", 2).build())
                .movableJoints().size();
        int fourMetres = build(new ConveyorFamily(), spec(Family.CONVEYOR).option("variant", "roller").dim("length", 4).build())
                .movableJoints().size();
        assertThat(fourMetres).isGreaterThan(2 * twoMetres - 3);
        Articulation crowded = build(new ConveyorFamily(), spec(Family.CONVEYOR).option("variant", "roller")
                .dim("length", 1).count("rollers", 500).build());
        assertThat(crowded.movableJoints().size()).isLessThan(25);
        assertThat(ArticulationProbe.overlaps(crowded, Map.of(), 1e-6)).isEmpty();
    }

    @Test
    void rollerConveyorCarriesLoadsOnTheRollerTopsAtTheStatedHeight() {
        Articulation a = build(new ConveyorFamily(), spec(Family.CONVEYOR).option("variant", "roller").dim("height", 0.9).build());
        assertThat(linkBounds(a, "roller_3", Map.of()).max().z()).isCloseTo(0.9, within(1e-6));
        assertThat(linkBounds(a, "frame", Map.of()).max().z()).isLessThan(0.9);
        assertThat(a.totalMass()).isBetween(20.0, 120.0);
    }

    @ParameterizedTest(name = "hinge={0}")
    @CsvSource({"left, -1", "right, 1"})
    void hingedDoorLeafTurnsAboutZAtTheStatedJamb(String hinge, int side) {
        double width = 1.0;
        Articulation a = build(new DoorFamily(), spec(Family.DOOR).option("hinge", hinge).dim("width", width).build());
        Joint leaf = joint(a, "leaf_hinge");
        assertThat(leaf.type()).isEqualTo(JointType.REVOLUTE);
        assertThat(leaf.axis()).isEqualTo(new Vec3(0, 0, side));
        assertThat(jointOrigin(a, leaf).y()).isCloseTo(side * (width / 2 - 0.05), within(0.005));
        Aabb open = linkBounds(a, "leaf", Map.of("leaf_hinge", 1.5));
        assertThat(open.max().x()).isGreaterThan(0.8);
        assertThat(ArticulationProbe.overlaps(a, Map.of("leaf_hinge", 1.6), 1e-6)).isEmpty();
    }

    @ParameterizedTest(name = "hinge={0}")
    @CsvSource({"left", "right"})
    void leverHandlePressesDownOnItsOwnRevoluteJoint(String hinge) {
        Articulation a = build(new DoorFamily(), spec(Family.DOOR).option("hinge", hinge).build());
        Joint lever = joint(a, "lever_turn");
        assertThat(lever.type()).isEqualTo(JointType.REVOLUTE);
        assertThat(lever.parent()).isEqualTo("leaf");
        assertThat(Math.abs(lever.axis().x())).isEqualTo(1.0);
        double rest = linkBounds(a, "lever", Map.of()).min().z();
        double pressed = linkBounds(a, "lever", Map.of("lever_turn", lever.limits().upper())).min().z();
        assertThat(pressed).isLessThan(rest - 0.05);
    }

    @Test
    void slidingDoorSlidesAlongYByTheOpeningWidth() {
        Articulation a = build(new DoorFamily(), spec(Family.DOOR).option("variant", "sliding").dim("width", 1.2).build());
        Joint slide = joint(a, "leaf_slide");
        assertThat(slide.type()).isEqualTo(JointType.PRISMATIC);
        assertThat(slide.axis()).isEqualTo(Vec3.UNIT_Y);
        assertThat(slide.limits().upper()).isCloseTo(1.2 - 2 * 0.05, within(1e-9));
        assertThat(ArticulationProbe.overlaps(a, Map.of("leaf_slide", slide.limits().upper()), 1e-6)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hinged", "sliding"})
    void doorTakesTheStatedSizeAndWeighsLikeADoor(String variant) {
        Articulation a = build(new DoorFamily(), spec(Family.DOOR).option("variant", variant).dim("width", 0.9).dim("height", 2.0).build());
        Aabb b = ForwardKinematics.bounds(a);
        assertThat(b.size().y()).isCloseTo(0.9, within(1e-6));
        assertThat(b.size().z()).isCloseTo(2.0, within(1e-6));
        assertThat(a.link("leaf").orElseThrow().inertial().mass()).isBetween(20.0, 60.0);
    }

    /** Hollow-metal doors are two steel skins over a core: 40–120 kg with their frame (issue #12), not a solid slab of ~1 t. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"STEEL, hinged", "ALUMINIUM, hinged", "WOOD, hinged"})
    void aMetalDoorWeighsWhatAHollowMetalDoorDoes(MaterialKind kind, String variant) {
        Articulation a = build(new DoorFamily(), spec(Family.DOOR).material(kind).option("variant", variant).build());
        double total = a.links().stream().mapToDouble(l -> l.inertial().mass()).sum();
        double leaf = a.link("leaf").orElseThrow().inertial().mass();
        assertThat(total).as("%s door with its frame", kind).isBetween(kind == MaterialKind.ALUMINIUM ? 20.0 : 40.0, 120.0);
        assertThat(leaf).as("%s leaf 1.0 × 2.1 m", kind).isBetween(15.0, 70.0);
    }

    /** "a round table 1 m in diameter": a disc top of that diameter on legs that stand under it (issue #12: it was square). */
    @Test
    void aRoundTableHasADiscTopOnLegsUnderIt() {
        Articulation a = new io.gizmostudio.core.generate.AssetGenerator().generate("a round wooden table 1 m in diameter", 1).articulation();
        Aabb b = ForwardKinematics.bounds(a);
        assertThat(b.size().x()).isCloseTo(1.0, within(1e-6));
        assertThat(b.size().y()).isCloseTo(1.0, within(1e-6));
        Link frame = a.root();
        assertThat(frame.visuals()).anySatisfy(v -> assertThat(v.geometry()).isEqualTo(new io.gizmostudio.core.model.Geometry.Cylinder(0.5, 0.025)));
        List<io.gizmostudio.core.model.Visual> legs = frame.visuals().stream()
                .filter(v -> v.geometry() instanceof io.gizmostudio.core.model.Geometry.Box).toList();
        assertThat(legs).hasSize(4);
        for (io.gizmostudio.core.model.Visual leg : legs) {
            Aabb foot = leg.geometry().localBounds();
            io.gizmostudio.core.model.Vec3 c = leg.origin().position();
            double corner = Math.hypot(Math.abs(c.x()) + foot.size().x() / 2, Math.abs(c.y()) + foot.size().y() / 2);
            assertThat(corner).as("leg's outer corner from the centre").isLessThan(0.5);
        }
    }

    /** A stated top thickness and a stated lamp height are built, not only reported in params. */
    @Test
    void aStatedTopThicknessAndLampHeightAreBuilt() {
        io.gizmostudio.core.generate.AssetGenerator g = new io.gizmostudio.core.generate.AssetGenerator();
        Articulation table = g.generate("a wooden table with a 4 cm thick top", 1).articulation();
        assertThat(table.root().visuals()).anySatisfy(v -> assertThat(v.geometry().localBounds().size().z()).isCloseTo(0.04, within(1e-9)));
        Articulation lamp = g.generate("a desk lamp 60 cm tall", 1).articulation();
        assertThat(ForwardKinematics.bounds(lamp).size().z()).isCloseTo(0.6, within(0.09));
    }
}
