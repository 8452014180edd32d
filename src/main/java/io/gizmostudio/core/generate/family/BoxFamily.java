package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Open containers: boxes, bins, crates and toolboxes ({@code body}: a bottom and four walls; a crate's are
 * wooden slats on corner posts). With {@code lid=true} (the default for a toolbox) a {@code lid} sits on top
 * on a revolute hinge about Y along the back top edge ({@code lid_hinge}, 0 to 1.9 rad lifting the front).
 * The stated height includes the lid.
 */
public final class BoxFamily implements FamilyBuilder {
    private static final double GAP = 0.003;

    enum Variant {
        BOX(0.4, 0.3, 0.3, MaterialKind.PLASTIC, false),
        BIN(0.4, 0.6, 0.3, MaterialKind.PLASTIC, false),
        CRATE(0.4, 0.6, 0.35, MaterialKind.WOOD, false),
        TOOLBOX(0.5, 0.22, 0.24, MaterialKind.STEEL, true);

        final double width;
        final double depth;
        final double height;
        final MaterialKind material;
        final boolean lid;

        Variant(double width, double depth, double height, MaterialKind material, boolean lid) {
            this.width = width;
            this.depth = depth;
            this.height = height;
            this.material = material;
            this.lid = lid;
        }

        static Variant of(String word) {
            for (Variant v : values()) {
                if (v.name().equalsIgnoreCase(word)) {
                    return v;
                }
            }
            return BOX;
        }
    }

    @Override public Family family() {
        return Family.BOX;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        Variant v = Variant.of(spec.option("variant", "box"));
        MaterialKind kind = spec.materialOr(v.material);
        // A toolbox is red unless the prompt says otherwise; the others take their material's colour.
        Rgba fallback = v == Variant.TOOLBOX && spec.material() == null ? Rgba.hex("#b3261e") : kind.color();
        Rgba color = spec.colorOr(fallback);
        double w = Sizing.length(spec, "width", v.width, 0.1, 2.0);
        double d = Sizing.length(spec, "depth", v.depth, 0.1, 2.0);
        double h = Sizing.length(spec, "height", v.height, 0.08, 1.5);
        boolean lid = spec.options().containsKey("lid") ? spec.flag("lid") : v.lid;
        double t = SheetStock.thickness(kind);
        double wallTop = lid ? h - t - GAP : h;

        LinkBuilder body = new LinkBuilder("body", kind, color);
        if (v == Variant.CRATE) {
            addSlattedWalls(body, d, w, wallTop);
        } else {
            new CarcassBuilder(Solids.span(-d / 2, d / 2, -w / 2, w / 2, 0, wallTop), t)
                    .without(CarcassBuilder.Panel.TOP).addTo(body);
        }
        List<AttachedLink> parts = new ArrayList<>();
        if (lid) {
            Aabb slab = Solids.span(-d / 2, d / 2, -w / 2, w / 2, wallTop + GAP, wallTop + GAP + t);
            DoorBuilder lidPanel = new DoorBuilder("lid", slab, HingeEdge.BACK, kind, color);
            Rgba grip = Rgba.hex("#2b2b2b");
            double scale = 0.95 + 0.1 * random.nextDouble();
            if (v == Variant.TOOLBOX) {
                // A carry handle across the middle of the lid.
                HandleShapes.bar(lidPanel.link(), lidPanel.local(new Vec3(0, 0, slab.max().z())), Vec3.UNIT_Z, Vec3.UNIT_Y,
                        Math.min(0.6 * w, 0.25) * scale, MaterialKind.PLASTIC, grip);
            } else {
                lidPanel.barHandle(Math.min(0.3 * w, 0.12) * scale, 0.03, MaterialKind.PLASTIC, grip);
            }
            parts.add(lidPanel.hingedTo("body", 1.9, 5.0, 1.5, new JointDynamics(0.1, 0.05)));
        }
        return AttachedLink.assemble(v.name().toLowerCase(Locale.ROOT), body.build(), parts);
    }

    /** Horizontal wooden slats outside four corner posts, and a slatted bottom. */
    private static void addSlattedWalls(LinkBuilder body, double d, double w, double h) {
        double st = 0.012;
        double slatH = Math.min(0.06, h / 3);
        double post = 0.03;
        int slats = Math.max(2, (int) Math.floor((h + 0.03) / (slatH + 0.03)));
        for (int i = 0; i < slats; i++) {
            double z = (h - slatH) * i / (slats - 1);
            for (int side = -1; side <= 1; side += 2) {
                double y0 = side < 0 ? -w / 2 : w / 2 - st;
                Solids.box(body, Solids.span(-d / 2, d / 2, y0, y0 + st, z, z + slatH));
                double x0 = side < 0 ? -d / 2 : d / 2 - st;
                Solids.box(body, Solids.span(x0, x0 + st, -w / 2 + st, w / 2 - st, z, z + slatH));
            }
        }
        int bottom = Math.max(2, (int) Math.floor((d - 2 * st) / 0.11));
        double bw = Math.min(0.08, (d - 2 * st) / bottom - 0.01);
        for (int i = 0; i < bottom; i++) {
            double x = -d / 2 + st + (d - 2 * st - bw) * i / (bottom - 1);
            Solids.box(body, Solids.span(x, x + bw, -w / 2 + st, w / 2 - st, 0, st));
        }
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                double x0 = sx < 0 ? -d / 2 + st : d / 2 - st - post;
                double y0 = sy < 0 ? -w / 2 + st : w / 2 - st - post;
                Solids.box(body, Solids.span(x0, x0 + post, y0, y0 + post, st, h));
            }
        }
    }
}
