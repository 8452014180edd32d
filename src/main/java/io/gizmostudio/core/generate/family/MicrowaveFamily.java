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
 * A countertop microwave: a sheet-steel {@code body} with the cooking cavity on the left and the control
 * section on the right, a {@code door} over the cavity on a vertical hinge (left unless {@code hinge=right};
 * {@code door_hinge}, 0 to 1.75 rad toward +X) and a glass {@code turntable_plate} on the cavity floor
 * turning about Z on a continuous joint ({@code turntable_plate_spin}).
 */
public final class MicrowaveFamily implements FamilyBuilder {
    private static final double GAP = 0.003;
    private static final double DOOR_T = 0.02;
    /** Steel frame, glass and mesh of a microwave door, as one bulk density. */
    private static final double DOOR_DENSITY = 1100;
    private static final double GLASS_DENSITY = 2500;

    @Override public Family family() {
        return Family.MICROWAVE;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        MaterialKind kind = AppliancePalette.shellKind(spec);
        Rgba color = AppliancePalette.shellColor(spec);
        double w = Sizing.length(spec, "width", 0.5, 0.3, 0.9);
        double d = Sizing.length(spec, "depth", 0.38, 0.25, 0.7);
        double h = Sizing.length(spec, "height", 0.3, 0.2, 0.6);
        double t = SheetStock.thickness(kind);
        double frontX = d / 2 - DOOR_T;
        Aabb outer = Solids.span(-d / 2, frontX - GAP, -w / 2, w / 2, 0, h);
        LinkBuilder body = new LinkBuilder("body", kind, color);
        Aabb cavity = new CarcassBuilder(outer, t).without(CarcassBuilder.Panel.FRONT).addTo(body);

        double controlW = Sizing.clamp(0.25 * w, 0.08, 0.16);
        double yDivider = w / 2 - controlW;
        Solids.box(body, Solids.span(cavity.min().x(), cavity.max().x(), yDivider - t, yDivider, cavity.min().z(), cavity.max().z()));
        Aabb cooking = Solids.span(cavity.min().x(), cavity.max().x(), cavity.min().y(), yDivider - t, cavity.min().z(), cavity.max().z());
        Solids.box(body, Solids.span(frontX - GAP, d / 2, yDivider + GAP / 2, w / 2, 0, h), MaterialKind.PLASTIC, Rgba.hex("#3a3a3a"));
        body.payload(3.5, new Vec3(0, (yDivider + w / 2) / 2, h / 3), 0.04);

        HingeEdge hinge = HingeEdge.side(spec.option("hinge", "left"), HingeEdge.LEFT);
        Aabb slab = Solids.span(frontX, d / 2, -w / 2 + GAP / 2, yDivider - GAP / 2, GAP / 2, h - GAP / 2);
        DoorBuilder door = new DoorBuilder("door", slab, hinge, DOOR_DENSITY, AppliancePalette.doorMaterial(spec));
        door.link().visualOnly(Geometry.Box.of(0.001, 0.65 * slab.size().y(), 0.65 * slab.size().z()),
                Pose.of(door.local(new Vec3(d / 2 + 0.0005, slab.center().y(), slab.center().z()))), AppliancePalette.glass());
        door.barHandle(0.6 * slab.size().z(), 0.03, MaterialKind.PLASTIC, AppliancePalette.HANDLE);

        double plateR = 0.45 * Math.min(cooking.size().x(), cooking.size().y());
        LinkBuilder plate = new LinkBuilder("turntable_plate", GLASS_DENSITY, new Material("plate_glass", Rgba.hex("#dfe8ea")));
        plate.solid(new Geometry.Cylinder(plateR, 0.006), Pose.of(0, 0, 0.003));
        Pose plateOrigin = Pose.of(cooking.center().x(), cooking.center().y(), cooking.min().z() + GAP);
        return AttachedLink.assemble("microwave", body.build(), List.of(
                door.hingedTo("body", 1.75, 5.0, 2.0, new JointDynamics(0.1, 0.1)),
                new AttachedLink(plate.build(), PassiveJoints.continuous("turntable_plate_spin", "body", "turntable_plate",
                        plateOrigin, Vec3.UNIT_Z, 1.0, 1.0, new JointDynamics(0.02, 0.02)))));
    }
}
