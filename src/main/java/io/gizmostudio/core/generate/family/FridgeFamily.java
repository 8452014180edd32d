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
import java.util.SplittableRandom;

/**
 * A fridge: a sheet-steel {@code body} with fixed shelves and a compressor, and side-hinged doors about Z on
 * the {@code hinge} side (right by default): with two doors (the default for a full-height fridge) a
 * {@code fridge_door} above and a {@code freezer_door} below a fixed divider, else one {@code door}. With
 * {@code drawers} (1 to 3) the freezer below the divider has drawers instead of a door ({@code freezer_drawer_1}
 * on top, sliding out along +X) and the fridge above one door. Door bins
 * are fixed to the fridge door and reach back into the cavity, so the shelves stop short of them.
 */
public final class FridgeFamily implements FamilyBuilder {
    private static final double GAP = 0.003;
    private static final double DOOR_T = 0.05;
    /** Two steel skins around foam insulation, as one bulk density. */
    private static final double DOOR_DENSITY = 400;
    private static final double BIN_DEPTH = 0.08;
    private static final double BIN_HEIGHT = 0.08;
    private static final double SHELF_T = 0.005;
    private static final double FREEZER_SHARE = 0.35;
    /** Bottom freezers have one to three drawers. */
    private static final int MAX_DRAWERS = 3;

    @Override public Family family() {
        return Family.FRIDGE;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        MaterialKind kind = AppliancePalette.shellKind(spec);
        Rgba color = AppliancePalette.shellColor(spec);
        double w = Sizing.length(spec, "width", 0.6, 0.45, 1.2);
        double d = Sizing.length(spec, "depth", 0.65, 0.5, 0.9);
        double h = Sizing.length(spec, "height", 1.8, 0.8, 2.2);
        int drawers = Sizing.count(spec, "drawers", 0, 0, MAX_DRAWERS);
        int doors = drawers > 0 ? 1 : Sizing.count(spec, "doors", h >= 1.2 ? 2 : 1, 1, 2);
        boolean freezerBelow = doors == 2 || drawers > 0;
        double t = SheetStock.thickness(kind);
        double frontX = d / 2 - DOOR_T;
        Aabb outer = Solids.span(-d / 2, frontX - GAP, -w / 2, w / 2, 0, h);
        LinkBuilder body = new LinkBuilder("body", kind, color);
        Aabb cavity = new CarcassBuilder(outer, t).without(CarcassBuilder.Panel.FRONT).addTo(body);
        body.payload(9.0, new Vec3(-d / 2 + 0.12, 0, 0.12), 0.08);

        Aabb fridge = cavity;
        double doorSplit = 0;
        Aabb freezer = null;
        if (freezerBelow) {
            double divZ = cavity.min().z() + FREEZER_SHARE * cavity.size().z();
            Solids.box(body, Solids.span(cavity.min().x(), cavity.max().x(), cavity.min().y(), cavity.max().y(), divZ, divZ + t));
            freezer = Solids.span(cavity.min().x(), cavity.max().x(), cavity.min().y(), cavity.max().y(), cavity.min().z(), divZ);
            fridge = Solids.span(cavity.min().x(), cavity.max().x(), cavity.min().y(), cavity.max().y(), divZ + t, cavity.max().z());
            doorSplit = divZ + t / 2;
        }
        double setback = BIN_DEPTH + 0.02;
        int maxShelves = Math.max(0, (int) Math.floor(fridge.size().z() / 0.15) - 1);
        int shelves = Sizing.count(spec, "shelves", 3, 0, Math.min(8, maxShelves));
        for (int i = 0; i < shelves; i++) {
            double z = fridge.min().z() + fridge.size().z() * (i + 1) / (shelves + 1);
            shelf(body, fridge, z, setback);
        }
        if (freezer != null && drawers == 0) {
            shelf(body, freezer, freezer.center().z(), setback);
        }

        HingeEdge hinge = HingeEdge.side(spec.option("hinge", "right"), HingeEdge.RIGHT);
        List<AttachedLink> parts = new ArrayList<>();
        double y0 = -w / 2 + GAP / 2;
        double y1 = w / 2 - GAP / 2;
        Aabb fridgeSlab = Solids.span(frontX, d / 2, y0, y1, freezerBelow ? doorSplit + GAP / 2 : GAP / 2, h - GAP / 2);
        DoorBuilder fridgeDoor = new DoorBuilder(freezerBelow ? "fridge_door" : "door", fridgeSlab, hinge, DOOR_DENSITY,
                AppliancePalette.doorMaterial(spec));
        fridgeDoor.barHandle(Sizing.clamp(0.3 * fridgeSlab.size().z(), 0.15, 0.4), 0.04, MaterialKind.STEEL, AppliancePalette.HANDLE);
        addDoorBins(fridgeDoor, fridge, frontX);
        parts.add(fridgeDoor.hingedTo("body", 1.75, 30, 1.5, new JointDynamics(1.5, 0.5)));
        if (doors == 2) {
            Aabb freezerSlab = Solids.span(frontX, d / 2, y0, y1, GAP / 2, doorSplit - GAP / 2);
            parts.add(new DoorBuilder("freezer_door", freezerSlab, hinge, DOOR_DENSITY, AppliancePalette.doorMaterial(spec))
                    .barHandle(Sizing.clamp(0.3 * freezerSlab.size().z(), 0.12, 0.3), 0.04, MaterialKind.STEEL, AppliancePalette.HANDLE)
                    .hingedTo("body", 1.75, 30, 1.5, new JointDynamics(1.5, 0.5)));
        }
        if (drawers > 0) {
            parts.addAll(freezerDrawers(spec, freezer, Solids.span(outer.min().x(), outer.max().x(), -w / 2, w / 2, 0, doorSplit),
                    frontX, drawers));
        }
        return AttachedLink.assemble("fridge", body.build(), parts);
    }

