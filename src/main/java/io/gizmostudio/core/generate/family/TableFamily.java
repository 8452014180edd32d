package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Tables, workbenches and desks: a top on legs, all one fixed link ({@code frame}). A plain table has no
 * movable joint. Drawers (a desk has two by default) hang in a pedestal under the right-hand side of the top,
 * each on a prismatic slide along +X; a workbench has a lower shelf and a thick wooden top on a steel frame.
 */
public final class TableFamily implements FamilyBuilder {
    private static final double LEG_INSET = 0.04;
    private static final double PEDESTAL_WIDTH = 0.42;

    enum Variant {
        TABLE(1.2, 0.8, 0.75, 0),
        WORKBENCH(1.5, 0.75, 0.9, 0),
        DESK(1.4, 0.7, 0.75, 2);

        final double width;
        final double depth;
        final double height;
        final int drawers;

        Variant(double width, double depth, double height, int drawers) {
            this.width = width;
            this.depth = depth;
            this.height = height;
            this.drawers = drawers;
        }

        static Variant of(String word) {
            for (Variant v : values()) {
                if (v.name().equalsIgnoreCase(word)) {
                    return v;
                }
            }
            return TABLE;
        }
    }

    @Override public Family family() {
        return Family.TABLE;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        Variant v = Variant.of(spec.option("variant", "table"));
        double w = Sizing.length(spec, "width", v.width, 0.4, 4.0);
        double d = Sizing.length(spec, "depth", v.depth, 0.3, 2.0);
        double h = Sizing.length(spec, "height", v.height, 0.3, 1.3);
        // A workbench is a wooden block top on a steel frame unless the prompt names one material for it.
        MaterialKind frameKind = spec.materialOr(v == Variant.WORKBENCH ? MaterialKind.STEEL : MaterialKind.WOOD);
        MaterialKind topKind = spec.materialOr(MaterialKind.WOOD);
        Rgba frameColor = spec.colorOr(frameKind.color());
        Rgba topColor = spec.colorOr(topKind.color());
        double topT = spec.hasDimension("thickness") ? Sizing.length(spec, "thickness", 0.025, 0.003, Math.min(0.15, h / 3))
                : v == Variant.WORKBENCH && topKind == MaterialKind.WOOD ? 0.04 : topThickness(topKind);

        LinkBuilder frame = new LinkBuilder("frame", frameKind, frameColor);
        if ("round".equals(spec.option("shape", "")) && v != Variant.WORKBENCH) {
            return round(spec, v, Math.max(w, d), h, topT, frame, frameKind, topKind, topColor);
        }
        Solids.box(frame, Solids.span(-d / 2, d / 2, -w / 2, w / 2, h - topT, h), topKind, topColor);
        double underTop = h - topT;
        if (topKind != MaterialKind.WOOD && topKind != MaterialKind.PLASTIC) {
            addApron(frame, d, w, underTop, topKind, topColor);
        }

        int drawers = Sizing.count(spec, "drawers", v.drawers, 0, 4);
        double legSide = frameKind == MaterialKind.WOOD ? 0.05 : 0.04;
        double pedestalW = Math.min(PEDESTAL_WIDTH, w / 3);
        List<AttachedLink> parts = new ArrayList<>();
        boolean pedestal = drawers > 0;
        int legs = Sizing.count(spec, "legs", 4, 4, 8);
        int pairs = (legs + 1) / 2;
        double legY0 = -w / 2 + LEG_INSET;
        double legY1 = (pedestal ? w / 2 - pedestalW - 0.02 - legSide : w / 2 - LEG_INSET - legSide);
        for (int i = 0; i < pairs; i++) {
            if (pedestal && i > 0) {
                break; // the pedestal carries the right-hand side
            }
            double y = pairs == 1 ? legY0 : legY0 + (legY1 - legY0) * i / (pairs - 1);
            for (int side = -1; side <= 1; side += 2) {
                double x = side < 0 ? -d / 2 + LEG_INSET : d / 2 - LEG_INSET - legSide;
                addLeg(frame, frameKind, Solids.span(x, x + legSide, y, y + legSide, 0, underTop));
            }
        }
        if (v == Variant.WORKBENCH) {
            double shelfT = frameKind == MaterialKind.WOOD ? 0.018 : 0.0015;
            double y1 = pedestal ? w / 2 - pedestalW - 0.02 : w / 2 - LEG_INSET;
            Solids.box(frame, Solids.span(-d / 2 + LEG_INSET + legSide, d / 2 - LEG_INSET - legSide,
                    -w / 2 + LEG_INSET, y1, 0.15, 0.15 + shelfT));
        }
        if (pedestal) {
            parts.addAll(addPedestal(frame, frameKind, frameColor, d, w, pedestalW, underTop, drawers, random));
        }
        return AttachedLink.assemble(v.name().toLowerCase(Locale.ROOT), frame.build(), parts);
    }

