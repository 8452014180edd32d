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
 * A hand lever: a {@code base} plate with a pivot bracket and an upright {@code lever} arm with a ball knob,
 * tilting fore and aft about Y ({@code lever_pivot}, ±45°, 0 = upright). {@code length} is the arm's length.
 */
public final class LeverFamily implements FamilyBuilder {
    static final double RANGE = Math.PI / 4;
    private static final double GAP = 0.003;
    private static final double ROD_R = 0.008;
    private static final double PIVOT_Z = 0.045;

    @Override public Family family() {
        return Family.LEVER;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        MaterialKind kind = spec.materialOr(MaterialKind.STEEL);
        Rgba knobColor = spec.colorOr(spec.material() == null ? Rgba.hex("#c0392b") : kind.color());
        double length = Sizing.length(spec, "length", 0.3, 0.05, 1.5);
        double knobR = Sizing.clamp(0.07 * length, 0.012, 0.04);

        LinkBuilder base = new LinkBuilder("base", MaterialKind.STEEL, MaterialKind.STEEL.color());
        Solids.box(base, Solids.span(-0.08, 0.08, -0.05, 0.05, 0, 0.01));
        double cheekIn = ROD_R + GAP;
        for (int side = -1; side <= 1; side += 2) {
            double y0 = side < 0 ? -cheekIn - 0.006 : cheekIn;
            Solids.box(base, Solids.span(-0.015, 0.015, y0, y0 + 0.006, 0.01, PIVOT_Z + 0.015));
        }
        base.visualOnly(new Geometry.Cylinder(0.004, 2 * (cheekIn + 0.006)), AxisAlignment.cylinderPose(
                new Vec3(0, 0, PIVOT_Z), Vec3.UNIT_Y), new Material("pivot_pin", MaterialKind.STEEL.color()));

        LinkBuilder lever = new LinkBuilder("lever", kind, kind.color());
        double rodBottom = -0.012;
        Solids.cylinder(lever, ROD_R, length - rodBottom, new Vec3(0, 0, (rodBottom + length) / 2), Vec3.UNIT_Z);
        lever.solid(new Geometry.Sphere(knobR), Pose.of(0, 0, length + knobR * 0.6), MaterialKind.PLASTIC, knobColor);
        return AttachedLink.assemble("lever", base.build(), List.of(new AttachedLink(lever.build(),
                PassiveJoints.revolute("lever_pivot", "base", "lever", Pose.of(0, 0, PIVOT_Z), Vec3.UNIT_Y,
                        -RANGE, RANGE, 20, 2.0, new JointDynamics(0.2, 0.2)))));
    }
}
