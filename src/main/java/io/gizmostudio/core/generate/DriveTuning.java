package io.gizmostudio.core.generate;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Drive;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives every actuated joint of an assembled articulation a drive scaled from what it moves, so that the asset
 * holds its pose under gravity in simulation without stiffening past what the time step integrates.
 *
 * <p>For each movable joint without a drive, without a mimic and not listed as passive (metadata
 * {@value #PASSIVE_JOINTS}), {@link JointLoad} measures the inertia moved now (I₀, kg·m² or kg), at worst
 * (I_max) and the worst-case gravity load τ_g (N·m or N) with its effective lever ℓ = τ_g / (m·g).
 * <ul>
 * <li><b>Revolute and prismatic joints get a position drive.</b> Stiffness
 *   kp = min(max(τ_g / s, I_max·ω_t²), I₀·ω_max²), where the allowed static sag s is
 *   max({@value #MAX_SAG_RAD} rad, {@value #MAX_SAG_M} m / ℓ) for a rotary joint and {@value #MAX_SAG_M} m for a
 *   prismatic one, ω_t = 2π·{@value #TRACKING_HZ} Hz is the least bandwidth a position servo should have even
 *   with no gravity load (a vertical pan axis), and ω_max = 2π·{@value #MAX_HZ} Hz caps it: at the 2 ms step
 *   the validators and MuJoCo's defaults use, ω_max·dt ≈ 0.31, well inside the explicit-integration limit of 2
 *   with room for contact stiffness, and still below PhysX's implicit drives' comfort at 60 Hz. The cap wins
 *   over the sag rule when both cannot hold: for levers under about 4 cm (where the linear sag is a fraction of a
 *   millimetre anyway) and for roll joints whose subtree lies along the axis at the zero pose (tiny I₀) but
 *   could swing out later. Damping kv = 2·ζ·√(kp·I₀), ζ = {@value #DAMPING_RATIO}
 *   (critical).</li>
 * <li><b>Continuous joints (wheels) get a velocity drive</b>: kp = 0 and kv = min(effort / velocity,
 *   0.5·I₀/dt), so the drive reaches full effort at full speed error and stays explicit-stable.</li>
 * <li><b>Effort</b>: the joint's effort limit and the drive's force become at least
 *   {@value #EFFORT_MARGIN}·τ_g (raised when the builder's was smaller). A position-driven joint with limits must
 *   also carry its subtree through the whole range R in {@value #TRAVERSE_SECONDS} s against gravity, its
 *   Coulomb friction f, its passive damping b and its
 *   spring's largest pull s over the range (a door's closing spring): with a bang-bang profile (peak speed 2R/T, acceleration
 *   4R/T²) its effort is at least {@value #EFFORT_MARGIN}·(τ_g + f + s + b·2R/T + I_max·4R/T²).</li>
 * <li><b>Damping</b>: kv belongs to the drive, passive damping to the joint; the two are kept apart so each
 *   format can express them its own way (the MJCF servo carries kv itself and the joint only its passive
 *   damping, so a push with the actuators off meets the mechanism's damping; USD's drive carries both, since
 *   UsdPhysics has no passive damping; URDF carries the passive damping, having no actuator).
 *   Mimic followers take their leader's damping; every movable joint keeps its passive damping, at least
 *   {@value #MIN_ROTARY_DAMPING} N·m·s/rad or {@value #MIN_LINEAR_DAMPING} N·s/m.</li>
 * </ul>
 * Drives a builder set itself (a spring-loaded stage) keep their gains; effort and damping rules still apply.
 */
public final class DriveTuning {
    /** Metadata key: comma-separated names of joints that are deliberately unactuated (casters). */
    public static final String PASSIVE_JOINTS = "passive_joints";
    public static final double MAX_SAG_RAD = 0.01;
    public static final double MAX_SAG_M = 0.002;
    public static final double TRACKING_HZ = 8.0;
    public static final double MAX_HZ = 25.0;
    public static final double DAMPING_RATIO = 1.0;
    public static final double EFFORT_MARGIN = 1.5;
    public static final double TIME_STEP = 0.002;
    public static final double MIN_ROTARY_DAMPING = 0.005;
    public static final double MIN_LINEAR_DAMPING = 0.05;
    public static final double TRAVERSE_SECONDS = 2.0;

    private DriveTuning() {
    }

    /** The passive joint names listed in {@code a}'s metadata. */
    public static Set<String> passiveJoints(Articulation a) {
        String list = a.metadata().getOrDefault(PASSIVE_JOINTS, "");
        Set<String> out = new TreeSet<>();
        Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    /** {@code a} with drives, efforts and damping tuned as the class describes. */
    public static Articulation tune(Articulation a) {
        Set<String> passive = passiveJoints(a);
        JointLoad.Measure measure = new JointLoad.Measure(a);
        Map<String, Joint> tuned = new HashMap<>();
        for (Joint j : a.joints()) {
            if (!j.type().isMovable() || j.mimic() != null) {
                continue;
            }
            if (passive.contains(j.name())) {
                tuned.put(j.name(), withDamping(j, floor(j, j.dynamics().damping())));
            } else {
                tuned.put(j.name(), drive(j, measure.load(j)));
            }
        }
        for (Joint j : a.joints()) {
            if (j.type().isMovable() && j.mimic() != null) {
                Joint leader = tuned.get(j.mimic().joint());
                double damping = Math.max(j.dynamics().damping(), leader == null ? 0 : leader.dynamics().damping());
                Joint follower = withEffort(j, EFFORT_MARGIN * measure.load(j).gravityLoad());
                tuned.put(j.name(), withDamping(follower, floor(j, damping)));
            }
        }
        List<Joint> out = new ArrayList<>();
        for (Joint j : a.joints()) {
            out.add(tuned.getOrDefault(j.name(), j));
        }
        return a.withJoints(out);
    }

    private static Joint drive(Joint j, JointLoad load) {
        Joint sized = withEffort(j, EFFORT_MARGIN * load.gravityLoad());
        double effort = sized.limits().effort();
        if (j.drive() != null) {
            Drive d = new Drive(j.drive().stiffness(), j.drive().damping(), Math.max(j.drive().maxForce(), effort));
            Joint driven = sized.withDrive(d);
            return withDamping(driven, floor(j, j.dynamics().damping()));
        }
        if (j.type() == JointType.CONTINUOUS) {
            double kv = Math.min(effort / sized.limits().velocity(), 0.5 * load.inertia() / TIME_STEP);
            return withDamping(sized.withDrive(new Drive(0, kv, effort)), floor(j, j.dynamics().damping()));
        }
        Joint ranged = withEffort(sized, traverseEffort(j, load));
        Gains g = positionGains(j.type(), load);
        return withDamping(ranged.withDrive(new Drive(g.kp(), g.kv(), ranged.limits().effort())),
                floor(j, j.dynamics().damping()));
    }

    /** The least effort that carries {@code j}'s subtree through its whole range in {@link #TRAVERSE_SECONDS}. */
    public static double traverseEffort(Joint j, JointLoad load) {
        if (!j.type().isLimited() || j.limits() == null) {
            return 0;
        }
        double range = j.limits().upper() - j.limits().lower();
        double peakSpeed = 2 * range / TRAVERSE_SECONDS;
        double acceleration = 4 * range / (TRAVERSE_SECONDS * TRAVERSE_SECONDS);
        // a closing spring is worked against too: its largest pull over the range
        double spring = Math.max(Math.abs(j.dynamics().springForce(j.limits().lower())),
                Math.abs(j.dynamics().springForce(j.limits().upper())));
        double passive = j.dynamics().friction() + floor(j, j.dynamics().damping()) * peakSpeed + spring;
        return EFFORT_MARGIN * (load.gravityLoad() + passive + load.maxInertia() * acceleration);
    }

    /** Position-drive gains for a joint of {@code type} carrying {@code load}. */
    public static Gains positionGains(JointType type, JointLoad load) {
        double allowedSag = type.isRotational()
                ? Math.max(MAX_SAG_RAD, load.lever() > 0 ? MAX_SAG_M / load.lever() : MAX_SAG_RAD)
                : MAX_SAG_M;
        double wTrack = 2 * Math.PI * TRACKING_HZ;
        double wMax = 2 * Math.PI * MAX_HZ;
        double kp = Math.min(Math.max(load.gravityLoad() / allowedSag, load.maxInertia() * wTrack * wTrack),
                load.inertia() * wMax * wMax);
        double kv = 2 * DAMPING_RATIO * Math.sqrt(kp * load.inertia());
        return new Gains(kp, kv);
    }

    /** Stiffness and damping of a position drive. */
    public record Gains(double kp, double kv) {
    }

    private static Joint withEffort(Joint j, double least) {
        JointLimits l = j.limits();
        if (l == null || l.effort() >= least) {
            return j;
        }
        return new Joint(j.name(), j.type(), j.parent(), j.child(), j.origin(), j.axis(),
                new JointLimits(l.lower(), l.upper(), least, l.velocity()), j.dynamics(), j.mimic(), j.drive());
    }

    private static double floor(Joint j, double damping) {
        return Math.max(damping, j.type().isRotational() ? MIN_ROTARY_DAMPING : MIN_LINEAR_DAMPING);
    }

    private static Joint withDamping(Joint j, double damping) {
        return new Joint(j.name(), j.type(), j.parent(), j.child(), j.origin(), j.axis(), j.limits(),
                new JointDynamics(damping, j.dynamics().friction(), j.dynamics().stiffness(), j.dynamics().springReference()),
                j.mimic(), j.drive());
    }
}
