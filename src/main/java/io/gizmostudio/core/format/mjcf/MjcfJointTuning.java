package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.model.Joint;

/**
 * The joint numbers the MJCF writer adds so an export runs stably in MuJoCo 2.2.2 and 3.x with the
 * default semi-implicit Euler integrator at {@link #TIMESTEP}.
 *
 * <ul>
 *   <li>Damping: MuJoCo 2.2.2's {@code <position>} actuator has no {@code kv}, so the drive's damping is
 *       added to the joint's passive damping. Joint damping is integrated implicitly by Euler, so it is
 *       unconditionally stable however light the link.</li>
 *   <li>Armature: the position actuator's spring {@code kp} is applied explicitly. A spring on an inertia
 *       {@code I} is stable only while {@code ω·dt < 2} with {@code ω = √(kp/I)}, and the inertia the
 *       joint sees can be tiny (a 5 g finger) or smaller still through coupling in the mass matrix. An
 *       armature of {@code 4·kp·dt²} keeps {@code ω·dt ≤ 0.5} even if the moved link weighed nothing;
 *       it reads as the reflected rotor inertia of a geared motor (0.016 kg·m² for kp = 1000 N·m/rad,
 *       well below a real arm joint's). Passive joints get {@link #PASSIVE_ARMATURE}, which steadies
 *       very light links under contact and limit impulses without changing how they move.</li>
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
        double fromDrive = isPositionDriven(j)
                ? j.drive().stiffness() * TIMESTEP * TIMESTEP / (MAX_OMEGA_DT * MAX_OMEGA_DT)
                // explicit velocity feedback kv is stable while kv·dt/I < 2; keep it at 1 even on a weightless link
                : j.drive().damping() * TIMESTEP;
        return Math.max(PASSIVE_ARMATURE, fromDrive);
    }

    /**
     * Passive damping plus, for a position-driven joint, the drive's damping (the position actuator's kv).
     * A velocity drive (stiffness 0) carries its kv on its own {@code <velocity>} actuator instead.
     */
    static double damping(Joint j) {
        double d = j.dynamics().damping();
        return isPositionDriven(j) ? d + j.drive().damping() : d;
    }

    /** Actuated with a position servo (stiffness above zero); otherwise a velocity drive if actuated at all. */
    static boolean isPositionDriven(Joint j) {
        return j.isActuated() && j.drive().stiffness() > 0;
    }
}