    /**
     * Freezer drawers ({@code freezer_drawer_1} on top) filling the freezer compartment: plastic bins behind
     * insulated fronts as thick as the doors, on slides like any drawer ({@link DrawerBuilder}).
     */
    private static List<AttachedLink> freezerDrawers(AssetSpec spec, Aabb freezer, Aabb zone, double frontX, int drawers) {
        FrontLayout layout = FrontLayout.plan(zone, freezer, frontX, DOOR_T, drawers, 0, 0, HingeEdge.RIGHT);
        DrawerBuilder builder = new DrawerBuilder(MaterialKind.PLASTIC, Rgba.hex("#e4eef0"), MaterialKind.STEEL, AppliancePalette.HANDLE)
                .insulatedFront(DOOR_DENSITY, AppliancePalette.doorMaterial(spec));
        List<AttachedLink> out = new ArrayList<>();
        for (int i = drawers - 1; i >= 0; i--) {
            out.add(builder.build("freezer_drawer_" + (drawers - i), "body", layout.drawerSlots().get(i), layout.drawerFronts().get(i)));
        }
        return out;
    }

    /** A glass shelf across the compartment, stopping short of the door bins. */
    private static void shelf(LinkBuilder body, Aabb compartment, double zTop, double setback) {
        Solids.box(body, Solids.span(compartment.min().x(), compartment.max().x() - setback,
                compartment.min().y(), compartment.max().y(), zTop - SHELF_T, zTop), MaterialKind.PLASTIC, Rgba.hex("#dfe8ea"));
    }

    /** Open plastic bins on the door's inner face, inside the cavity's outline with clearance all round. */
    private static void addDoorBins(DoorBuilder door, Aabb compartment, double doorBack) {
        double c = DrawerBuilder.CLEARANCE;
        double usable = compartment.size().z() - 2 * c;
        int bins = (int) Sizing.clamp(Math.floor(usable / 0.3), 1, 4);
        double pitch = usable / bins;
        for (int i = 0; i < bins; i++) {
            double z0 = compartment.min().z() + c + i * pitch + Math.max(0, pitch - BIN_HEIGHT) / 2;
            double z1 = Math.min(z0 + BIN_HEIGHT, compartment.min().z() + c + (i + 1) * pitch);
            Aabb bin = Solids.span(doorBack - BIN_DEPTH, doorBack, compartment.min().y() + c + 0.01, compartment.max().y() - c - 0.01, z0, z1);
            new CarcassBuilder(door.local(bin), 0.003).without(CarcassBuilder.Panel.TOP, CarcassBuilder.Panel.FRONT)
                    .madeOf(MaterialKind.PLASTIC, Rgba.hex("#e4eef0")).addTo(door.link());
        }
    }
}
