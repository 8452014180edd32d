package io.gizmostudio.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PromptParserTest {
    private final PromptParser parser = new PromptParser();

    /**
     * Each row: a prompt, then the expected entries of the spec's description, space-separated {@code key=value};
     * attachments are {@code a0.key=value} (nested: {@code a0.a0.key}); {@code !key} means the key is absent.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // arms: synonyms, DOF in digits and words, reach with units, clamping
        "a robot arm | family=robot_arm !dof",
        "a robotic arm | family=robot_arm",
        "a manipulator | family=robot_arm",
        "a cobot | family=robot_arm",
        "a 6-axis robot | family=robot_arm dof=6",
        "a six-axis robot | family=robot_arm dof=6",
        "a 7 DOF manipulator | family=robot_arm dof=7",
        "a robot arm with 6 degrees of freedom | family=robot_arm dof=6",
        "a three-joint arm | family=robot_arm dof=3",
        "a 100-DOF arm | family=robot_arm dof=7",
        "a 2-dof arm | family=robot_arm dof=3",
        "a robotic arm with 1.2 m reach | family=robot_arm reach_m=1.2",
        "an arm with a reach of 900 mm | family=robot_arm reach_m=0.9",
        "a 1.2m arm | family=robot_arm reach_m=1.2",
        "a 10 m reach arm | family=robot_arm reach_m=3.0",
        "a franka | family=robot_arm dof=7",
        "a grey aluminium 7-dof cobot | family=robot_arm dof=7 material=aluminium color=grey",
        "a small scara | family=scara size=small",
        "a 3-axis SCARA robot | family=scara dof=3",
        // grippers
        "a parallel-jaw gripper | family=parallel_gripper",
        "a gripper with 3 fingers | family=three_finger_gripper fingers=3",
        "a three-fingered gripper | family=three_finger_gripper fingers=3",
        "a two-finger gripper | family=parallel_gripper fingers=2",
        "a robotic hand | family=three_finger_gripper",
        "a vacuum gripper | family=suction_gripper",
        "a suction cup 50 mm across | family=suction_gripper diameter_m=0.05",
        // composition
        "a 6-DOF arm with a parallel-jaw gripper | family=robot_arm dof=6 a0.family=parallel_gripper",
        "a gripper on a 5-DOF arm | family=robot_arm dof=5 a0.family=parallel_gripper",
        "a red arm with a black gripper | family=robot_arm color=red a0.family=parallel_gripper a0.color=black",
        "a mobile base with a 6-DOF arm | family=mobile_base variant=base a0.family=robot_arm a0.dof=6",
        "AGV with a UR-style arm and a suction gripper | family=mobile_base variant=agv a0.family=robot_arm a0.dof=6 a0.a0.family=suction_gripper",
        "a rover with 6 wheels and a 5-DOF arm | family=mobile_base wheels=6 a0.family=robot_arm a0.dof=5",
        "a 6-DOF arm on a 4-wheeled rover | family=mobile_base wheels=4 a0.dof=6",
        "a mobile robot with a gripper | family=mobile_base a0.family=robot_arm a0.a0.family=parallel_gripper",
        "a pan-tilt camera on a rover | family=mobile_base variant=rover a0.family=pan_tilt",
        "a gantry with a suction gripper | family=gantry a0.family=suction_gripper",
        "an AGV 60 cm wide with an arm | family=mobile_base width_m=0.6 a0.family=robot_arm",
        "a small rover with a large arm | family=mobile_base size=small a0.size=large",
        // mobile bases
        "a 4-wheeled rover | family=mobile_base variant=rover wheels=4",
        "an AMR | family=mobile_base variant=agv",
        "a differential drive robot | family=mobile_base wheels=2",
        "a three-wheeled robot | family=mobile_base wheels=2 casters=1",
        "a rover with black rubber wheels | family=mobile_base wheels=4 !color !material",
        "a 12-wheeled rover | family=mobile_base wheels=6",
        "a mecanum wheel base | family=mobile_base wheels=4",
        "an omnidirectional robot | family=mobile_base",
        "a robot arm with no gripper | family=robot_arm !a0.family",
        "a 1/2 inch thick door | family=door thickness_m=0.0127",
        // pan-tilt and gantries
        "a pan/tilt unit | family=pan_tilt",
        "a camera gimbal | family=pan_tilt",
        "a heavy-duty gantry with 3 axes | family=gantry variant=gantry axes=3 size=heavy_duty",
        "an XY table | family=gantry variant=cartesian axes=2",
        "an x-y table | family=gantry axes=2",
        "a linear actuator with 300 mm stroke | family=gantry variant=linear_stage axes=1 travel_m=0.3",
        "a linear stage with 2 ft travel | family=gantry travel_m=0.6096",
        // furniture: counts attached to the right noun
        "a steel cabinet with 3 drawers and 2 doors | family=cabinet drawers=3 doors=2 material=steel",
        "a cabinet with 2 doors and 3 drawers | family=cabinet doors=2 drawers=3",
        "a cabinet with a door and two drawers | family=cabinet doors=1 drawers=2",
        "a cabinet with 3 large drawers | family=cabinet drawers=3 size=medium",
        "a cabinet with 20 drawers | family=cabinet drawers=8",
        "a cabinet without doors | family=cabinet doors=0",
        "a chest of drawers | family=cabinet variant=drawer_unit !drawers",
        "a 4-drawer chest | family=cabinet variant=drawer_unit drawers=4",
        "a dresser with five drawers | family=cabinet variant=drawer_unit drawers=5",
        "three drawers | family=cabinet variant=drawer_unit drawers=3",
        "a wardrobe 800mm tall | family=cabinet variant=wardrobe height_m=0.8",
        "a 2 ft deep cabinet | family=cabinet depth_m=0.6096",
        "a 24\" wide cabinet | family=cabinet width_m=0.6096",
        "a 60 cm wide nightstand | family=cabinet variant=nightstand width_m=0.6",
        "a dark grey filing cabinet | family=cabinet variant=drawer_unit color=dark grey",
        "a 120 x 60 x 75 cm oak desk | family=table variant=desk width_m=1.2 depth_m=0.6 height_m=0.75 material=wood",
        "a workbench with 2 drawers | family=table variant=workbench drawers=2",
        "a four-legged table | family=table legs=4",
        "a shelving unit with 5 shelves | family=shelving_rack shelves=5",
        "a 5-tier shelf | family=shelving_rack shelves=5",
        "a 6' tall bookcase | family=shelving_rack height_m=1.8288",
        // doors: hinge side in several phrasings, pairs
        "a left-hinged wooden door | family=door hinge=left material=wood",
        "a door hinged on the right | family=door hinge=right",
        "a door that opens to the left | family=door hinge=left",
        "a right hand door | family=door hinge=right",
        "a sliding door | family=door variant=sliding",
        "a pair of doors | family=door doors=2",
        "a blue door | family=door color=blue",
        // boxes, machines, appliances
        "a blue toolbox with a lid | family=box variant=toolbox lid=true color=blue",
        "a plastic tote without a lid | family=box variant=bin lid=false material=plastic",
        "a wooden crate | family=box variant=crate material=wood",
        "a 1.2 m long conveyor belt | family=conveyor variant=belt length_m=1.2",
        "a roller conveyor with 12 rollers | family=conveyor variant=roller rollers=12",
        "a turntable 30 cm in diameter | family=turntable diameter_m=0.3",
        "a rotary indexer with a 20 cm radius | family=turntable diameter_m=0.4",
        "a silver laptop | family=laptop color=silver",
        "a desk lamp | family=desk_lamp",
        "a valve wheel with 5 spokes | family=valve_wheel spokes=5",
        "a lever | family=lever",
        "a microwave oven | family=microwave",
        "an oven with three racks | family=oven racks=3",
        "a fridge | family=fridge",
        "a refrigerator with two doors | family=fridge doors=2",
        "a double door fridge | family=fridge doors=2",
        "a dishwasher with 2 racks | family=dishwasher racks=2",
        "A STAINLESS STEEL Dishwasher | family=dishwasher material=steel",
    })
    void readsPromptIntoSpec(String prompt, String expected) {
        AssetSpec spec = parser.parse(prompt);
        Map<String, String> actual = flatten(spec.describe(), "");
        for (String e : expected.trim().split(" (?=!|[a-z0-9_.]+=)")) {
            if (e.startsWith("!")) {
                assertThat(actual).as("%s: %s", prompt, actual).doesNotContainKey(e.substring(1));
            } else {
                String[] kv = e.split("=", 2);
                String key = kv[0];
                if (kv[1].equals("medium")) { // a medium size is the default and is not described
                    assertThat(actual).as("%s: %s", prompt, actual).doesNotContainKey(key);
                } else {
                    assertThat(actual).as("%s: %s", prompt, actual).containsEntry(key, kv[1]);
                }
            }
        }
    }

    /** The description as flat {@code key → text}, attachments as {@code a0.key}. */
    static Map<String, String> flatten(Map<String, Object> describe, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        describe.forEach((k, v) -> {
            if (k.equals("attachments")) {
                List<?> parts = (List<?>) v;
                for (int i = 0; i < parts.size(); i++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> part = (Map<String, Object>) parts.get(i);
                    out.putAll(flatten(part, prefix + "a" + i + "."));
                }
            } else {
                out.put(prefix + k, String.valueOf(v));
            }
        });
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello world", "a sandwich", "make me something nice", "42", "a very fast car that flies",
        "a delta robot", "a humanoid robot", "a quadruped robot"})
    void promptNamingNothingKnownFailsWithTheListOfFamilies(String prompt) {
        assertThatThrownBy(() -> parser.parse(prompt))
                .isInstanceOfSatisfying(GenerationException.class, e -> {
                    assertThat(e.code()).isEqualTo(GenerationException.UNRECOGNIZED_PROMPT);
                    assertThat(e.getMessage()).contains(prompt.length() > 2 ? prompt.substring(0, 3) : prompt);
                    for (Family f : Family.values()) {
                        assertThat(e.getMessage()).contains(f.description());
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n  "})
    void blankPromptFailsWithAClearMessage(String prompt) {
        assertThatThrownBy(() -> parser.parse(prompt))
                .isInstanceOfSatisfying(GenerationException.class, e -> {
                    assertThat(e.code()).isEqualTo(GenerationException.UNRECOGNIZED_PROMPT);
                    assertThat(e.getMessage()).startsWith("The prompt is empty").contains("robot arm");
                });
    }

    @Test
    void nullPromptFailsLikeABlankOne() {
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(GenerationException.class);
    }

    @Test
    void overlongPromptIsRefusedAsInvalid() {
        String prompt = "a robot arm ".repeat(200);
        assertThatThrownBy(() -> parser.parse(prompt))
                .isInstanceOfSatisfying(GenerationException.class,
                        e -> assertThat(e.code()).isEqualTo(GenerationException.INVALID_PARAMETERS));
    }

    @Test
    void everyFamilyIsRecognisedByItsOwnDescription() {
        for (Family f : Family.values()) {
            String first = f.description().split(" [(/]")[0];
            assertThat(parser.parse("a " + first).family()).as(first).isEqualTo(f);
        }
    }

    @Test
    void colourAndSizeOfThePromptAreKeptWithTheirRgba() {
        AssetSpec spec = parser.parse("a big orange rover");
        assertThat(spec.colorName()).isEqualTo("orange");
        assertThat(spec.color()).isEqualTo(ColorPalette.color("orange").orElseThrow());
        assertThat(spec.size()).isEqualTo(SizeClass.LARGE);
    }

    @Test
    void americanAndBritishSpellingsReadAlike() {
        AssetSpec us = parser.parse("a gray aluminum arm");
        AssetSpec uk = parser.parse("a grey aluminium arm");
        assertThat(us).isEqualTo(uk);
        assertThat(us.material()).isEqualTo(MaterialKind.ALUMINIUM);
    }
}