    /**
     * A round table: a disc top {@code diameter} across on four legs set on the diagonals inside its rim (a round
     * top has no pedestal, so a round desk has no drawers).
     */
    private static Articulation round(AssetSpec spec, Variant v, double diameter, double h, double topT, LinkBuilder frame,
                                      MaterialKind frameKind, MaterialKind topKind, Rgba topColor) {
        double r = diameter / 2;
        Solids.cylinder(frame, r, topT, new Vec3(0, 0, h - topT / 2), Vec3.UNIT_Z, topKind, topColor);
        double underTop = h - topT;
        double legSide = frameKind == MaterialKind.WOOD ? 0.05 : 0.04;
        int legs = Sizing.count(spec, "legs", 4, 3, 8);
        // leg centres on a circle far enough in that each leg's outer corner stays under the top
        double ring = r - LEG_INSET - legSide * Math.sqrt(0.5);
        for (int i = 0; i < legs; i++) {
            double a = Math.PI / 4 + 2 * Math.PI * i / legs;
            double x = ring * Math.cos(a), y = ring * Math.sin(a);
            addLeg(frame, frameKind, Solids.span(x - legSide / 2, x + legSide / 2, y - legSide / 2, y + legSide / 2, 0, underTop));
        }
        return AttachedLink.assemble("round_" + v.name().toLowerCase(Locale.ROOT), frame.build(), List.of());
    }

    /** Solid boards for wood and plastic; sheet-metal tops get a stiffening apron instead of thickness. */
    private static double topThickness(MaterialKind kind) {
        return switch (kind) {
            case WOOD -> 0.025;
            case PLASTIC -> 0.012;
            case STEEL -> 0.003;
            case ALUMINIUM -> 0.006;
            case RUBBER -> 0.02;
        };
    }

    private static void addApron(LinkBuilder frame, double d, double w, double underTop, MaterialKind kind, Rgba color) {
        double t = 0.0015;
        double a = 0.06;
        Solids.box(frame, Solids.span(-d / 2, -d / 2 + t, -w / 2, w / 2, underTop - a, underTop), kind, color);
        Solids.box(frame, Solids.span(d / 2 - t, d / 2, -w / 2, w / 2, underTop - a, underTop), kind, color);
    }

    private static void addLeg(LinkBuilder frame, MaterialKind kind, Aabb leg) {
        if (kind == MaterialKind.WOOD || kind == MaterialKind.PLASTIC) {
            Solids.box(frame, leg);
        } else {
            StructuralProfiles.tube(frame, leg, 0.002);
        }
    }

    /** A drawer pedestal under the right-hand side of the top, fixed to it, with its drawers stacked. */
    private static List<AttachedLink> addPedestal(LinkBuilder frame, MaterialKind kind, Rgba color, double d, double w,
                                                  double pedestalW, double underTop, int drawers, SplittableRandom random) {
        double t = SheetStock.thickness(kind);
        double frontX = d / 2 - 0.03 - t;
        Aabb outer = Solids.span(-d / 2 + 0.03, frontX - FrontLayout.GAP, w / 2 - 0.02 - pedestalW, w / 2 - 0.02, 0, underTop);
        Aabb cavity = new CarcassBuilder(outer, t).without(CarcassBuilder.Panel.FRONT)
                .backThickness(SheetStock.backThickness(kind)).addTo(frame);
        int n = Math.min(drawers, FrontLayout.maxDrawers(cavity, false));
        FrontLayout layout = FrontLayout.plan(outer, cavity, frontX, t, n, 0, t, HingeEdge.LEFT);
        DrawerBuilder builder = new DrawerBuilder(kind, color, MaterialKind.STEEL,
                kind == MaterialKind.STEEL ? Rgba.hex("#2b2b2b") : MaterialKind.STEEL.color())
                .handleScale(0.95 + 0.1 * random.nextDouble());
        List<AttachedLink> parts = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            parts.add(builder.build("drawer_" + (n - i), "frame", layout.drawerSlots().get(i), layout.drawerFronts().get(i)));
        }
        return parts;
    }
}
