package io.gizmostudio.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prompts that state a state → the generated asset's initial joint positions, for every openable family: an
 * angle opens hinged doors and lids by that much, a fraction opens the part the prompt names by that share of its
 * travel, other joints stay at zero; values beyond a range are clamped with a note, a state the asset has no part
 * for is listed as ignored.
 */
class InitialStateTest {
    private static final AssetGenerator GENERATOR = new AssetGenerator();

    /** prompt, joints that must open (name fragments), opening (degrees when > 1, else a share of the travel). */
    static Stream<Arguments> statedOpenings() {
        return Stream.of(
                Arguments.of("a wardrobe with 2 doors opened at 90 degrees", Set.of("door_1_hinge", "door_2_hinge"), 90.0),
                Arguments.of("a filing cabinet with 4 drawers half open",
                        Set.of("drawer_1_slide", "drawer_2_slide", "drawer_3_slide", "drawer_4_slide"), 0.5),
                Arguments.of("a cabinet with 2 doors and 2 drawers with the doors open", Set.of("door_1_hinge", "door_2_hinge"), 1.0),
                Arguments.of("a desk with its drawers pulled out", Set.of("drawer_1_slide", "drawer_2_slide", "drawer_3_slide"), 1.0),
                Arguments.of("a door open at 45 degrees", Set.of("leaf_hinge"), 45.0),
                Arguments.of("a sliding barn door half open", Set.of("leaf_slide"), 0.5),
                Arguments.of("a toolbox with its lid opened at 60 degrees", Set.of("lid_hinge"), 60.0),
                Arguments.of("a crate with the lid open", Set.of("lid_hinge"), 1.0),
                Arguments.of("a laptop open at 90 degrees", Set.of("lid_hinge"), 90.0),
                Arguments.of("a half-open laptop", Set.of("lid_hinge"), 0.5),
                Arguments.of("a microwave with the door opened", Set.of("door_hinge"), 1.0),
                Arguments.of("an oven with its door open at 45 degrees", Set.of("door_hinge"), 45.0),
                Arguments.of("a double oven with the doors open", Set.of("upper_door_hinge", "lower_door_hinge"), 1.0),
                Arguments.of("a refrigerator with its door ajar", Set.of("fridge_door_hinge", "freezer_door_hinge"), 0.15),
                Arguments.of("a fridge with freezer drawers half open", Set.of("freezer_drawer_1_slide", "freezer_drawer_2_slide"), 0.5),
                Arguments.of("a dishwasher with the door open at 30 degrees", Set.of("door_hinge"), 30.0));
    }

    @ParameterizedTest @MethodSource("statedOpenings")
    void theStatedPartsStartOpenAndEverythingElseClosed(String prompt, Set<String> opened, double opening) {
        GeneratedAsset g = GENERATOR.generate(prompt, 7);
        Articulation a = g.articulation();
        assertThat(a.initialPositions().keySet()).as(prompt).isEqualTo(opened);
        for (Joint j : a.movableJoints()) {
            double q = a.initialPosition(j);
            if (!opened.contains(j.name())) {
                assertThat(q).as("%s: %s stays closed", prompt, j.name()).isZero();
                continue;
            }
            double want = opening > 1 ? Math.toRadians(opening) : opening * j.limits().upper();
            assertThat(q).as("%s: %s", prompt, j.name()).isCloseTo(Math.min(want, j.limits().upper()), within(1e-9));
        }
        assertThat(g.spec().ignored()).as(prompt).isEmpty();
    }

    @Test
    void everyOpenableFamilyHonoursAFullOpening() {
        Map<Family, String> prompts = Map.of(Family.CABINET, "a cabinet with 2 doors wide open", Family.TABLE,
                "a desk with its drawers pulled out", Family.DOOR, "a wide open door", Family.BOX, "a crate with the lid open",
                Family.LAPTOP, "a wide open laptop", Family.MICROWAVE, "a microwave with its door open",
                Family.OVEN, "an oven with its door open", Family.FRIDGE, "a fridge with the door open",
                Family.DISHWASHER, "a dishwasher with the door open");
        Set<Family> openable = EnumSet.noneOf(Family.class);
        for (Family f : Family.values()) {
            if (FamilyParameters.isOpenable(f)) {
                openable.add(f);
            }
        }
        assertThat(prompts.keySet()).isEqualTo(openable);
        prompts.forEach((family, prompt) -> {
            GeneratedAsset g = GENERATOR.generate(prompt, 3);
            assertThat(g.spec().family()).as(prompt).isEqualTo(family);
            assertThat(g.articulation().initialPositions()).as(prompt).isNotEmpty();
            g.articulation().initialPositions().forEach((joint, q) ->
                    assertThat(q).as("%s: %s fully open", prompt, joint).isEqualTo(g.articulation().joint(joint).orElseThrow().limits().upper()));
        });
    }

    @Test
    void anAngleBeyondTheRangeIsClampedAndTheNotesSaySo() {
        GeneratedAsset g = GENERATOR.generate("an oven with its door opened at 110°", 7);
        Joint door = g.articulation().joint("door_hinge").orElseThrow();
        assertThat(g.articulation().initialPositions()).containsEntry("door_hinge", door.limits().upper());
        assertThat(g.spec().notes()).singleElement().asString().contains("door_hinge").contains("110°").contains("clamped to 86°");
        assertThat(g.spec().describe()).containsEntry("initial_open_deg", 110.0).containsKey("notes");
    }

    @Test
    void racksPulledOutOpenTheDoorTheyComeOutThrough() {
        GeneratedAsset g = GENERATOR.generate("a dishwasher with the racks pulled out", 7);
        Articulation a = g.articulation();
        assertThat(a.initialPositions()).containsEntry("door_hinge", a.joint("door_hinge").orElseThrow().limits().upper())
                .containsEntry("rack_1_slide", a.joint("rack_1_slide").orElseThrow().limits().upper());
        assertThat(g.spec().notes()).anySatisfy(n -> assertThat(n).contains("door_hinge").contains("racks"));
    }

    @Test
    void anOvenWithItsDoorOpenKeepsItsRacksIn() {
        Articulation a = GENERATOR.generate("an oven with two racks and its door open", 7).articulation();
        assertThat(a.initialPositions()).containsOnlyKeys("door_hinge");
    }

    @Test
    void aStateTheAssetHasNoPartForIsIgnoredNotDropped() {
        GeneratedAsset g = GENERATOR.generate("a toolbox with 2 drawers half open", 7);
        assertThat(g.articulation().initialPositions()).isEmpty();
        assertThat(g.spec().ignored()).singleElement().asString().contains("50 % open").contains("no drawer");
    }

    @Test
    void aClosedAssetAndOneWithoutAStateStartAtZero() {
        for (String prompt : List.of("a closed laptop", "a cabinet with 2 doors", "a 6-DOF robot arm")) {
            GeneratedAsset g = GENERATOR.generate(prompt, 7);
            assertThat(g.articulation().initialPositions()).as(prompt).isEmpty();
            assertThat(g.spec().ignored()).as(prompt).isEmpty();
        }
    }

    @Test
    void theSameInputsGiveTheSameState() {
        String prompt = "a cabinet with 3 drawers half open";
        assertThat(GENERATOR.generate(prompt, 11).articulation()).isEqualTo(GENERATOR.generate(prompt, 11).articulation());
    }
}
