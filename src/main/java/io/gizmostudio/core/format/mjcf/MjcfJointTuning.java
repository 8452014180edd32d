package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.model.Joint;

/**
 * The joint numbers the MJCF writer adds so an export runs stably in MuJoCo 2.2.2 and 3.x with the
 * default semi-implicit Euler integrator at {@link #TIMESTEP}.
 *
 * <ul>
 *   <li>Damping: the joint's {@code damping} is the mechanism's own passive damping only. A position drive's
 *       damping kv goes into its actuator ({@code <general>} with {@code biasprm="0 −kp −kv"}, what MuJoCo 3
 *       writes as {@code <position kp kv>}, which 2.2.2 would reject), so a push with the actuators off meets
 *       only the mechanism's damping and the servo's force stays within its force range.</li>
 *   <li>Armature: the actuator's spring {@code kp} and damper {@code kv} are applied explicitly. A spring on
 *       an inertia {@code I} is stable only while {@code ω·dt < 2} with {@code ω = √(kp/I)}, a damper while
 *       {@code kv·dt/I < 2}, and the inertia the joint sees can be tiny (a 5 g finger) or smaller still
 *       through coupling in the mass matrix. An armature of {@code max(4·kp·dt², kv·dt)} keeps
 *       {@code ω·dt ≤ 0.5} and {@code kv·dt/I ≤ 1} even if the moved link weighed nothing; it reads as the
 *       reflected rotor inertia of a geared motor (0.016 kg·m² for kp = 1000 N·m/rad, well below a real arm
 *       joint's). Passive joints get {@link #PASSIVE_ARMATURE}, which steadies very light links under contact
 *       and limit impulses without changing how they move.</li>
 * </ul>
 */
final class MjcfJointTuning {
    /** Simulation time step, s (MuJoCo's default, written explicitly). */
    static final double TIMESTEP = 0.002;
    /** Armature of joints without an actuator, kg·m² or kg. */
    static final double PASSIVE_ARMATURE = 1e-4;
    /** Largest ω·dt a drive may reach on a weightless link. */
    private static final double MAX_OMEGA_DT = 0.5;

    private MjcfJointTuning() {
    }

    static double armature(Joint j) {
        if (!j.isActuated()) {
            return PASSIVE_ARMATURE;
        }
        double fromDamper = j.drive().damping() * TIMESTEP;
        double fromDrive = isPositionDriven(j)
                ? Math.max(j.drive().stiffness() * TIMESTEP * TIMESTEP / (MAX_OMEGA_DT * MAX_OMEGA_DT), fromDamper)
                : fromDamper;
        return Math.max(PASSIVE_ARMATURE, fromDrive);
    }

    /** The joint's passive damping; a drive's damping is its actuator's kv, never added here. */
    static double damping(Joint j) {
        return j.dynamics().damping();
    }

    /** Actuated with a position servo (stiffness above zero); otherwise a velocity drive if actuated at all. */
    static boolean isPositionDriven(Joint j) {
        return j.isActuated() && j.drive().stiffness() > 0;
    }
}
