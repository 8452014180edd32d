package io.gizmostudio.core.generate.family;

import static io.gizmostudio.core.generate.family.ArticulationProbe.build;
import static io.gizmostudio.core.generate.family.ArticulationProbe.joint;
import static io.gizmostudio.core.generate.family.ArticulationProbe.jointOrigin;
import static io.gizmostudio.core.generate.family.ArticulationProbe.joints;
import static io.gizmostudio.core.generate.family.ArticulationProbe.jointsNamed;
import static io.gizmostudio.core.generate.family.ArticulationProbe.linkBounds;
import static io.gizmostudio.core.generate.family.SpecBuilder.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.generate.SizeClass;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Vec3;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CabinetFamilyTest {
    private final CabinetFamily family = new CabinetFamily();

    private Articulation cabinet(SpecBuilder s) {
        return build(family, s.build());
    }

    @ParameterizedTest(name = "{0} with {1} drawers")
    @CsvSource({"cabinet, 1", "cabinet, 3", "drawer_unit, 4", "drawer_unit, 6", "nightstand, 2", "wardrobe, 2"})
    void drawerJointsArePrismaticAlongDepth(String variant, int drawers) {
        Articulation a = cabinet(spec(Family.CABINET).option("variant", variant).count("drawers", drawers));
        double depth = ForwardKinematics.bounds(a).size().x();
        assertThat(jointsNamed(a, "drawer_")).hasSize(drawers).allSatisfy(j -> {
            assertThat(j.type()).isEqualTo(JointType.PRISMATIC);
            assertThat(j.axis()).isEqualTo(Vec3.UNIT_X);
            assertThat(j.parent()).isEqualTo("carcass");
            assertThat(j.limits().lower()).isZero();
            assertThat(j.limits().upper()).isBetween(0.6 * depth, 0.8 * depth);
            assertThat(j.limits().effort()).isBetween(50.0, 200.0);
            assertThat(j.limits().velocity()).isBetween(0.2, 1.0);
        });
    }

    @Test
    void drawerAtFullTravelMovesOutAlongXByTheTravelAndStaysInTheCarcass() {
        Articulation a = cabinet(spec(Family.CABINET).material(MaterialKind.STEEL).count("drawers", 3));
        Aabb carcass = linkBounds(a, "carcass", Map.of());
        for (Joint j : jointsNamed(a, "drawer_")) {
            double travel = j.limits().upper();
            Map<String, Double> open = Map.of(j.name(), travel);
            Vec3 closed = ForwardKinematics.linkPoses(a, Map.of()).get(j.child()).position();
            Vec3 out = ForwardKinematics.linkPoses(a, open).get(j.child()).position();
            assertThat(out.minus(closed).x()).isCloseTo(travel, within(1e-9));
            assertThat(out.minus(closed).y()).isCloseTo(0, within(1e-9));
            assertThat(out.minus(closed).z()).isCloseTo(0, within(1e-9));
            Aabb drawer = linkBounds(a, j.child(), open);
            assertThat(drawer.min().x()).as("tray back still inside the carcass").isLessThan(carcass.max().x() - 0.05);
        }
    }

    @Test
    void allDrawersOpenTogetherTouchNeitherEachOtherNorTheCarcass() {
        Articulation a = cabinet(spec(Family.CABINET).option("variant", "drawer_unit").count("drawers", 6));
        Map<String, Double> open = new HashMap<>();
        jointsNamed(a, "drawer_").forEach(j -> open.put(j.name(), j.limits().upper()));
        assertThat(ArticulationProbe.overlaps(a, open, 1e-6)).isEmpty();
    }

    @ParameterizedTest(name = "hinge={0}")
    @CsvSource({"left, -1", "right, 1"})
    void singleDoorRotatesAboutAVerticalAxisAtTheStatedEdge(String hinge, int side) {
        double width = 0.6;
        double depth = 0.45;
        Articulation a = cabinet(spec(Family.CABINET).count("doors", 1).option("hinge", hinge)
                .dim("width", width).dim("depth", depth));
        Joint door = joint(a, "door_hinge");
        assertThat(door.type()).isEqualTo(JointType.REVOLUTE);
        assertThat(door.axis()).isEqualTo(new Vec3(0, 0, side));
        Vec3 origin = jointOrigin(a, door);
        assertThat(origin.y()).isCloseTo(side * width / 2, within(0.005));
        assertThat(origin.x()).isCloseTo(depth / 2, within(1e-9));
        assertThat(door.limits().lower()).isZero();
        assertThat(door.limits().upper()).isBetween(1.5, 1.9);
    }

    @ParameterizedTest(name = "hinge={0}")
    @CsvSource({"left", "right"})
    void openingADoorSwingsItsFreeEdgeOutTowardPlusX(String hinge) {
        Articulation a = cabinet(spec(Family.CABINET).count("doors", 1).option("hinge", hinge));
        Aabb closed = linkBounds(a, "door", Map.of());
        Aabb open = linkBounds(a, "door", Map.of("door_hinge", Math.PI / 2));
        assertThat(open.max().x()).isGreaterThan(closed.max().x() + 0.8 * closed.size().y());
        assertThat(open.min().x()).isGreaterThan(linkBounds(a, "carcass", Map.of()).max().x());
    }

    @Test
    void twoDoorsAreAPairHingedOnBothOuterSides() {
        Articulation a = cabinet(spec(Family.CABINET).count("doors", 2).dim("width", 0.8));
        assertThat(jointOrigin(a, joint(a, "door_1_hinge")).y()).isCloseTo(-0.4, within(0.005));
        assertThat(jointOrigin(a, joint(a, "door_2_hinge")).y()).isCloseTo(0.4, within(0.005));
        assertThat(joint(a, "door_1_hinge").axis()).isEqualTo(new Vec3(0, 0, -1));
        assertThat(joint(a, "door_2_hinge").axis()).isEqualTo(Vec3.UNIT_Z);
    }

    @Test
    void drawersStackBelowTheDoors() {
        Articulation a = cabinet(spec(Family.CABINET).count("doors", 2).count("drawers", 3));
        assertThat(joints(a, JointType.PRISMATIC)).hasSize(3);
        assertThat(joints(a, JointType.REVOLUTE)).hasSize(2);
        double doorsBottom = Math.min(linkBounds(a, "door_1", Map.of()).min().z(), linkBounds(a, "door_2", Map.of()).min().z());
        for (Joint j : jointsNamed(a, "drawer_")) {
            assertThat(linkBounds(a, j.child(), Map.of()).max().z()).isLessThan(doorsBottom);
        }
        // drawer_1 is the top one
        assertThat(linkBounds(a, "drawer_1", Map.of()).min().z()).isGreaterThan(linkBounds(a, "drawer_3", Map.of()).max().z());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "cabinet,     0, 2, 0.8, 1.0",
        "drawer_unit, 4, 0, 0.6, 0.9",
        "wardrobe,    0, 2, 1.8, 2.2",
        "nightstand,  2, 0, 0.45, 0.65"})
    void variantsHaveTheirDefaultDrawersDoorsAndHeight(String variant, int drawers, int doors, double minH, double maxH) {
        Articulation a = cabinet(spec(Family.CABINET).option("variant", variant));
        assertThat(joints(a, JointType.PRISMATIC)).hasSize(drawers);
        assertThat(joints(a, JointType.REVOLUTE)).hasSize(doors);
        assertThat(ForwardKinematics.bounds(a).size().z()).isBetween(minH, maxH);
    }

    @ParameterizedTest(name = "{0} {1} drawers={2} doors={3}: {4}-{5} kg")
    @CsvSource({
        "cabinet,     STEEL, 3, 0, 40, 80",
        "drawer_unit, STEEL, 4, 0, 30, 70",
        "nightstand,  WOOD,  2, 0, 10, 20",
        "wardrobe,    WOOD,  0, 2, 50, 120",
        "cabinet,     WOOD,  0, 2, 20, 50"})
    void massIsPlausible(String variant, MaterialKind kind, int drawers, int doors, double min, double max) {
        Articulation a = cabinet(spec(Family.CABINET).option("variant", variant).material(kind)
                .count("drawers", drawers).count("doors", doors));
        assertThat(a.totalMass()).isBetween(min, max);
    }

    @Test
    void statedDimensionsAreTheCarcassAndFrontsWithOnlyHandlesStandingProud() {
        Articulation a = cabinet(spec(Family.CABINET).count("drawers", 3).dim("width", 1.2).dim("depth", 0.5).dim("height", 1.1));
        Aabb b = ForwardKinematics.bounds(a);
        assertThat(b.size().y()).isCloseTo(1.2, within(1e-6));
        assertThat(b.size().z()).isCloseTo(1.1, within(1e-6));
        assertThat(b.size().x()).isBetween(0.5, 0.5 + HandleShapes.barProjection() + 1e-6);
    }

    @Test
    void sizeClassScalesTheDefaultSize() {
        double medium = ForwardKinematics.bounds(cabinet(spec(Family.CABINET))).size().z();
        double large = ForwardKinematics.bounds(cabinet(spec(Family.CABINET).size(SizeClass.LARGE))).size().z();
        assertThat(large).isCloseTo(medium * SizeClass.LARGE.scale(), within(1e-6));
    }

    @ParameterizedTest(name = "{0} asks for {1} drawers, gets at most {2}")
    @CsvSource({"drawer_unit, 50, 8", "nightstand, 50, 8", "cabinet, 3, 3"})
    void drawerCountIsClampedToWhatFits(String variant, int asked, int most) {
        Articulation a = cabinet(spec(Family.CABINET).option("variant", variant).count("drawers", asked));
        int got = jointsNamed(a, "drawer_").size();
        assertThat(got).isBetween(1, most);
        jointsNamed(a, "drawer_").forEach(j -> assertThat(linkBounds(a, j.child(), Map.of()).size().z())
                .isGreaterThanOrEqualTo(FrontLayout.MIN_DRAWER_HEIGHT - 0.01));
    }

    @Test
    void eachShelfIsOneMoreFixedPanelInTheCarcass() {
        int none = cabinet(spec(Family.CABINET).count("doors", 2).count("shelves", 0)).root().collisions().size();
        int three = cabinet(spec(Family.CABINET).count("doors", 2).count("shelves", 3)).root().collisions().size();
        assertThat(three - none).isEqualTo(3);
    }

    @Test
    void woodenCabinetIsBrownAndSteelOneGreyUnlessAColourIsNamed() {
        assertThat(cabinet(spec(Family.CABINET)).root().visuals().get(0).material().color()).isEqualTo(MaterialKind.WOOD.color());
        assertThat(cabinet(spec(Family.CABINET).material(MaterialKind.STEEL)).root().visuals().get(0).material().color())
                .isEqualTo(MaterialKind.STEEL.color());
    }
}
