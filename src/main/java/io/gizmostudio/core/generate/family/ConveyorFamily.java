package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Drive;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A conveyor running along X: a steel frame ({@code frame}: two channel side rails on angle legs) and rollers
 * ({@code roller_1..}, from -X) on continuous joints about Y, across the conveyor, every one of them driven: a
 * velocity actuator per roller, so commanding them all to ω moves what lies on them at ω × (the radius they carry
 * at). The roller count comes from {@code rollers}, else from the length and the roller pitch, and is clamped so
 * neighbouring rollers never touch.
 * <ul>
 * <li><b>Roller conveyor</b> (motor-driven rollers): loads ride on the roller tops, at the stated height.</li>
 * <li><b>Belt conveyor</b> (a roller-bed belt conveyor): a rubber belt runs over a bed of equal rollers. MuJoCo has
 * no moving surface, and a belt body on a slide joint runs out of travel, so the belt's carrying run is modelled by
 * what it does: each roller collides as itself with the belt wrapped round it (a capsule of roller radius + gap +
 * belt thickness, its top at the belt's top), and the belt itself is drawn (and weighs) but does not collide.
 * Driving the rollers drives the belt surface at ω × that radius; it runs for ever, no reset needed.</li>
 * </ul>
 * Rollers collide as capsules, not cylinders: MuJoCo's capsule–box contact is analytic and puts two points on the
 * roller's top line, where a cylinder–box contact is one off-axis point whose normal force spins a light roller
 * and lets a box sink through. Each roller's drive is sized for the heaviest box the conveyor is rated for
 * ({@value #RATED_LOAD_KG} kg): it alone can push that box with μ = 1 and stays within 2 % of its speed doing it;
 * the MJCF writer turns that gain into the reflected rotor inertia of a geared drive roller, which is what keeps
 * the contact stiff under a 10 kg box.
 */
public final class ConveyorFamily implements FamilyBuilder {
    private static final double GAP = 0.003;
    private static final double RAIL_T = 0.003;
    private static final double TUBE_WALL = 0.0015;
    private static final double BELT_T = 0.004;
    private static final double ROLLER_R = 0.025;
    private static final double BELT_ROLLER_R = 0.04;
    private static final double ROLLER_PITCH = 0.075;
    private static final double BELT_PITCH = 0.125;
    /** The heaviest box a roller's drive is sized to push on its own, kg. */
    static final double RATED_LOAD_KG = 20;
    /** Nominal surface speed, m/s, and the most the drives are allowed (their control range). */
    static final double NOMINAL_SPEED = 0.3;
    static final double MAX_SPEED = 0.6;
    private static final JointDynamics ROLLER_DYNAMICS = new JointDynamics(0.01, 0.02);

    @Override public Family family() {
        return Family.CONVEYOR;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        boolean belt = !"roller".equalsIgnoreCase(spec.option("variant", "belt"));
        MaterialKind kind = spec.materialOr(MaterialKind.STEEL);
        Rgba color = spec.colorOr(kind.color());
        double length = Sizing.length(spec, "length", 2.0, 0.5, 20.0);
        double width = Sizing.length(spec, "width", 0.5, 0.15, 2.0);
        double height = Sizing.length(spec, "height", 0.8, 0.3, 1.5);
        double rollerR = belt ? BELT_ROLLER_R : ROLLER_R;
        // what a load rides on: the roller itself, or the belt wrapped round it
        double carryR = belt ? rollerR + GAP + BELT_T : rollerR;
        double pitch = belt ? BELT_PITCH : ROLLER_PITCH;
        // Axis height of the rollers, so their tops (or the belt's top) are at the stated height.
        double axisZ = height - carryR;

        double span = length - 2 * carryR;
        int max = 1 + (int) Math.floor(span / (2 * carryR + 0.005));
        int fromLength = 1 + (int) Math.floor(span / pitch);
        int rollers = Sizing.count(spec, "rollers", fromLength, 2, Math.min(200, Math.max(2, max)));

        LinkBuilder frame = new LinkBuilder("frame", kind, color);
        // Rails stop just below what carries the load, and reach down past the rollers and the belt's return run.
        double railTop = axisZ + rollerR - 0.01;
        double railBottom = Math.min(axisZ - carryR - 0.03, railTop - 0.1);
        double yIn = width / 2 + GAP;
        for (int side = -1; side <= 1; side += 2) {
            double y0 = side < 0 ? -yIn - RAIL_T : yIn;
            Solids.box(frame, Solids.span(-length / 2, length / 2, y0, y0 + RAIL_T, railBottom, railTop));
        }
        addLegs(frame, length, yIn + RAIL_T, railBottom);
        double first = -length / 2 + carryR;
        double last = length / 2 - carryR;
        if (belt) {
            Material rubber = new Material("rubber_belt", MaterialKind.RUBBER.color());
            Aabb top = Solids.span(first, last, -width / 2, width / 2, height - BELT_T, height);
            Aabb ret = Solids.span(first, last, -width / 2, width / 2, axisZ - carryR, axisZ - carryR + BELT_T);
            for (Aabb run : List.of(top, ret)) {
                frame.visualOnly(Geometry.Box.of(run.size().x(), run.size().y(), run.size().z()), Pose.of(run.center()), rubber);
                frame.payload(MaterialKind.RUBBER.density() * run.size().x() * run.size().y() * run.size().z(), run.center(), 0.01);
            }
        }

        List<AttachedLink> parts = new ArrayList<>();
        for (int i = 0; i < rollers; i++) {
            double x = first + (last - first) * i / (rollers - 1);
            parts.add(roller("roller_" + (i + 1), rollerR, carryR, width, new Vec3(x, 0, axisZ), color));
        }
        return AttachedLink.assemble(belt ? "belt_conveyor" : "roller_conveyor", frame.build(), parts);
    }

    private static void addLegs(LinkBuilder frame, double length, double yOut, double railBottom) {
        double leg = 0.04;
        int stations = 2 + (int) Math.floor((length - 0.2) / 1.5);
        for (int i = 0; i < stations; i++) {
            double x = -length / 2 + 0.1 + (length - 0.2 - leg) * i / (stations - 1);
            for (int side = -1; side <= 1; side += 2) {
                double y0 = side < 0 ? -yOut - leg : yOut;
                StructuralProfiles.verticalAngle(frame, Solids.span(x, x + leg, y0, y0 + leg, 0, railBottom), 0.003,
                        -1, side < 0 ? 1 : -1);
            }
            // A cross tie between each pair of legs, low down, keeps the frame one rigid body.
            double tieZ = Math.min(0.15, 0.4 * railBottom);
            Solids.box(frame, Solids.span(x, x + leg, -yOut, yOut, tieZ, tieZ + 0.003));
        }
    }

    /**
     * A roller: a thin-walled steel tube (its mass uses the tube's share of the solid cylinder), colliding as a capsule
     * of {@code carryR} as long as the roller, on a driven continuous joint.
     */
    private static AttachedLink roller(String name, double radius, double carryR, double width, Vec3 axis, Rgba color) {
        double inner = radius - TUBE_WALL;
        double tubeFraction = 1 - inner * inner / (radius * radius);
        Geometry.Cylinder tube = new Geometry.Cylinder(radius, width);
        Geometry.Capsule contact = new Geometry.Capsule(carryR, width - 2 * carryR);
        // the capsule stands in for the tube (and belt) in the mass computation: keep the tube's own mass
        double density = MaterialKind.STEEL.density() * tubeFraction * tube.volume() / contact.volume();
        LinkBuilder link = new LinkBuilder(name, density, new Material("steel_tube", MaterialKind.STEEL.color()));
        link.solid(tube, contact, AxisAlignment.cylinderPose(Vec3.ZERO, Vec3.UNIT_Y));
        Drive drive = rollerDrive(carryR);
        // the joint's effort limit is the drive's force limit, so every format states the same torque
        Joint spin = PassiveJoints.continuous(name + "_spin", "frame", name, Pose.of(axis),
                Vec3.UNIT_Y, drive.maxForce(), MAX_SPEED / carryR, ROLLER_DYNAMICS);
        return new AttachedLink(link.build(), spin.withDrive(drive));
    }

    /**
     * The velocity servo of one roller: the torque to push the rated box alone, τ = μ·m·g·r (μ = 1), held within
     * 2 % of the nominal surface speed ({@value #NOMINAL_SPEED} m/s) — kv = τ / (0.02·v/r) — with twice τ as its
     * force limit.
     */
    static Drive rollerDrive(double carryR) {
        double torque = RATED_LOAD_KG * 9.81 * carryR;
        return new Drive(0, torque / (0.02 * NOMINAL_SPEED / carryR), 2 * torque);
    }
}
