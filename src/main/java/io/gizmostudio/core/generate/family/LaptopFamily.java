package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A laptop: a {@code base} with keyboard deck and touchpad, and a {@code lid} with the screen on a revolute
 * hinge about Y along the back top edge ({@code lid_hinge}). The zero pose is CLOSED (lid lying on the
 * base); the lid opens to 2.2 rad. The hinge has enough friction to hold the lid at any angle, as a
 * laptop's does. Both parts are housings full of components, modelled with one bulk density.
 */
public final class LaptopFamily implements FamilyBuilder {
    private static final double GAP = 0.002;
    /** Bulk density of a laptop housing with its components: about 1.3 kg base and 0.5 kg lid at 14 inches. */
    private static final double BULK_DENSITY = 1150;

    @Override public Family family() {
        return Family.LAPTOP;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        MaterialKind kind = spec.materialOr(MaterialKind.ALUMINIUM);
        Rgba color = spec.colorOr(spec.material() == null ? Rgba.hex("#4a4d52") : kind.color());
        // 0.41 m: the widest laptops sold (18-inch) are about 404 mm wide; a "large laptop" is one of those, not bigger
        double w = Sizing.length(spec, "width", 0.32, 0.2, 0.41);
        double d = Sizing.length(spec, "depth", 0.22, 0.14, 0.32);
        double baseH = Sizing.clamp(0.07 * d, 0.01, 0.025);
        double lidT = Sizing.clamp(0.027 * d, 0.004, 0.01);
        Material shell = new Material("laptop_" + kind.wireName(), color);
        Material keys = new Material("keyboard", Rgba.hex("#1c1c1e"));

        LinkBuilder base = new LinkBuilder("base", BULK_DENSITY, shell);
        Solids.box(base, Solids.span(-d / 2, d / 2, -w / 2, w / 2, 0, baseH));
        double deckFront = d / 2 - 0.4 * d;
        base.visualOnly(Geometry.Box.of(0.4 * d, 0.85 * w, 0.0005), Pose.of(-d / 2 + 0.05 * d + 0.2 * d, 0, baseH + 0.00025), keys);
        base.visualOnly(Geometry.Box.of(0.25 * d, 0.3 * w, 0.0005), Pose.of(deckFront + 0.2 * d, 0, baseH + 0.00025), keys);

        Aabb slab = Solids.span(-d / 2, d / 2, -w / 2, w / 2, baseH + GAP, baseH + GAP + lidT);
        DoorBuilder lid = new DoorBuilder("lid", slab, HingeEdge.BACK, BULK_DENSITY, shell);
        // The screen faces the keyboard when the lid is closed.
        Vec3 screenCenter = lid.local(new Vec3(0, 0, slab.min().z() - 0.00025));
        lid.link().visualOnly(Geometry.Box.of(0.9 * d, 0.92 * w, 0.0005), Pose.of(screenCenter),
                new Material("screen", Rgba.hex("#0b1a2a")));
        return AttachedLink.assemble("laptop", base.build(),
                List.of(lid.hingedTo("base", 2.2, 2.0, 2.0, new JointDynamics(0.05, 0.8))));
    }
}
