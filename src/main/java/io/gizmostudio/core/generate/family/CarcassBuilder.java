package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.EnumSet;
import java.util.Set;

/**
 * A box-shaped body built from flat panels, each its own box collision, so the body is hollow: drawers,
 * racks and shelves fit in the cavity it returns. Panels never overlap (no mass counted twice): bottom and
 * top span the whole footprint, the sides run between them, back and front between the sides.
 * Used for cabinet carcasses, appliance shells, drawer trays and open boxes alike.
 */
final class CarcassBuilder {
    /** The six faces of the box; {@code FRONT} faces +X, {@code LEFT} is -Y (the viewer's left seen from the front). */
    enum Panel { BOTTOM, TOP, LEFT, RIGHT, BACK, FRONT }

    private final Aabb outer;
    private final double thickness;
    private double backThickness;
    private final Set<Panel> panels = EnumSet.allOf(Panel.class);
    private MaterialKind ownKind;
    private Rgba ownColor;

    CarcassBuilder(Aabb outer, double thickness) {
        this.outer = outer;
        this.thickness = thickness;
        this.backThickness = thickness;
    }

    /** Leaves these faces open. */
    CarcassBuilder without(Panel... open) {
        for (Panel p : open) {
            panels.remove(p);
        }
        return this;
    }

    CarcassBuilder backThickness(double t) {
        this.backThickness = t;
        return this;
    }

    /** Panels of their own material rather than the link's (plastic door bins on a foam-filled door). */
    CarcassBuilder madeOf(MaterialKind kind, Rgba color) {
        this.ownKind = kind;
        this.ownColor = color;
        return this;
    }

    /** Adds the panels to {@code link} (outer box given in the link frame) and returns the cavity they enclose. */
    Aabb addTo(LinkBuilder link) {
        Vec3 lo = outer.min();
        Vec3 hi = outer.max();
        double t = thickness;
        double zBottom = panels.contains(Panel.BOTTOM) ? lo.z() + t : lo.z();
        double zTop = panels.contains(Panel.TOP) ? hi.z() - t : hi.z();
        double yLeft = panels.contains(Panel.LEFT) ? lo.y() + t : lo.y();
        double yRight = panels.contains(Panel.RIGHT) ? hi.y() - t : hi.y();
        double xBack = panels.contains(Panel.BACK) ? lo.x() + backThickness : lo.x();
        double xFront = panels.contains(Panel.FRONT) ? hi.x() - t : hi.x();
        if (panels.contains(Panel.BOTTOM)) {
            panel(link, Solids.span(lo.x(), hi.x(), lo.y(), hi.y(), lo.z(), zBottom));
        }
        if (panels.contains(Panel.TOP)) {
            panel(link, Solids.span(lo.x(), hi.x(), lo.y(), hi.y(), zTop, hi.z()));
        }
        if (panels.contains(Panel.LEFT)) {
            panel(link, Solids.span(lo.x(), hi.x(), lo.y(), yLeft, zBottom, zTop));
        }
        if (panels.contains(Panel.RIGHT)) {
            panel(link, Solids.span(lo.x(), hi.x(), yRight, hi.y(), zBottom, zTop));
        }
        if (panels.contains(Panel.BACK)) {
            panel(link, Solids.span(lo.x(), xBack, yLeft, yRight, zBottom, zTop));
        }
        if (panels.contains(Panel.FRONT)) {
            panel(link, Solids.span(xFront, hi.x(), yLeft, yRight, zBottom, zTop));
        }
        return Solids.span(xBack, xFront, yLeft, yRight, zBottom, zTop);
    }

    private void panel(LinkBuilder link, Aabb region) {
        if (ownKind == null) {
            Solids.box(link, region);
        } else {
            Solids.box(link, region, ownKind, ownColor);
        }
    }

    /**
     * A fixed horizontal panel across the cavity with its top face at {@code zTop}, stopping {@code frontSetback}
     * behind the cavity's front so doors and door bins clear it. Returns the panel's box.
     */
    static Aabb shelf(LinkBuilder link, Aabb cavity, double zTop, double thickness, double frontSetback) {
        Aabb s = Solids.span(cavity.min().x(), cavity.max().x() - frontSetback,
                cavity.min().y(), cavity.max().y(), zTop - thickness, zTop);
        Solids.box(link, s);
        return s;
    }
}
