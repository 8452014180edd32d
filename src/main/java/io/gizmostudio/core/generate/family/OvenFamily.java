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
 * A built-in oven: a sheet-steel {@code body} with a control panel across the top, a {@code door} hinged at
 * its bottom edge about Y that drops toward +X ({@code door_hinge}, 0 to 1.5 rad), and {@code racks} wire
 * racks ({@code rack_1..} from the top) on side runners, each sliding out along +X ({@code rack_N_slide}).
 * With two doors it is a double oven: a smaller upper cavity over a fixed divider and the main cavity below,
 * each behind its own bottom-hinged door ({@code upper_door}, {@code lower_door}), the racks shared between
 * them (the upper one takes up to half). Every door has a preloaded closing spring
 * ({@link PassiveJoints#withClosingSpring}): it shuts by itself from 20° and stays shut, and a 15 N push at the handle
 * opens it past 70°.
 */
public final class OvenFamily implements FamilyBuilder {
    private static final double GAP = 0.003;
    private static final double DOOR_T = 0.045;
    /** Coulomb friction of the door's hinges and spring linkage, N·m. */
    private static final double HINGE_FRICTION = 0.5;
    /** Steel skins, triple glazing and insulation of an oven door, as one bulk density. */
    private static final double DOOR_DENSITY = 850;
    private static final double MIN_RACK_SPACING = 0.07;
    /** Built-in double ovens are about 0.89 m high (e.g. 888 × 594 × 550 mm EU units); the main cavity takes 60 %. */
    private static final double DOUBLE_HEIGHT = 0.89;
    private static final double LOWER_SHARE = 0.6;

    @Override public Family family() {
        return Family.OVEN;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        MaterialKind kind = AppliancePalette.shellKind(spec);
        Rgba color = AppliancePalette.shellColor(spec);
        int doors = Sizing.count(spec, "doors", 1, 1, 2);
        double w = Sizing.length(spec, "width", 0.6, 0.45, 1.2);
        double d = Sizing.length(spec, "depth", 0.6, 0.4, 0.8);
        double h = doors == 2 ? Sizing.length(spec, "height", DOUBLE_HEIGHT, 0.7, 1.35)
                : Sizing.length(spec, "height", 0.6, 0.4, 1.0);
        double t = SheetStock.thickness(kind);
        double frontX = d / 2 - DOOR_T;
        Aabb outer = Solids.span(-d / 2, frontX - GAP, -w / 2, w / 2, 0, h);
        LinkBuilder body = new LinkBuilder("body", kind, color);
        Aabb cavity = new CarcassBuilder(outer, t).without(CarcassBuilder.Panel.FRONT).addTo(body);

        double controlH = Sizing.clamp(0.15 * h, 0.06, 0.12);
        double dividerTop = h - controlH;
        Solids.box(body, Solids.span(cavity.min().x(), cavity.max().x(), cavity.min().y(), cavity.max().y(), dividerTop - t, dividerTop));
        Aabb oven = Solids.span(cavity.min().x(), cavity.max().x(), cavity.min().y(), cavity.max().y(), cavity.min().z(), dividerTop - t);
        Solids.box(body, Solids.span(frontX - GAP, d / 2, -w / 2, w / 2, dividerTop + GAP / 2, h), MaterialKind.PLASTIC, Rgba.hex("#3a3a3a"));
        // Insulation and heating elements.
        body.payload(8.0 * doors, new Vec3(oven.center().x(), 0, oven.center().z()), 0.05);

        List<AttachedLink> parts = new ArrayList<>();
        int racks = Sizing.count(spec, "racks", doors == 2 ? 3 : 2, 0, 5 * doors);
        if (doors == 1) {
            Aabb slab = Solids.span(frontX, d / 2, -w / 2 + GAP / 2, w / 2 - GAP / 2, GAP / 2, dividerTop - GAP / 2);
            addCompartment(spec, body, parts, "", oven, slab, racks, 1);
            return AttachedLink.assemble("oven", body.build(), parts);
        }
        // a double oven: the smaller top cavity (grill) above a fixed divider, the main cavity below
        double splitZ = oven.min().z() + LOWER_SHARE * oven.size().z();
        Solids.box(body, Solids.span(cavity.min().x(), cavity.max().x(), cavity.min().y(), cavity.max().y(), splitZ, splitZ + t));
        Aabb upper = Solids.span(oven.min().x(), oven.max().x(), oven.min().y(), oven.max().y(), splitZ + t, oven.max().z());
        Aabb lower = Solids.span(oven.min().x(), oven.max().x(), oven.min().y(), oven.max().y(), oven.min().z(), splitZ);
        double doorSplit = splitZ + t / 2;
        Aabb upperSlab = Solids.span(frontX, d / 2, -w / 2 + GAP / 2, w / 2 - GAP / 2, doorSplit + GAP / 2, dividerTop - GAP / 2);
        Aabb lowerSlab = Solids.span(frontX, d / 2, -w / 2 + GAP / 2, w / 2 - GAP / 2, GAP / 2, doorSplit - GAP / 2);
        int upperRacks = Math.min(racks / 2, maxRacks(upper));
        addCompartment(spec, body, parts, "upper_", upper, upperSlab, upperRacks, 1);
        addCompartment(spec, body, parts, "lower_", lower, lowerSlab, racks - upperRacks, upperRacks + 1);
        return AttachedLink.assemble("oven", body.build(), parts);
    }

    /**
     * One cavity's door ({@code <prefix>door}, hinged at its bottom edge) and its wire racks, numbered from
     * {@code firstRack} down the oven.
     */
    private static void addCompartment(AssetSpec spec, LinkBuilder body, List<AttachedLink> parts, String prefix,
                                       Aabb oven, Aabb slab, int racks, int firstRack) {
        DoorBuilder door = new DoorBuilder(prefix + "door", slab, HingeEdge.BOTTOM, DOOR_DENSITY, AppliancePalette.doorMaterial(spec));
        door.link().visualOnly(Geometry.Box.of(0.001, 0.7 * slab.size().y(), 0.5 * slab.size().z()),
                Pose.of(door.local(new Vec3(slab.max().x() + 0.0005, 0, slab.center().z()))), AppliancePalette.glass());
        door.barHandle(0.75 * slab.size().y(), 0.04, MaterialKind.STEEL, AppliancePalette.HANDLE);
        // every cavity's door carries its own closing spring, like a real oven's
        parts.add(PassiveJoints.withClosingSpring(door.hingedTo("body", 1.5, 50, 1.0, new JointDynamics(3.0, HINGE_FRICTION)),
                door.handleLever()));
        int n = Math.min(racks, maxRacks(oven));
        WireRackBuilder rack = new WireRackBuilder(0, 0.6, AppliancePalette.CHROME);
        for (int i = 0; i < n; i++) {
            double runnerTop = oven.max().z() - oven.size().z() * (i + 1) / (n + 1);
            parts.add(rack.build("rack_" + (firstRack + i), "body", body, oven, runnerTop, 0.01));
        }
    }

    private static int maxRacks(Aabb oven) {
        return Math.min(5, Math.max(0, (int) Math.floor(oven.size().z() / MIN_RACK_SPACING) - 1));
    }
}
