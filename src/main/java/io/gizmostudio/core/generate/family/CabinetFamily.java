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
 * Cabinets, drawer units, wardrobes and nightstands: a panel carcass ({@code carcass}, the root) with drawers
 * on prismatic slides along +X ({@code drawer_1} is the top one), doors on revolute hinges about Z
 * ({@code door} or {@code door_1..}, left to right), fixed shelves behind the doors and handles.
 * With both drawers and doors the drawers stack below a fixed divider and the doors close the compartment
 * above. When a prompt states only drawers (or only doors) the other count is zero.
 */
public final class CabinetFamily implements FamilyBuilder {
    static final double DOOR_OPENING = 1.7;
    static final JointDynamics DOOR_DYNAMICS = new JointDynamics(1.0, 0.3);

    /** Per-variant defaults: size (m), material, drawers, doors, shelves. */
    enum Variant {
        CABINET(0.8, 0.45, 0.9, MaterialKind.WOOD, 0, 2, 1),
        DRAWER_UNIT(0.45, 0.6, 0.75, MaterialKind.STEEL, 4, 0, 0),
        WARDROBE(1.0, 0.6, 2.0, MaterialKind.WOOD, 0, 2, 1),
        NIGHTSTAND(0.45, 0.4, 0.55, MaterialKind.WOOD, 2, 0, 0);

        final double width;
        final double depth;
        final double height;
        final MaterialKind material;
        final int drawers;
        final int doors;
        final int shelves;

        Variant(double width, double depth, double height, MaterialKind material, int drawers, int doors, int shelves) {
            this.width = width;
            this.depth = depth;
            this.height = height;
            this.material = material;
            this.drawers = drawers;
            this.doors = doors;
            this.shelves = shelves;
        }

        static Variant of(String word) {
            for (Variant v : values()) {
                if (v.name().equalsIgnoreCase(word)) {
                    return v;
                }
            }
            return CABINET;
        }

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override public Family family() {
        return Family.CABINET;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        Variant v = Variant.of(spec.option("variant", "cabinet"));
        MaterialKind kind = spec.materialOr(v.material);
        Rgba color = spec.colorOr(kind.color());
        double w = Sizing.length(spec, "width", v.width, 0.3, 3.0);
        double d = Sizing.length(spec, "depth", v.depth, 0.25, 1.2);
        double h = Sizing.length(spec, "height", v.height, 0.3, 2.6);
        double t = SheetStock.thickness(kind);
        double frontX = d / 2 - t;
        Aabb outer = Solids.span(-d / 2, frontX - FrontLayout.GAP, -w / 2, w / 2, 0, h);

        LinkBuilder carcass = new LinkBuilder("carcass", kind, color);
        Aabb cavity = new CarcassBuilder(outer, t).without(CarcassBuilder.Panel.FRONT)
                .backThickness(SheetStock.backThickness(kind)).addTo(carcass);

        boolean statesDrawers = Sizing.states(spec, "drawers");
        boolean statesDoors = Sizing.states(spec, "doors");
        int doors = Sizing.count(spec, "doors", statesDrawers && !statesDoors ? 0 : v.doors, 0,
                Math.min(4, FrontLayout.maxDoors(w)));
        int drawers = Sizing.count(spec, "drawers", statesDoors && !statesDrawers ? 0 : v.drawers, 0,
                Math.min(8, FrontLayout.maxDrawers(cavity, doors > 0)));
        HingeEdge single = HingeEdge.side(spec.option("hinge", "left"), HingeEdge.LEFT);
        FrontLayout layout = FrontLayout.plan(outer, cavity, frontX, t, drawers, doors, t, single);
        if (layout.divider() != null) {
            Solids.box(carcass, layout.divider());
        }
        if (layout.openCompartment() != null) {
            addShelves(spec, v, carcass, layout.openCompartment(), t, doors);
        }

        MaterialKind handleKind = MaterialKind.STEEL;
        Rgba handleColor = kind == MaterialKind.STEEL ? Rgba.hex("#2b2b2b") : MaterialKind.STEEL.color();
        double handleScale = 0.95 + 0.1 * random.nextDouble();
        List<AttachedLink> parts = new ArrayList<>();
        DrawerBuilder drawer = new DrawerBuilder(kind, color, handleKind, handleColor)
                .knobs(v == Variant.NIGHTSTAND).handleScale(handleScale);
        for (int i = drawers - 1; i >= 0; i--) {
            parts.add(drawer.build("drawer_" + (drawers - i), "carcass", layout.drawerSlots().get(i), layout.drawerFronts().get(i)));
        }
        double doorEffort = v == Variant.WARDROBE ? 40 : 25;
        for (int j = 0; j < doors; j++) {
            String name = doors == 1 ? "door" : "door_" + (j + 1);
            Aabb slab = layout.doorSlabs().get(j);
            double barLength = Sizing.clamp(0.25 * slab.size().z(), 0.1, 0.4) * handleScale;
            parts.add(new DoorBuilder(name, slab, layout.doorHinges().get(j), kind, color)
                    .barHandle(barLength, 0.05, handleKind, handleColor)
                    .hingedTo("carcass", DOOR_OPENING, doorEffort, 1.5, DOOR_DYNAMICS));
        }
        return AttachedLink.assemble(v.wireName(), carcass.build(), parts);
    }

    /**
     * Shelves evenly spaced in the open compartment; a wardrobe instead gets a hat shelf near the top with a
     * hanging rail under it.
     */
    private static void addShelves(AssetSpec spec, Variant v, LinkBuilder carcass, Aabb compartment, double t, int doors) {
        double height = compartment.size().z();
        int max = Math.max(0, (int) Math.floor(height / 0.15) - 1);
        int shelves = Sizing.count(spec, "shelves", v.shelves, 0, Math.min(10, max));
        double setback = 0.02;
        if (v == Variant.WARDROBE && doors > 0) {
            double railZ = compartment.max().z() - 0.07;
            for (int i = 0; i < shelves; i++) {
                double z = compartment.max().z() - 0.3 * (i + 1);
                if (z - t < compartment.min().z() + 0.15) {
                    break;
                }
                CarcassBuilder.shelf(carcass, compartment, z, t, setback);
                railZ = z - t - 0.07;
            }
            Solids.cylinder(carcass, 0.0125, compartment.size().y(),
                    new Vec3(compartment.center().x(), compartment.center().y(), railZ), Vec3.UNIT_Y,
                    MaterialKind.STEEL, MaterialKind.STEEL.color());
            return;
        }
        for (int i = 0; i < shelves; i++) {
            double z = compartment.min().z() + height * (i + 1) / (shelves + 1) + t / 2;
            CarcassBuilder.shelf(carcass, compartment, z, t, setback);
        }
    }
}
