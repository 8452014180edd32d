package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Geometry;
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
 * ({@code roller_1..}, from -X) on continuous joints about Y, across the conveyor. A roller conveyor carries
 * loads on its rollers, whose tops are at the stated height; a belt conveyor has two end drums and idlers
 * under a rubber belt fixed to the frame. The roller count comes from {@code rollers}, else from the length
 * and the roller pitch, and is clamped so neighbouring rollers never touch.
 */
public final class ConveyorFamily implements FamilyBuilder {
    private static final double GAP = 0.003;
    private static final double RAIL_T = 0.003;
    private static final double TUBE_WALL = 0.0015;
    private static final double BELT_T = 0.004;
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
        double rollerR = 0.025;
        double drumR = belt ? 0.05 : rollerR;
        double pitch = belt ? 0.3 : 0.075;
        // Axis height of the carrying rollers, so their tops (or the belt's top) are at the stated height.
        double axisZ = belt ? height - BELT_T - GAP - drumR : height - rollerR;

        double span = length - 2 * drumR;
        int max = 1 + (int) Math.floor(span / (2 * drumR + 0.005));
        int fromLength = 1 + (int) Math.floor(span / pitch);
        int rollers = Sizing.count(spec, "rollers", fromLength, 2, Math.min(200, Math.max(2, max)));

        LinkBuilder frame = new LinkBuilder("frame", kind, color);
        // Rails stop just below what carries the load, and reach down past the drums and the belt's return run.
        double railTop = belt ? height - 0.01 : axisZ + rollerR - 0.01;
        double railBottom = Math.min(axisZ - drumR - 0.03, railTop - 0.1);
        double yIn = width / 2 + GAP;
        for (int side = -1; side <= 1; side += 2) {
            double y0 = side < 0 ? -yIn - RAIL_T : yIn;
            Solids.box(frame, Solids.span(-length / 2, length / 2, y0, y0 + RAIL_T, railBottom, railTop));
        }
        addLegs(frame, length, yIn + RAIL_T, railBottom);
        if (belt) {
            Rgba rubber = MaterialKind.RUBBER.color();
            double x0 = -length / 2 + drumR;
            double x1 = length / 2 - drumR;
            Solids.box(frame, Solids.span(x0, x1, -width / 2, width / 2, height - BELT_T, height), MaterialKind.RUBBER, rubber);
            double returnTop = axisZ - drumR - GAP;
            Solids.box(frame, Solids.span(x0, x1, -width / 2, width / 2, returnTop - BELT_T, returnTop), MaterialKind.RUBBER, rubber);
        }

        List<AttachedLink> parts = new ArrayList<>();
        double first = -length / 2 + drumR;
        double last = length / 2 - drumR;
        for (int i = 0; i < rollers; i++) {
            double x = first + (last - first) * i / (rollers - 1);
            boolean drum = belt && (i == 0 || i == rollers - 1);
            double r = drum ? drumR : rollerR;
            // Idlers sit under the belt with their tops level with the drums' tops.
            double z = drum || !belt ? axisZ : axisZ + drumR - rollerR;
            parts.add(roller("roller_" + (i + 1), r, width, new Vec3(x, 0, z), color));
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

    /** A roller: a thin-walled steel tube, so its mass uses the tube's share of the solid cylinder. */
    private static AttachedLink roller(String name, double radius, double width, Vec3 axis, Rgba color) {
        double inner = radius - TUBE_WALL;
        double tubeDensity = MaterialKind.STEEL.density() * (1 - inner * inner / (radius * radius));
        LinkBuilder link = new LinkBuilder(name, tubeDensity, new Material("steel_tube", MaterialKind.STEEL.color()));
        link.solid(new Geometry.Cylinder(radius, width), AxisAlignment.cylinderPose(Vec3.ZERO, Vec3.UNIT_Y));
        return new AttachedLink(link.build(), PassiveJoints.continuous(name + "_spin", "frame", name, Pose.of(axis),
                Vec3.UNIT_Y, 5.0, 20.0, ROLLER_DYNAMICS));
    }
}
