package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Vec3;

/**
 * Thin-walled sections (square tube, angle) built from plates, so a steel frame weighs what real tube and
 * angle weigh instead of what a solid bar of the same outline would.
 */
final class StructuralProfiles {
    private StructuralProfiles() {
    }

    /** A square or rectangular tube filling {@code outer}, running along its longest extent. */
    static void tube(LinkBuilder link, Aabb outer, double wall) {
        Vec3 lo = outer.min();
        Vec3 hi = outer.max();
        Vec3 s = outer.size();
        if (s.z() >= s.x() && s.z() >= s.y()) {
            Solids.box(link, Solids.span(lo.x(), lo.x() + wall, lo.y(), hi.y(), lo.z(), hi.z()));
            Solids.box(link, Solids.span(hi.x() - wall, hi.x(), lo.y(), hi.y(), lo.z(), hi.z()));
            Solids.box(link, Solids.span(lo.x() + wall, hi.x() - wall, lo.y(), lo.y() + wall, lo.z(), hi.z()));
            Solids.box(link, Solids.span(lo.x() + wall, hi.x() - wall, hi.y() - wall, hi.y(), lo.z(), hi.z()));
        } else if (s.x() >= s.y()) {
            Solids.box(link, Solids.span(lo.x(), hi.x(), lo.y(), hi.y(), lo.z(), lo.z() + wall));
            Solids.box(link, Solids.span(lo.x(), hi.x(), lo.y(), hi.y(), hi.z() - wall, hi.z()));
            Solids.box(link, Solids.span(lo.x(), hi.x(), lo.y(), lo.y() + wall, lo.z() + wall, hi.z() - wall));
            Solids.box(link, Solids.span(lo.x(), hi.x(), hi.y() - wall, hi.y(), lo.z() + wall, hi.z() - wall));
        } else {
            Solids.box(link, Solids.span(lo.x(), hi.x(), lo.y(), hi.y(), lo.z(), lo.z() + wall));
            Solids.box(link, Solids.span(lo.x(), hi.x(), lo.y(), hi.y(), hi.z() - wall, hi.z()));
            Solids.box(link, Solids.span(lo.x(), lo.x() + wall, lo.y(), hi.y(), lo.z() + wall, hi.z() - wall));
            Solids.box(link, Solids.span(hi.x() - wall, hi.x(), lo.y(), hi.y(), lo.z() + wall, hi.z() - wall));
        }
    }

    /**
     * A vertical angle (L section) filling {@code outer}, its corner on the {@code cornerX}/{@code cornerY} side
     * (-1 for the min side, +1 for the max side): the corner post of a rack or a conveyor leg.
     */
    static void verticalAngle(LinkBuilder link, Aabb outer, double wall, int cornerX, int cornerY) {
        Vec3 lo = outer.min();
        Vec3 hi = outer.max();
        double y0 = cornerY < 0 ? lo.y() : hi.y() - wall;
        Solids.box(link, Solids.span(lo.x(), hi.x(), y0, y0 + wall, lo.z(), hi.z()));
        double x0 = cornerX < 0 ? lo.x() : hi.x() - wall;
        double yA = cornerY < 0 ? lo.y() + wall : lo.y();
        double yB = cornerY < 0 ? hi.y() : hi.y() - wall;
        Solids.box(link, Solids.span(x0, x0 + wall, yA, yB, lo.z(), hi.z()));
    }
}
