package io.gizmostudio.testing;

import java.util.List;

/** Prompts as users type them: one per family, and a spread of synonyms, units, materials and compositions. */
public final class SamplePrompts {
    private SamplePrompts() {
    }

    /** One prompt per family, as a user would type it. */
    public static final List<String> FAMILY_PROMPTS = List.of(
            "a 6-DOF robot arm with a parallel-jaw gripper",
            "a SCARA robot",
            "a parallel-jaw gripper",
            "a three-finger gripper",
            "a suction gripper",
            "a steel cabinet with 2 doors and 3 drawers",
            "a wooden desk with two drawers",
            "a steel shelving rack with 5 shelves",
            "a 1.5 m conveyor belt",
            "a mobile base with a 6-DOF arm",
            "a pan-tilt camera mount",
            "a 3-axis cartesian gantry",
            "a left-hinged wooden door",
            "a blue toolbox with a lid",
            "a rotary indexer",
            "a laptop",
            "a desk lamp",
            "a valve wheel",
            "a lever",
            "a microwave",
            "an oven with two racks",
            "a fridge",
            "a dishwasher");

    /**
     * Prompts whose assets have joints no family prompt builds (a double oven's two doors, a fridge's freezer drawers,
     * a cabinet with drawers and one hinged door, three wheels a side): the physics and self-collision checks run them
     * too.
     */
    public static final List<String> MECHANISM_PROMPTS = List.of(
            "a double oven",
            "a fridge with 2 freezer drawers",
            "a kitchen cabinet with 3 drawers and a left-hinged door",
            "a 6-wheeled rover");

    /** The family prompts followed by the mechanism prompts. */
    public static List<String> familyAndMechanismPrompts() {
        List<String> all = new java.util.ArrayList<>(FAMILY_PROMPTS);
        all.addAll(MECHANISM_PROMPTS);
        return List.copyOf(all);
    }

    /** More prompts: synonyms, units, materials, sizes, compositions. */
    public static final List<String> VARIED_PROMPTS = List.of(
            "a 7-DOF manipulator with 1.2 m reach",
            "a small 4-dof robotic arm in red plastic",
            "a heavy-duty six-axis industrial robot with a suction gripper",
            "a 3 dof arm",
            "an AGV with a UR-style arm and a suction gripper",
            "a 6-wheeled rover",
            "a differential drive robot with 2 wheels",
            "a nightstand with one drawer",
            "a tall oak wardrobe",
            "a chest of drawers with five drawers, 80 cm wide",
            "a sliding glass door",
            "a plastic tote with a hinged lid",
            "a wooden crate",
            "a steel workbench with a lower shelf",
            "a 2-axis linear stage with 300 mm travel",
            "a roller conveyor with 12 rollers",
            "a refrigerator with a freezer door",
            "a right-hinged cabinet with 4 shelves",
            "a turntable 40 cm in diameter",
            "a large aluminium robot arm");
}
