package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.Family;
import io.gizmostudio.core.generate.FamilyBuilder;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A door in its frame ({@code frame}: two jambs and a head, standing on the floor). A hinged door's
 * {@code leaf} turns about a vertical Z hinge on the stated side ({@code leaf_hinge}, 0 to 1.6 rad toward +X)
 * and carries a lever handle on its own revolute joint ({@code lever_turn}, about X, 0 to 0.8 rad pressing
 * down). A sliding door's leaf hangs in front of the frame and slides along +Y ({@code leaf_slide}) by the
 * opening's width.
 */
public final class DoorFamily implements FamilyBuilder {
    private static final double GAP = 0.003;
    private static final double JAMB = 0.05;
    private static final double HANDLE_HEIGHT = 1.0;

    @Override public Family family() {
        return Family.DOOR;
    }

    @Override public Articulation build(AssetSpec spec, SplittableRandom random) {
        boolean sliding = "sliding".equalsIgnoreCase(spec.option("variant", "hinged"));
        MaterialKind kind = spec.materialOr(MaterialKind.WOOD);
        Rgba color = spec.colorOr(kind.color());
        double w = Sizing.length(spec, "width", 1.0, 0.5, 3.0);
        double h = Sizing.length(spec, "height", 2.1, 1.0, 3.5);
        double fd = Sizing.length(spec, "depth", 0.12, 0.06, 0.4);
        double lt = Sizing.length(spec, "thickness", 0.035, 0.015, Math.min(0.08, fd));

        // metal frames are pressed sheet, metal leaves two skins over a core: a steel door weighs what real ones do
        LinkBuilder frame = new LinkBuilder("frame", kind, color, SheetStock.profileDensity(kind, JAMB, fd));
        Solids.box(frame, Solids.span(-fd / 2, fd / 2, -w / 2, -w / 2 + JAMB, 0, h));
        Solids.box(frame, Solids.span(-fd / 2, fd / 2, w / 2 - JAMB, w / 2, 0, h));
        Solids.box(frame, Solids.span(-fd / 2, fd / 2, -w / 2 + JAMB, w / 2 - JAMB, h - JAMB, h));
        double openY0 = -w / 2 + JAMB;
        double openY1 = w / 2 - JAMB;
        double handleZ = Math.min(HANDLE_HEIGHT, 0.48 * h);
        Rgba metal = MaterialKind.STEEL.color();
        List<AttachedLink> parts = new ArrayList<>();
        if (sliding) {
            double trackTop = h;
            double trackBottom = h - 0.04;
            double x0 = fd / 2 + GAP;
            // The track: a steel channel over the leaf, as its top plate and front lip.
            double trackFront = x0 + lt + 0.02;
            Solids.box(frame, Solids.span(fd / 2, trackFront, -w / 2, w / 2, trackTop - 0.004, trackTop), MaterialKind.STEEL, metal);
            Solids.box(frame, Solids.span(trackFront - 0.004, trackFront, -w / 2, w / 2, trackBottom, trackTop - 0.004),
                    MaterialKind.STEEL, metal);
            Aabb slab = Solids.span(x0, x0 + lt, openY0 - 0.02, openY1 + 0.02, 0.01, trackBottom - GAP);
            Vec3 origin = new Vec3(slab.min().x(), slab.center().y(), slab.min().z());
            LinkBuilder leaf = new LinkBuilder("leaf", kind, color);
            Solids.box(leaf, Solids.relativeTo(slab, origin));
            double handleLen = 0.3 * (0.95 + 0.1 * random.nextDouble());
            HandleShapes.bar(leaf, new Vec3(slab.max().x(), slab.min().y() + 0.08, handleZ).minus(origin), Vec3.UNIT_X,
                    Vec3.UNIT_Z, handleLen, MaterialKind.STEEL, metal);
            parts.add(new AttachedLink(leaf.build(), PassiveJoints.prismatic("leaf_slide", "frame", "leaf", Pose.of(origin),
                    Vec3.UNIT_Y, 0, openY1 - openY0, 100, 0.5, new JointDynamics(10, 2))));
            return AttachedLink.assemble("sliding_door", frame.build(), parts);
        }
        HingeEdge hinge = HingeEdge.side(spec.option("hinge", "left"), HingeEdge.LEFT);
        Aabb slab = Solids.span(fd / 2 - lt, fd / 2, openY0 + GAP, openY1 - GAP, 0.01, h - JAMB - GAP);
        DoorBuilder leaf = new DoorBuilder("leaf", slab, hinge, kind, color, SheetStock.hollowPanelDensity(kind, lt));
        // The lever sits 7 cm in from the free edge on a rosette; it points back toward the hinge.
        double handleY = hinge == HingeEdge.LEFT ? slab.max().y() - 0.07 : slab.min().y() + 0.07;
        Vec3 rosette = new Vec3(fd / 2 + 0.005, handleY, handleZ);
        Solids.cylinder(leaf.link(), 0.025, 0.01, leaf.local(rosette), Vec3.UNIT_X, MaterialKind.STEEL, metal);
        parts.add(leaf.hingedTo("frame", 1.6, 40, 1.5, new JointDynamics(3.0, 0.5)));
        parts.add(lever(leaf, new Vec3(fd / 2 + 0.01 + GAP, handleY, handleZ), hinge, metal));
        return AttachedLink.assemble("hinged_door", frame.build(), parts);
    }

    /** A lever handle pivoting about the door's normal; pressing it down is a positive angle. */
    private static AttachedLink lever(DoorBuilder leaf, Vec3 pivot, HingeEdge hinge, Rgba metal) {
        double towardHinge = hinge == HingeEdge.LEFT ? -1 : 1;
        double length = 0.12;
        double spindle = 0.03;
        LinkBuilder lever = new LinkBuilder("lever", MaterialKind.STEEL, metal);
        Solids.cylinder(lever, 0.008, spindle, new Vec3(spindle / 2, 0, 0), Vec3.UNIT_X);
        Solids.cylinder(lever, 0.009, length, new Vec3(spindle - 0.009, towardHinge * (length / 2 - 0.009), 0), Vec3.UNIT_Y);
        Vec3 axis = hinge == HingeEdge.LEFT ? Vec3.UNIT_X : new Vec3(-1, 0, 0);
        return new AttachedLink(lever.build(), PassiveJoints.revolute("lever_turn", "leaf", "lever",
                Pose.of(leaf.local(pivot)), axis, 0, 0.8, 3.0, 3.0, new JointDynamics(0.02, 0.05)));
    }
}
