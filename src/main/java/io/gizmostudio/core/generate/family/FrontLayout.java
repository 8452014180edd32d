package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.model.Aabb;
import java.util.ArrayList;
import java.util.List;

/**
 * How the front of a carcass is divided: a stack of drawers at the bottom and, when there are doors, a fixed
 * divider with a door compartment above it, its doors side by side across the width. Drawer slots are parts
 * of the cavity; fronts and door slabs overlay the carcass front with {@link #GAP} between neighbours.
 * Lists run bottom-up (drawers) and left to right (doors, from -Y).
 *
 * @param openCompartment the cavity behind the doors (or the whole cavity with no drawers), where shelves
 *                        go; null when drawers fill the carcass
 * @param divider the fixed panel between drawers and doors, or null
 */
record FrontLayout(List<Aabb> drawerSlots, List<Aabb> drawerFronts, Aabb divider, Aabb openCompartment,
                   List<Aabb> doorSlabs, List<HingeEdge> doorHinges) {
    static final double GAP = 0.003;
    /** A typical drawer's height; with doors the drawers take at most half the cavity. */
    static final double DRAWER_PITCH = 0.2;
    static final double MIN_DRAWER_HEIGHT = 0.06;
    static final double MIN_DOOR_WIDTH = 0.2;

    /** The most drawers that fit the cavity at a usable height. */
    static int maxDrawers(Aabb cavity, boolean withDoors) {
        double band = cavity.size().z() * (withDoors ? 0.5 : 1.0);
        return (int) Math.floor(band / MIN_DRAWER_HEIGHT);
    }

    static int maxDoors(double width) {
        return Math.max(1, (int) Math.floor(width / MIN_DOOR_WIDTH));
    }

    /**
     * @param outer the carcass box (fronts tile its front face)
     * @param frontX where the fronts' back faces sit: {@link #GAP} ahead of the carcass front
     * @param singleHinge the hinge of a lone door (and of the middle one of an odd count)
     */
    static FrontLayout plan(Aabb outer, Aabb cavity, double frontX, double frontThickness,
                            int drawers, int doors, double dividerThickness, HingeEdge singleHinge) {
        double cz0 = cavity.min().z();
        double cavH = cavity.size().z();
        double band = drawers == 0 ? 0 : doors > 0 ? Math.min(drawers * DRAWER_PITCH, 0.5 * cavH) : cavH;
        List<Aabb> slots = new ArrayList<>();
        List<Aabb> fronts = new ArrayList<>();
        Aabb divider = null;
        Aabb compartment = cavity;
        double doorZoneBottom = outer.min().z();
        if (drawers > 0) {
            double h = band / drawers;
            double topBoundary = outer.max().z();
            if (doors > 0) {
                divider = Solids.span(cavity.min().x(), cavity.max().x(), cavity.min().y(), cavity.max().y(),
                        cz0 + band, cz0 + band + dividerThickness);
                compartment = Solids.span(cavity.min().x(), cavity.max().x(), cavity.min().y(), cavity.max().y(),
                        divider.max().z(), cavity.max().z());
                topBoundary = divider.center().z();
                doorZoneBottom = topBoundary;
            } else {
                compartment = null;
            }
            for (int i = 0; i < drawers; i++) {
                slots.add(Solids.span(cavity.min().x(), cavity.max().x(), cavity.min().y(), cavity.max().y(),
                        cz0 + i * h, cz0 + (i + 1) * h));
                double lo = i == 0 ? outer.min().z() : cz0 + i * h;
                double hi = i == drawers - 1 ? topBoundary : cz0 + (i + 1) * h;
                fronts.add(overlay(outer, frontX, frontThickness, outer.min().y(), outer.max().y(), lo, hi));
            }
        }
        List<Aabb> slabs = new ArrayList<>();
        List<HingeEdge> hinges = new ArrayList<>();
        double w = outer.size().y() / Math.max(1, doors);
        for (int j = 0; j < doors; j++) {
            double y0 = outer.min().y() + j * w;
            slabs.add(overlay(outer, frontX, frontThickness, y0, y0 + w, doorZoneBottom, outer.max().z()));
            hinges.add(hingeOf(j, doors, singleHinge));
        }
        return new FrontLayout(List.copyOf(slots), List.copyOf(fronts), divider, compartment, List.copyOf(slabs), List.copyOf(hinges));
    }

    /** Doors left of the middle hinge on their left edge, right of it on their right: pairs open outward. */
    private static HingeEdge hingeOf(int index, int count, HingeEdge single) {
        double middle = (count - 1) / 2.0;
        if (index < middle) {
            return HingeEdge.LEFT;
        }
        return index > middle ? HingeEdge.RIGHT : single;
    }

    private static Aabb overlay(Aabb outer, double frontX, double thickness, double y0, double y1, double z0, double z1) {
        return Solids.span(frontX, frontX + thickness, y0 + GAP / 2, y1 - GAP / 2, z0 + GAP / 2, z1 - GAP / 2);
    }
}
