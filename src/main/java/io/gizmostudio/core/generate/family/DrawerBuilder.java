package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;

/**
 * A drawer: an open tray (bottom and four walls) behind a front panel with a handle, sliding out along +X on
 * a prismatic joint. The tray keeps {@link #CLEARANCE} from every face of its slot, so at the zero pose it
 * touches neither the carcass nor the drawer above; it pulls out {@link #TRAVEL_FRACTION} of its depth, so
 * at full travel its back is still inside the carcass.
 */
final class DrawerBuilder {
    static final double CLEARANCE = 0.003;
    static final double TRAVEL_FRACTION = 0.8;
    static final double EFFORT = 100;
    static final double VELOCITY = 0.5;
    static final JointDynamics DYNAMICS = new JointDynamics(8.0, 1.0);

    private final MaterialKind kind;
    private final Rgba color;
    private final MaterialKind handleKind;
    private final Rgba handleColor;
    private boolean knobs;
    private double handleScale = 1.0;
    private double frontDensity = Double.NaN;
    private Material frontMaterial;

    DrawerBuilder(MaterialKind kind, Rgba color, MaterialKind handleKind, Rgba handleColor) {
        this.kind = kind;
        this.color = color;
        this.handleKind = handleKind;
        this.handleColor = handleColor;
    }

    /** Round knobs instead of bar handles (small wooden furniture). */
    DrawerBuilder knobs(boolean useKnobs) {
        this.knobs = useKnobs;
        return this;
    }

    /**
     * A front built like an appliance door (steel skins round foam) of {@code bulkDensity}, in front of a tray of
     * this builder's material: a freezer drawer's insulated front on a plastic bin.
     */
    DrawerBuilder insulatedFront(double bulkDensity, Material material) {
        this.frontDensity = bulkDensity;
        this.frontMaterial = material;
        return this;
    }

    /** Scales the bar handle length: the family's small random variation. */
    DrawerBuilder handleScale(double scale) {
        this.handleScale = scale;
        return this;
    }

    /**
     * A drawer whose tray fills {@code slot} (part of the parent's cavity, parent frame) and whose front panel is
     * {@code front}; the tray runs from the slot's back to the front panel's back face.
     */
    AttachedLink build(String name, String parent, Aabb slot, Aabb front) {
        Vec3 origin = new Vec3(front.min().x(), front.center().y(), front.center().z());
        boolean insulated = frontMaterial != null;
        LinkBuilder link = insulated ? new LinkBuilder(name, frontDensity, frontMaterial) : new LinkBuilder(name, kind, color);
        Aabb tray = Solids.span(slot.min().x() + CLEARANCE, front.min().x(),
                slot.min().y() + CLEARANCE, slot.max().y() - CLEARANCE,
                slot.min().z() + CLEARANCE, slot.max().z() - CLEARANCE);
        CarcassBuilder trayPanels = new CarcassBuilder(Solids.relativeTo(tray, origin), SheetStock.trayThickness(kind))
                .without(CarcassBuilder.Panel.TOP);
        (insulated ? trayPanels.madeOf(kind, color) : trayPanels).addTo(link);
        Solids.box(link, Solids.relativeTo(front, origin));
        Vec3 anchor = new Vec3(front.size().x(), 0, 0);
        if (knobs) {
            HandleShapes.knob(link, anchor, Vec3.UNIT_X, 0.016, handleKind, handleColor);
        } else {
            double length = Sizing.clamp(0.4 * front.size().y(), 0.08, 0.32) * handleScale;
            HandleShapes.bar(link, anchor, Vec3.UNIT_X, Vec3.UNIT_Y, length, handleKind, handleColor);
        }
        double travel = TRAVEL_FRACTION * tray.size().x();
        return new AttachedLink(link.build(), PassiveJoints.prismatic(name + "_slide", parent, name, Pose.of(origin),
                Vec3.UNIT_X, 0, travel, EFFORT, VELOCITY, DYNAMICS));
    }
}
