package io.gizmostudio.ui.generate;

import java.util.List;

/** Prompts the built-in engine understands, one per kind of asset, to start from. */
public final class ExamplePrompts {
    public static final List<String> ALL = List.of(
            "a 6-DOF robot arm with a parallel-jaw gripper",
            "a SCARA robot with a 0.4 m reach",
            "a three-finger gripper",
            "a suction gripper",
            "a four-wheeled mobile base",
            "a pan-tilt camera mount",
            "a gantry with a 1 m x 0.8 m travel",
            "a steel cabinet with 3 drawers and 2 doors",
            "a wooden workbench with 2 drawers",
            "a 2 m conveyor belt",
            "a hinged door with a handle",
            "a microwave oven");

    private ExamplePrompts() {
    }
}
