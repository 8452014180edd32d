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
import java.util.List;
import java.util.SplittableRandom;

/**
 * A turntable or rotary indexer: a cylindrical {@code base} housing and a {@code platter} on top turning
 * about Z ({@code platter_turn}). A turntable turns without end (continuous); {@code variant=indexer} gives a
 * revolute joint limited to ±π, with a heavier, solid base. The platter carries an index mark so its
 * rotation shows.
 */
public final class TurntableFamily implements FamilyBuilder {
    private static final double GAP = 0.002;
    /** A motorised turntable base is a housing around a motor: far lighter than solid metal. */
    private static final double HOUSING_DENSITY = 1000;
    private static final double INDEXER_DENSITY = 3500;

    @Override public Family family() {
        return Family.TURNTABLE;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        boolean indexer = "indexer".equalsIgnoreCase(spec.option("variant", "turntable"));
        MaterialKind kind = spec.materialOr(MaterialKind.ALUMINIUM);
        Rgba color = spec.colorOr(kind.color());
        double diameter = Sizing.length(spec, "diameter", 0.4, 0.1, 6.0);
        double height = Sizing.length(spec, "height", 0.12, 0.04, 0.6);
        double platterT = Sizing.clamp(0.05 * diameter, 0.008, 0.04);
        double baseH = height - platterT - GAP;
        double baseR = 0.4 * diameter;

        Rgba housing = Rgba.hex("#3a3d42");
        LinkBuilder base = new LinkBuilder("base", indexer ? INDEXER_DENSITY : HOUSING_DENSITY,
                new Material("housing_3a3d42", housing));
        base.solid(new Geometry.Cylinder(baseR, baseH), Pose.of(0, 0, baseH / 2));

        LinkBuilder platter = new LinkBuilder("platter", kind, color);
        platter.solid(new Geometry.Cylinder(diameter / 2, platterT), Pose.of(0, 0, platterT / 2));
        platter.visualOnly(Geometry.Box.of(0.3 * diameter, 0.02 * diameter, 0.001),
                Pose.of(0.3 * diameter, 0, platterT + 0.0005), new Material("index_mark", Rgba.hex("#d62d20")));
        Pose origin = Pose.of(0, 0, baseH + GAP);
        JointDynamics dyn = new JointDynamics(0.5, 0.2);
        var joint = indexer
                ? PassiveJoints.revolute("platter_turn", "base", "platter", origin, Vec3.UNIT_Z, -Math.PI, Math.PI, 50, 2.0, dyn)
                : PassiveJoints.continuous("platter_turn", "base", "platter", origin, Vec3.UNIT_Z, 20, 3.0, dyn);
        return AttachedLink.assemble(indexer ? "rotary_indexer" : "turntable", base.build(),
                List.of(new AttachedLink(platter.build(), joint)));
    }
}
