package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Rgba;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A shelving rack: four corner posts and N shelves, one fixed link ({@code rack}) with no joints. Steel racks
 * have angle posts and sheet shelves with folded lips; wooden ones solid posts and boards.
 */
public final class ShelvingRackFamily implements FamilyBuilder {
    private static final double POST = 0.035;
    private static final double MIN_SPACING = 0.15;

    @Override public Family family() {
        return Family.SHELVING_RACK;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        MaterialKind kind = spec.materialOr(MaterialKind.STEEL);
        Rgba color = spec.colorOr(kind.color());
        double w = Sizing.length(spec, "width", 0.9, 0.3, 3.0);
        double d = Sizing.length(spec, "depth", 0.45, 0.2, 1.5);
        double h = Sizing.length(spec, "height", 1.8, 0.4, 3.0);
        boolean sheet = kind != MaterialKind.WOOD && kind != MaterialKind.PLASTIC;
        double wall = sheet ? 0.002 : 0;
        double shelfT = sheet ? 0.001 : SheetStock.thickness(kind) * (kind == MaterialKind.WOOD ? 1.125 : 3);
        LinkBuilder rack = new LinkBuilder("rack", kind, color);
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                double x0 = sx < 0 ? -d / 2 : d / 2 - POST;
                double y0 = sy < 0 ? -w / 2 : w / 2 - POST;
                if (sheet) {
                    StructuralProfiles.verticalAngle(rack, Solids.span(x0, x0 + POST, y0, y0 + POST, 0, h), wall, sx, sy);
                } else {
                    Solids.box(rack, Solids.span(x0, x0 + POST, y0, y0 + POST, 0, h));
                }
            }
        }
        // Shelves sit inside the posts' outline so no mass is counted twice at the corners.
        double inX = sheet ? wall : POST;
        int max = (int) Math.floor((h - 0.1) / MIN_SPACING) + 1;
        int shelves = Sizing.count(spec, "shelves", 4, 1, Math.min(12, max));
        double bottom = 0.1;
        double top = h - shelfT;
        for (int i = 0; i < shelves; i++) {
            double z = shelves == 1 ? top : bottom + (top - bottom) * i / (shelves - 1);
            Solids.box(rack, Solids.span(-d / 2 + inX, d / 2 - inX, -w / 2 + (sheet ? wall : 0), w / 2 - (sheet ? wall : 0),
                    z, z + shelfT));
            if (sheet) {
                double lip = 0.03;
                for (int side = -1; side <= 1; side += 2) {
                    double x = side < 0 ? -d / 2 + inX : d / 2 - inX - shelfT;
                    Solids.box(rack, Solids.span(x, x + shelfT, -w / 2 + POST, w / 2 - POST, z - lip, z));
                }
            }
        }
        return AttachedLink.assemble("shelving_rack", rack.build(), List.of());
    }
}
