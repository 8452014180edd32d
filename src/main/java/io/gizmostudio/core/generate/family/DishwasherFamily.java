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
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A dishwasher: a sheet-steel {@code body} (the tub) with a recessed kick plate, a {@code door} hinged at its
 * bottom edge about Y that drops toward +X ({@code door_hinge}, 0 to 1.5 rad), and {@code racks} wire baskets
 * ({@code rack_1..} from the bottom) on side runners, each pulling out along +X on full-extension slides.
 */
public final class DishwasherFamily implements FamilyBuilder {
    private static final double GAP = 0.003;
    private static final double DOOR_T = 0.05;
    /** Coulomb friction of the door's hinges and spring linkage, N·m. */
    private static final double HINGE_FRICTION = 0.5;
    private static final double KICK = 0.1;
    /** Steel skins around insulation, as one bulk density. */
    private static final double DOOR_DENSITY = 400;
    /** Room under the lower basket for the spray arm. */
    private static final double SPRAY_ARM_SPACE = 0.06;
    /** Height the racks gain so the lowest one, pulled fully out, rides over the open door (it met it by 15 mm). */
    private static final double OPEN_DOOR_CLEARANCE = 0.02;

    @Override public Family family() {
        return Family.DISHWASHER;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        MaterialKind kind = AppliancePalette.shellKind(spec);
        Rgba color = AppliancePalette.shellColor(spec);
        double w = Sizing.length(spec, "width", 0.6, 0.45, 0.9);
        double d = Sizing.length(spec, "depth", 0.6, 0.5, 0.7);
        double h = Sizing.length(spec, "height", 0.85, 0.6, 0.95);
        double t = SheetStock.thickness(kind);
        double frontX = d / 2 - DOOR_T;
        double back = -d / 2;
        double front = frontX - GAP;
        LinkBuilder body = new LinkBuilder("body", kind, color);
        // The tub stands on four feet; a kick plate, set back, closes the gap under the door.
        Aabb tub = new CarcassBuilder(Solids.span(back, front, -w / 2, w / 2, KICK, h), t)
                .without(CarcassBuilder.Panel.FRONT).addTo(body);
        double foot = 0.04;
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                double x0 = sx < 0 ? back : front - foot;
                double y0 = sy < 0 ? -w / 2 : w / 2 - foot;
                Solids.box(body, Solids.span(x0, x0 + foot, y0, y0 + foot, 0, KICK));
            }
        }
        Solids.box(body, Solids.span(front - 0.05, front - 0.04, -w / 2 + foot, w / 2 - foot, 0, KICK),
                MaterialKind.PLASTIC, Rgba.hex("#3a3a3a"));
        // Pump, motor and the water left in the sump.
        body.payload(10.0, new Vec3(0, 0, KICK + 0.04), 0.06);

        Aabb slab = Solids.span(frontX, d / 2, -w / 2 + GAP / 2, w / 2 - GAP / 2, KICK + GAP / 2, h - GAP / 2);
        DoorBuilder door = new DoorBuilder("door", slab, HingeEdge.BOTTOM, DOOR_DENSITY, AppliancePalette.doorMaterial(spec));
        door.link().visualOnly(Geometry.Box.of(0.001, slab.size().y(), 0.05),
                Pose.of(door.local(new Vec3(d / 2 + 0.0005, 0, slab.max().z() - 0.03))), AppliancePalette.glass());
        door.barHandle(0.6 * slab.size().y(), 0.08, MaterialKind.STEEL, AppliancePalette.HANDLE);
        List<AttachedLink> parts = new ArrayList<>();
        parts.add(PassiveJoints.withClosingSpring(door.hingedTo("body", 1.5, 40, 1.0, new JointDynamics(3.0, HINGE_FRICTION)),
                door.handleLever()));

        int racks = Sizing.count(spec, "racks", 2, 0, 3);
        if (racks > 0) {
            // the lowest rack rolls out over the open door: it runs high enough to clear the door's inner face
            double usable = tub.size().z() - SPRAY_ARM_SPACE - OPEN_DOOR_CLEARANCE;
            double spacing = usable / racks;
            double wall = Sizing.clamp(spacing - WireRackBuilder.ROD - 0.05, 0.02, 0.15);
            WireRackBuilder basket = new WireRackBuilder(wall, 0.85, AppliancePalette.CHROME);
            for (int i = 0; i < racks; i++) {
                double runnerTop = tub.min().z() + SPRAY_ARM_SPACE + OPEN_DOOR_CLEARANCE + i * spacing;
                parts.add(basket.build("rack_" + (i + 1), "body", body, tub, runnerTop, 0.01));
            }
        }
        return AttachedLink.assemble("dishwasher", body.build(), parts);
    }
}
