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
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Vec3;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Microwaves, ovens, fridges and dishwashers. */
class ApplianceFamiliesTest {

    static Stream<Arguments> appliances() {
        return Stream.of(
                Arguments.of(new MicrowaveFamily(), 10.0, 20.0),
                Arguments.of(new OvenFamily(), 30.0, 55.0),
                Arguments.of(new FridgeFamily(), 60.0, 90.0),
                Arguments.of(new DishwasherFamily(), 35.0, 60.0));
    }

    @ParameterizedTest(name = "{0}: {1}-{2} kg")
    @MethodSource("appliances")
    void massIsPlausibleAndTheShellIsWhiteWithADarkHandle(FamilyBuilder family, double min, double max) {
        Articulation a = build(family, spec(family.family()).build());
        assertThat(a.totalMass()).isBetween(min, max);
        assertThat(a.root().visuals().get(0).material().color()).isEqualTo(AppliancePalette.WHITE);
        assertThat(a.links().stream().flatMap(l -> l.visuals().stream()))
                .anyMatch(v -> v.material().color().equals(AppliancePalette.HANDLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appliances")
    void steelPromptGivesABrushedSteelShell(FamilyBuilder family, double min, double max) {
        Articulation a = build(family, spec(family.family()).material(MaterialKind.STEEL).build());
        assertThat(a.root().visuals().get(0).material().color()).isEqualTo(MaterialKind.STEEL.color());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appliances")
    void statedSizeIsTheBodyWithOnlyTheHandleStandingProud(FamilyBuilder family, double min, double max) {
        double w = family.family() == Family.MICROWAVE ? 0.55 : 0.7;
        double d = family.family() == Family.MICROWAVE ? 0.4 : 0.6;
        double h = family.family() == Family.FRIDGE ? 1.9 : family.family() == Family.MICROWAVE ? 0.32 : 0.7;
        Aabb b = ForwardKinematics.bounds(build(family, spec(family.family()).dim("width", w).dim("depth", d).dim("height", h).build()));
        assertThat(b.size().y()).isCloseTo(w, within(1e-6));
        assertThat(b.size().z()).isCloseTo(h, within(1e-6));
        assertThat(b.size().x()).isBetween(d, d + HandleShapes.barProjection() + 1e-6);
    }

    @ParameterizedTest(name = "hinge={0}")
    @CsvSource({", -1", "left, -1", "right, 1"})
    void microwaveDoorIsSideHingedAboutZ(String hinge, int side) {
        SpecBuilder s = spec(Family.MICROWAVE).dim("width", 0.5);
        if (hinge != null) {
            s.option("hinge", hinge);
        }
        Articulation a = build(new MicrowaveFamily(), s.build());
        Joint door = joint(a, "door_hinge");
        assertThat(door.type()).isEqualTo(JointType.REVOLUTE);
        assertThat(door.axis()).isEqualTo(new Vec3(0, 0, side));
        Aabb slab = linkBounds(a, "door", Map.of());
        double edge = side < 0 ? slab.min().y() : slab.max().y();
        assertThat(jointOrigin(a, door).y()).isCloseTo(edge, within(0.002));
    }

    @Test
    void microwavePlateSpinsAboutZOnTheCavityFloor() {
        Articulation a = build(new MicrowaveFamily(), spec(Family.MICROWAVE).build());
        Joint plate = joint(a, "turntable_plate_spin");
        assertThat(plate.type()).isEqualTo(JointType.CONTINUOUS);
        assertThat(plate.axis()).isEqualTo(Vec3.UNIT_Z);
        assertThat(jointOrigin(a, plate).z()).isLessThan(0.02);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bottomHinged")
    void ovenAndDishwasherDoorsDropForwardAboutYFromTheirBottomEdge(FamilyBuilder family) {
        Articulation a = build(family, spec(family.family()).build());
        Joint door = joint(a, "door_hinge");
        assertThat(door.type()).isEqualTo(JointType.REVOLUTE);
        assertThat(door.axis()).isEqualTo(Vec3.UNIT_Y);
        Aabb closed = linkBounds(a, "door", Map.of());
        assertThat(jointOrigin(a, door).z()).isCloseTo(closed.min().z(), within(1e-9));
        Aabb open = linkBounds(a, "door", Map.of("door_hinge", door.limits().upper()));
        assertThat(open.max().z()).as("lying forward: only its thickness and handle above the hinge")
                .isLessThan(closed.min().z() + closed.size().x() + 0.1);
        assertThat(open.max().x()).isGreaterThan(closed.max().x() + 0.8 * closed.size().z());
    }

    static Stream<FamilyBuilder> bottomHinged() {
        return Stream.of(new OvenFamily(), new DishwasherFamily());
    }

    @ParameterizedTest(name = "{0} with {1} racks -> {2}")
    @CsvSource({"OVEN, 1, 1", "OVEN, 3, 3", "OVEN, 20, 5", "DISHWASHER, 1, 1", "DISHWASHER, 3, 3", "DISHWASHER, 9, 3"})
    void racksSlideOutAlongXAndStayClearOfEachOther(Family which, int asked, int expected) {
        FamilyBuilder family = which == Family.OVEN ? new OvenFamily() : new DishwasherFamily();
        Articulation a = build(family, spec(which).count("racks", asked).build());
        assertThat(jointsNamed(a, "rack_")).hasSize(expected).allSatisfy(j -> {
            assertThat(j.type()).isEqualTo(JointType.PRISMATIC);
            assertThat(j.axis()).isEqualTo(Vec3.UNIT_X);
            assertThat(j.limits().upper()).isBetween(0.2, 0.6);
        });
        Map<String, Double> open = new HashMap<>();
        open.put("door_hinge", joint(a, "door_hinge").limits().upper());
        jointsNamed(a, "rack_").forEach(j -> open.put(j.name(), j.limits().upper()));
        Map<String, Double> racksOnly = new HashMap<>(open);
        racksOnly.remove("door_hinge");
        // Racks out over the open door clear the body and each other (the door itself is not a rack's concern).
        assertThat(ArticulationProbe.overlaps(withoutDoor(a), racksOnly, 1e-6)).isEmpty();
    }

    private static Articulation withoutDoor(Articulation a) {
        return new Articulation(a.name(), a.links().stream().filter(l -> !l.name().equals("door")).toList(),
                a.joints().stream().filter(j -> !j.child().equals("door")).toList());
    }

    @Test
    void fridgeHasAFridgeAndAFreezerDoorHingedOnTheSameSideRightByDefault() {
        Articulation a = build(new FridgeFamily(), spec(Family.FRIDGE).dim("width", 0.6).build());
        assertThat(joints(a, JointType.REVOLUTE)).extracting(Joint::name).containsExactly("fridge_door_hinge", "freezer_door_hinge");
        for (Joint j : joints(a, JointType.REVOLUTE)) {
            assertThat(j.axis()).isEqualTo(Vec3.UNIT_Z);
            assertThat(jointOrigin(a, j).y()).isCloseTo(0.3, within(0.003));
        }
        assertThat(linkBounds(a, "fridge_door", Map.of()).min().z()).isGreaterThan(linkBounds(a, "freezer_door", Map.of()).max().z());
    }

    @ParameterizedTest(name = "doors={0}, hinge={1}")
    @CsvSource({"1, left, -1", "2, left, -1", "1, right, 1"})
    void fridgeDoorsFollowTheCountAndHingeSide(int doors, String hinge, int side) {
        Articulation a = build(new FridgeFamily(), spec(Family.FRIDGE).count("doors", doors).option("hinge", hinge).build());
        assertThat(joints(a, JointType.REVOLUTE)).hasSize(doors)
                .allSatisfy(j -> assertThat(j.axis()).isEqualTo(new Vec3(0, 0, side)));
    }

    @Test
    void doorBinsRideOnTheFridgeDoorAndClearTheShelvesWhenItOpens() {
        Articulation a = build(new FridgeFamily(), spec(Family.FRIDGE).count("shelves", 4).build());
        int slabAndHandle = 1 + 3;
        assertThat(a.link("fridge_door").orElseThrow().collisions().size()).isGreaterThan(slabAndHandle + 4);
        Aabb door = linkBounds(a, "fridge_door", Map.of());
        Aabb body = linkBounds(a, "body", Map.of());
        assertThat(door.min().x()).as("bins reach back into the cavity").isLessThan(body.max().x() - 0.05);
        assertThat(ArticulationProbe.overlaps(a, Map.of("fridge_door_hinge", 1.75), 1e-6)).isEmpty();
    }

    @Test
    void fridgeShelvesAreFixedAndCountedInTheBody() {
        int two = build(new FridgeFamily(), spec(Family.FRIDGE).count("shelves", 2).build()).root().collisions().size();
        int five = build(new FridgeFamily(), spec(Family.FRIDGE).count("shelves", 5).build()).root().collisions().size();
        assertThat(five - two).isEqualTo(3);
    }
}
