package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;

/**
 * A pull-out wire rack (oven shelf, dishwasher basket) on a pair of runners: the runners are added to the
 * appliance body along its side walls, the rack slides out along +X on a prismatic joint by a fraction of its
 * depth. The rack is a perimeter frame with cross wires and, for a basket, low wire walls. It rests
 * {@link DrawerBuilder#CLEARANCE} above its runners so nothing touches at the zero pose.
 */
final class WireRackBuilder {
    static final double ROD = 0.006;
    static final double WIRE = 0.004;
    static final double WIRE_PITCH = 0.04;
    private static final double RUNNER_W = 0.012;
    private static final double RUNNER_H = 0.006;

    private final double wallHeight;
    private final double travelFraction;
    private final Rgba color;

    WireRackBuilder(double wallHeight, double travelFraction, Rgba color) {
        this.wallHeight = wallHeight;
        this.travelFraction = travelFraction;
        this.color = color;
    }

    /** The total height a rack takes above its runners. */
    double height() {
        return DrawerBuilder.CLEARANCE + ROD + wallHeight;
    }

    /**
     * Adds runners at {@code runnerTop} on both side walls of {@code cavity} to {@code body}, and returns the
     * rack sliding on them, stopping {@code frontSetback} behind the cavity front.
     */
    AttachedLink build(String name, String parent, LinkBuilder body, Aabb cavity, double runnerTop, double frontSetback) {
        double c = DrawerBuilder.CLEARANCE;
        double xBack = cavity.min().x();
        double xFront = cavity.max().x() - frontSetback;
        for (int side = -1; side <= 1; side += 2) {
            double y0 = side < 0 ? cavity.min().y() : cavity.max().y() - RUNNER_W;
            Solids.box(body, Solids.span(xBack, xFront, y0, y0 + RUNNER_W, runnerTop - RUNNER_H, runnerTop),
                    MaterialKind.STEEL, color);
        }
        Aabb rack = Solids.span(xBack + c, xFront, cavity.min().y() + c, cavity.max().y() - c,
                runnerTop + c, runnerTop + c + ROD + wallHeight);
        Vec3 origin = new Vec3(rack.max().x(), rack.center().y(), rack.min().z());
        LinkBuilder link = new LinkBuilder(name, MaterialKind.STEEL, color);
        Aabb local = Solids.relativeTo(rack, origin);
        addFrame(link, local, local.min().z());
        int wires = Math.max(1, (int) Math.floor(local.size().y() / WIRE_PITCH) - 1);
        for (int i = 1; i <= wires; i++) {
            double y = local.min().y() + local.size().y() * i / (wires + 1);
            Solids.box(link, Solids.span(local.min().x() + ROD, local.max().x() - ROD, y - WIRE / 2, y + WIRE / 2,
                    local.min().z(), local.min().z() + WIRE));
        }
        if (wallHeight > 0) {
            double top = local.max().z() - ROD;
            addFrame(link, local, top);
            for (int sx = -1; sx <= 1; sx += 2) {
                for (int sy = -1; sy <= 1; sy += 2) {
                    double x0 = sx < 0 ? local.min().x() : local.max().x() - ROD;
                    double y0 = sy < 0 ? local.min().y() : local.max().y() - ROD;
                    Solids.box(link, Solids.span(x0, x0 + ROD, y0, y0 + ROD, local.min().z() + ROD, top));
                }
            }
        }
        double travel = travelFraction * rack.size().x();
        return new AttachedLink(link.build(), PassiveJoints.prismatic(name + "_slide", parent, name, Pose.of(origin),
                Vec3.UNIT_X, 0, travel, 50, 0.5, new JointDynamics(5.0, 1.0)));
    }

    /** A rectangular rod frame at height {@code z}: front and back rods across, side rods between them. */
    private static void addFrame(LinkBuilder link, Aabb local, double z) {
        Vec3 lo = local.min();
        Vec3 hi = local.max();
        Solids.box(link, Solids.span(lo.x(), lo.x() + ROD, lo.y(), hi.y(), z, z + ROD));
        Solids.box(link, Solids.span(hi.x() - ROD, hi.x(), lo.y(), hi.y(), z, z + ROD));
        Solids.box(link, Solids.span(lo.x() + ROD, hi.x() - ROD, lo.y(), lo.y() + ROD, z, z + ROD));
        Solids.box(link, Solids.span(lo.x() + ROD, hi.x() - ROD, hi.y() - ROD, hi.y(), z, z + ROD));
    }
}
