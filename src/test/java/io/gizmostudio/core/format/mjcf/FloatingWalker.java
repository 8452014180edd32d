package io.gizmostudio.core.format.mjcf;

/** A floating MJCF walker of our own: a free joint on its torso, three hinges and a slide in two legs, a floor. */
public final class FloatingWalker {
    /** MuJoCo builds 6 bodies (world included), nv = 10 (6 free + 4), njnt = 5. */
    public static final String XML = """
            <mujoco model="walker">
              <worldbody>
                <geom name="floor" type="plane" size="5 5 0.1"/>
                <body name="torso" pos="0 0 1">
                  <freejoint name="root"/>
                  <geom type="box" size="0.1 0.15 0.2"/>
                  <body name="left_thigh" pos="0 0.1 -0.2">
                    <joint name="left_hip" type="hinge" axis="0 1 0" range="-90 45"/>
                    <geom type="capsule" fromto="0 0 0 0 0 -0.4" size="0.05"/>
                    <body name="left_shin" pos="0 0 -0.4">
                      <joint name="left_knee" type="hinge" axis="0 1 0" range="0 150"/>
                      <geom type="capsule" fromto="0 0 0 0 0 -0.4" size="0.04"/>
                    </body>
                  </body>
                  <body name="right_thigh" pos="0 -0.1 -0.2">
                    <joint name="right_hip" type="hinge" axis="0 1 0" range="-90 45"/>
                    <geom type="capsule" fromto="0 0 0 0 0 -0.4" size="0.05"/>
                    <body name="right_shin" pos="0 0 -0.4">
                      <joint name="right_knee" type="slide" axis="0 0 1" range="-0.1 0"/>
                      <geom type="capsule" fromto="0 0 0 0 0 -0.4" size="0.04"/>
                    </body>
                  </body>
                </body>
              </worldbody>
            </mujoco>
            """;

    private FloatingWalker() {
    }
}
