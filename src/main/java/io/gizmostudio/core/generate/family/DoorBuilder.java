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
 * A hinged panel: cabinet and appliance doors, box lids. The caller gives the closed panel as a box in the
 * parent frame and the edge it hinges on; the door's link frame sits on the hinge line (see {@link HingeEdge}),
 * so the joint origin is the hinge and a positive angle opens the panel outward. Extra parts that ride on
 * the door (door bins, a window, a lever) are placed in parent-frame coordinates through {@link #local}.
 */
final class DoorBuilder {
    private final String name;
    private final Aabb slab;
    private final HingeEdge edge;
    private final Vec3 hinge;
    private final LinkBuilder link;
    private double handleLever = Double.NaN;

    DoorBuilder(String name, Aabb slab, HingeEdge edge, MaterialKind kind, Rgba color) {
        this(name, slab, edge, new LinkBuilder(name, kind, color));
    }

    /** A door of {@code kind}'s colour and material name whose leaf weighs {@code bulkDensity} (hollow metal leaves). */
    DoorBuilder(String name, Aabb slab, HingeEdge edge, MaterialKind kind, Rgba color, double bulkDensity) {
        this(name, slab, edge, new LinkBuilder(name, kind, color, bulkDensity));
    }

    /** A door of a composite build (steel skins, glass, insulation) given as one bulk density. */
    DoorBuilder(String name, Aabb slab, HingeEdge edge, double bulkDensity, Material material) {
        this(name, slab, edge, new LinkBuilder(name, bulkDensity, material));
    }

    private DoorBuilder(String name, Aabb slab, HingeEdge edge, LinkBuilder link) {
        this.name = name;
        this.slab = slab;
        this.edge = edge;
        this.hinge = edge.hingePoint(slab);
        this.link = link;
        Solids.box(link, local(slab));
    }

    LinkBuilder link() {
        return link;
    }

    Vec3 hingePoint() {
        return hinge;
    }

    Aabb slab() {
        return slab;
    }

    HingeEdge edge() {
        return edge;
    }

    /** A parent-frame box (door closed) in the door's link frame. */
    Aabb local(Aabb parentFrameBox) {
        return Solids.relativeTo(parentFrameBox, hinge);
    }

    Vec3 local(Vec3 parentFramePoint) {
        return parentFramePoint.minus(hinge);
    }

    /** A bar handle on the outward face, {@code inset} metres in from the free edge. */
    DoorBuilder barHandle(double length, double inset, MaterialKind kind, Rgba color) {
        HandleShapes.bar(link, local(edge.handleAnchor(slab, inset)), edge.outward(), edge.handleDirection(), length, kind, color);
        handleLever = lever(local(edge.handleAnchor(slab, inset)).plus(edge.outward().normalized().times(HandleShapes.barProjection())));
        return this;
    }

    DoorBuilder knob(double radius, double inset, MaterialKind kind, Rgba color) {
        HandleShapes.knob(link, local(edge.handleAnchor(slab, inset)), edge.outward(), radius, kind, color);
        return this;
    }

    /** How far the hand on the handle is from the hinge line, m: what a push there turns the door with. */
    double handleLever() {
        if (Double.isNaN(handleLever)) {
            throw new IllegalStateException(name + " has no handle yet");
        }
        return handleLever;
    }

    private double lever(Vec3 local) {
        Vec3 axis = edge.openingAxis().normalized();
        return local.minus(axis.times(local.dot(axis))).norm();
    }

    /** The door on a revolute hinge opening from 0 (closed) to {@code openAngle} radians. */
    AttachedLink hingedTo(String parent, double openAngle, double effort, double velocity, JointDynamics dynamics) {
        return new AttachedLink(link.build(), PassiveJoints.revolute(name + "_hinge", parent, name, Pose.of(hinge),
                edge.openingAxis(), 0, openAngle, effort, velocity, dynamics));
    }
}
